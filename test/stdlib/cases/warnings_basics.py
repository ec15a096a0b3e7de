import warnings
def f():
    warnings.warn("old thing", DeprecationWarning, stacklevel=2)
for i in range(3):
    f()
warnings.warn("user msg")
for i in range(2):
    warnings.warn("loop msg")
warnings.warn("rt", RuntimeWarning)
print(warnings.filters)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("a")
    warnings.warn("a")
    warnings.warn(UserWarning("inst"))
    print(len(w), [str(x.message) for x in w], w[0].category, w[0].lineno, w[0].filename.endswith('w1.py'))
    print(str(w[0]).replace(w[0].filename, 'F'))
print(warnings.filters[0])
warnings.filterwarnings("error", message="bad.*", category=UserWarning)
print(warnings.filters[0])
try:
    warnings.warn("bad thing")
except UserWarning as e:
    print("raised", repr(e))
warnings.warn("not bad thing")
def mysw(message, category, filename, lineno, file=None, line=None):
    print("SW", message, category.__name__, lineno)
warnings.showwarning = mysw
warnings.warn("custom")
warnings.showwarning = warnings._showwarning_orig
warnings.formatwarning = lambda m, c, f, l, line=None: f"FMT {m} {c.__name__}\n"
warnings.warn("fmt")
del warnings.formatwarning
import warnings as w2
w2.formatwarning = w2._formatwarning_orig
warnings.resetwarnings()
print(warnings.filters)
warnings.warn("dep now", DeprecationWarning)
try:
    warnings.warn("x", 5)
except TypeError as e:
    print(e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print(e)
print(warnings.formatwarning("m", UserWarning, "file.py", 3))
print(repr(warnings.catch_warnings(record=True)))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
warnings.warn("shown", FutureWarning)
warnings.warn_explicit("explicit", UserWarning, "foo.py", 12)
warnings.warn("deep", stacklevel=10)
warnings.simplefilter("default")
warnings.warn_explicit("dep other", DeprecationWarning, "x.py", 1, module="other")
warnings.resetwarnings()
for _ in range(2):
    warnings.warn_explicit("dep other2", DeprecationWarning, "x.py", 1, module="other")
    warnings.warn_explicit("dep main", DeprecationWarning, "x.py", 2, module="__main__")
warnings.simplefilter("once")
for i in range(3):
    warnings.warn("once msg")
    warnings.warn("once msg")
warnings.simplefilter("module")
for i in range(2):
    warnings.warn("mod msg")
    warnings.warn("mod msg")
class MyWarn(UserWarning):
    def __str__(self): return "custom str"
warnings.simplefilter("always")
warnings.warn(MyWarn())
warnings.warn("cat", MyWarn)

if x:
	pass
	if y:
		pass
x = (1 +
     2)
y = 1 + \
    2
z = [
  1,

  # comment
  2]
# comment

   # indented comment
if a:
    b

    c
  # odd comment
    d
w = {
}
v = (
)
def f(a,
      b):
    return \
        a

if x: \
    pass

# Error paths with exit_on_error=False, parse_known_args, error() overrides, SystemExit codes.
import argparse
import sys

p = argparse.ArgumentParser(prog="err", exit_on_error=False)
p.add_argument("--num", type=int)
p.add_argument("--pick", choices=[1, 2, 3], type=int)
p.add_argument("--two", nargs=2)
for argv in (["--num", "x"], ["--pick", "9"], ["--two", "a"], ["--num"]):
    try:
        p.parse_args(argv)
    except argparse.ArgumentError as e:
        print("ArgumentError:", e, "|", e.argument_name, "|", e.message)

q = argparse.ArgumentParser(prog="known")
q.add_argument("--a", type=int, default=0)
print(q.parse_known_args(["--a", "3", "--b", "4", "pos"]))
print(q.parse_args([]), q.parse_args(["--a=5"]), q.parse_args(["--a", "-1"]))

class Raising(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError("custom: " + message)
r = Raising(prog="raising")
r.add_argument("need")
try:
    r.parse_args([])
except ValueError as e:
    print(e)

s = argparse.ArgumentParser(prog="sys")
s.add_argument("--choice", choices=["a", "b"])
s.add_argument("req")
for argv in (["--choice", "c", "x"], [], ["x", "--bogus"], ["x", "--ch", "a"], ["x", "-c"]):
    try:
        print(s.parse_args(argv))
    except SystemExit as e:
        print("SystemExit", e.code)
    sys.stdout.flush()
try:
    s.add_argument("--choice")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
for bad in [dict(action="nope"), dict(nargs=0), dict(type="notcallable"), dict(const=1)]:
    try:
        s.add_argument("--z", **bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    s.add_argument("pos", required=True)
except TypeError as e:
    print("TypeError", e)
try:
    s.add_argument("bad-opt", "x")
except ValueError as e:
    print("ValueError", e)
s.exit(3, "bye\n")

# Positionals and optionals, nargs, types, choices, actions, Namespace.
# run: in.txt 1 2 3
# run: in.txt -v -v --mode fast -x 5 --const --append a --append b 4 --flag --no-color
# run: in.txt 1 --ratio 0.5 --opt --names x y -- -7
# run: in.txt 1 --mode slow
# run: in.txt
# run:
# run: in.txt 1 --ratio abc
# run: in.txt 1 -x
# run: in.txt 1 --version
# run: in.txt 1 --verb
# run: in.txt 1 --n x
# run: -h
import argparse

def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError("%r is not even" % s)
    return v

p = argparse.ArgumentParser(prog="basic", description="A test program.", epilog="See the manual.")
p.add_argument("infile", help="input file")
p.add_argument("nums", nargs="+", type=int, help="some numbers (default: %(default)s)")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("--mode", choices=["fast", "slow"], default="slow", help="speed %(choices)s")
p.add_argument("-x", type=even, metavar="N", help="an even number")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--append", action="append")
p.add_argument("--flag", action="store_true")
p.add_argument("--no-color", dest="color", action="store_false")
p.add_argument("--ratio", type=float, default=1.0)
p.add_argument("--opt", nargs="?", const="C", default="D")
p.add_argument("--names", nargs=2)
p.add_argument("--version", action="version", version="%(prog)s 1.0")
p.add_argument("--verbosity", type=int)
args = p.parse_args()
print(args)
print(vars(args))
print(args.infile, args.nums, "infile" in args, "zzz" in args)
print(args == argparse.Namespace(**vars(args)), args == 1)
print(argparse.Namespace(a=1, b="x"), argparse.Namespace(**{"with-dash": 1, "ok": 2}))

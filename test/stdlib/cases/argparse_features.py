# Formatter classes, set_defaults/get_default, custom Action subclasses, allow_abbrev, add_help=False.
# run:
import argparse
import sys

class Upper(argparse.Action):
    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, **kwargs)
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())
        print("called", option_string)

p = argparse.ArgumentParser(prog="feat", formatter_class=argparse.ArgumentDefaultsHelpFormatter,
                            description="  Raw?\n  no: this\n  gets filled.")
p.add_argument("--name", action=Upper, default="anon", help="a name")
p.add_argument("--count", type=int, default=3, help="how many")
p.add_argument("--nohelp", default=1)
p.set_defaults(extra="E", count=7)
print(p.get_default("count"), p.get_default("extra"), p.get_default("none"))
print(p.parse_args(["--name", "bob"]))
p.print_help()
r = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter,
                            description="  Raw?\n    yes: this\n  stays.", add_help=False)
r.add_argument("--x", help="x   help\n  kept?")
r.print_help()
t = argparse.ArgumentParser(prog="rawtext", formatter_class=argparse.RawTextHelpFormatter)
t.add_argument("--x", help="line one\n  line two")
t.print_help()
a = argparse.ArgumentParser(prog="abbr", allow_abbrev=False)
a.add_argument("--verbose", action="store_true")
print(a.parse_known_args(["--verb"]))
b = argparse.ArgumentParser(prog="bool")
b.add_argument("--feature", action=argparse.BooleanOptionalAction, default=True, help="toggle")
print(b.parse_args(["--no-feature"]), b.parse_args([]))
b.print_usage()
c = argparse.ArgumentParser(prog="short")
c.add_argument("-a", action="store_true"); c.add_argument("-b", action="store_true"); c.add_argument("-n", type=int)
print(c.parse_args(["-ab", "-n5"]), c.parse_args(["-abn", "7"]))
print(repr(p)[:40])
e = argparse.ArgumentParser(prog="ext")
e.add_argument("--x", action="extend", nargs="+", type=int)
e.add_argument("--c", action="append_const", const="k")
print(e.parse_args(["--x", "1", "2", "--x", "3", "--c", "--c"]))
print(argparse.ArgumentParser(prog="u", usage="%(prog)s [stuff]").format_usage(), end="")

# Help layout: groups, mutually exclusive groups, long help wrapped to COLUMNS, usage wrapping.
# run: -h
# run: --alpha
# run: --alpha --beta
# run: -i 1
# env: COLUMNS=60
import argparse

p = argparse.ArgumentParser(
    prog="helpdemo",
    description="This program demonstrates how argparse wraps a long description to the terminal width, "
                "keeping words intact and indenting nothing at the top level.",
    epilog="Epilog text, also wrapped when it is long enough to need wrapping at sixty columns.")
p.add_argument("source", help="where the data comes from")
p.add_argument("dest", nargs="?", default="out", help="where it goes (default: %(default)s)")
p.add_argument("extra", nargs="*", help="anything else")
g = p.add_argument_group("tuning", "Options that change how fast things go.")
g.add_argument("-j", "--jobs", type=int, default=4, help="number of parallel jobs to run at the same time, a rather long help text")
g.add_argument("--a-very-long-option-name-indeed", metavar="VALUE", help="shows the header on its own line")
m = p.add_mutually_exclusive_group(required=True)
m.add_argument("--alpha", action="store_true", help="alpha mode")
m.add_argument("--beta", action="store_true", help="beta mode")
p.add_argument("-i", "--items", nargs=3, metavar=("A", "B", "C"), help="three items")
p.add_argument("--hidden", help=argparse.SUPPRESS)
p.add_argument("--many", nargs="*", metavar="M")
p.add_argument("-q", action="store_true")
print(p.format_usage(), end="")
args = p.parse_args()
print(args)

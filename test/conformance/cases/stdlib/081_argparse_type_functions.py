import argparse
def pair(s):
    a, b = s.split(',')
    return int(a), int(b)
p = argparse.ArgumentParser(prog='types')
p.add_argument('--ratio', type=float)
p.add_argument('--pair', type=pair)
p.add_argument('--names', nargs=2)
p.add_argument('--opt', type=str.upper, default='dflt')
args = p.parse_args()
print(args.ratio, args.pair, args.names, args.opt)

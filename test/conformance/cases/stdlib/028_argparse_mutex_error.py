import argparse
p = argparse.ArgumentParser(prog='grp')
g = p.add_mutually_exclusive_group()
g.add_argument('--a', action='store_true')
g.add_argument('--b', action='store_true')
p.parse_args()

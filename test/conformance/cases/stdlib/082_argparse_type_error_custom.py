import argparse
def pair(s):
    if ',' not in s:
        raise argparse.ArgumentTypeError(f'{s!r} is not a pair')
    return s
p = argparse.ArgumentParser(prog='types')
p.add_argument('--pair', type=pair)
p.parse_args()

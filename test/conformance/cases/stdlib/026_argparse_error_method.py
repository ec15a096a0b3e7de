import argparse
p = argparse.ArgumentParser(prog='checker')
p.add_argument('n', type=int)
args = p.parse_args()
if args.n > 3:
    p.error(f'n must be <= 3, got {args.n}')

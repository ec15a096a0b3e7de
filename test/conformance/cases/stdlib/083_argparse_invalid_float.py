import argparse
p = argparse.ArgumentParser(prog='fl')
p.add_argument('--ratio', type=float)
p.parse_args()

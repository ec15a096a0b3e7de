import argparse
p = argparse.ArgumentParser(prog='fmt', formatter_class=argparse.ArgumentDefaultsHelpFormatter, description='Shows defaults.')
p.add_argument('--loops', type=int, default=100, help='loop count')
p.add_argument('--name', default='x', help='name')
p.add_argument('files', nargs='*', help='input files')
p.parse_args()

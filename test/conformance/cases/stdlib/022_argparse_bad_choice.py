import argparse
p = argparse.ArgumentParser(prog='choose')
p.add_argument('--mode', choices=['fast', 'slow'])
p.parse_args()

import argparse
p = argparse.ArgumentParser(prog='strict')
p.add_argument('--yes')
p.parse_args()

import argparse
p = argparse.ArgumentParser(prog='need')
p.add_argument('filename')
p.add_argument('--level', required=True)
p.parse_args()

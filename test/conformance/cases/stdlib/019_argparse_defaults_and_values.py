import argparse
parser = argparse.ArgumentParser(description="test")
parser.add_argument("-l", "--loops", dest='loops', type=int, default=100)
parser.add_argument("-t", "--threads", dest='threads', type=int, default=10)
parser.add_argument("--verbose", action="store_true")
args = parser.parse_args()
print(args.loops, args.threads, args.verbose, vars(args))
print(args)
print(parser.parse_args([]), parser.parse_args(['--loops=7', '--verbose']))

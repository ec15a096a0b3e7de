import argparse
parser = argparse.ArgumentParser(description="test thread local")
parser.add_argument("-l", "--loops", dest='loops', type=int, default=100, help="loop number for pear thread")
parser.add_argument("-t", "--threads", dest='threads', type=int, default=10, help="thread number")
args = parser.parse_args()
print('not reached')

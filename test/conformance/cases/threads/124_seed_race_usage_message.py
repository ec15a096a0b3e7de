import sys
from threading import Thread
glob = [0]
def main():
    if len(sys.argv) != 3:
        print("Usage: python race.py <thread_number> <loops>", file=sys.stderr)
        sys.exit(2)
main()

# Completes the seed fragment race_with_lock.py (which is verbatim from the tutorial): the
# program of race_lock.py with its incr() replaced by the fragment's `with lock:` version.
import sys
from threading import Thread, Lock
import time

glob = [0]

lock = Lock()

def incr(loops, name):

    while loops > 0:

        with lock:
            loc = glob[0]
            print(f"Thread {name} get loc={loc}")
            loc += 1
            glob[0] = loc
            print(f"Thread {name} set glob[0]={loc}")
        
        loops -= 1
    
    print(f"Thread {name} finished")


def main():

    if len(sys.argv) != 3:
        print("Usage: python race.py <thread_number> <loops>", file=sys.stderr)
    
    threads = []
    for i in range(int(sys.argv[1])):
        t = Thread(target=incr, args=(int(sys.argv[2]), i + 1))
        threads.append(t)
        t.start()
    
    for t in threads:
        t.join()
    
    print("All thread end! glob is %s" % glob)

if __name__ == "__main__":
    main()

import sys
from threading import Thread, Lock
import time

glob = [0]

lock = Lock()

def incr(loops, name):

    while loops > 0:

        lock.acquire()  # 获取互斥锁
        loc = glob[0]
        print(f"Thread {name} get loc={loc}")
        loc += 1
        glob[0] = loc
        print(f"Thread {name} set glob[0]={loc}")
        lock.release()  # 释放互斥锁
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

import sys
from threading import Thread, Lock
glob = [0]
lock = Lock()
lines = []
def say(s):
    lines.append(s)
def incr(loops, name):
    while loops > 0:
        with lock:
            loc = glob[0]
            say(f"Thread {name} get loc={loc}")
            loc += 1
            glob[0] = loc
            say(f"Thread {name} set glob[0]={loc}")
        loops -= 1
    say(f"Thread {name} finished")
def main():
    threads = []
    for i in range(int(sys.argv[1])):
        t = Thread(target=incr, args=(int(sys.argv[2]), i + 1))
        threads.append(t)
        t.start()
    for t in threads:
        t.join()
    print("All thread end! glob is %s" % glob)
    body = [l for l in lines if not l.endswith('finished')]
    pairs_ok = all(body[i].split(' get loc=')[0] == body[i + 1].split(' set ')[0] and int(body[i].split('=')[1]) + 1 == int(body[i + 1].split('=')[1]) for i in range(0, len(body), 2))
    print('critical sections never interleave:', pairs_ok, 'lines:', len(lines))
if __name__ == "__main__":
    main()

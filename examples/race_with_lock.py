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

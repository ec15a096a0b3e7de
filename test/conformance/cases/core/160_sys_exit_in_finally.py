import sys
def work():
    try:
        print('working')
        sys.exit(4)
    finally:
        print('cleanup runs')
try:
    work()
except Exception:
    print('SystemExit is not an Exception')

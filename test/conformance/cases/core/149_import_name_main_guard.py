import toolbox.guarded as g
print(__name__, g.__name__, g.api())
def main():
    print('main() running')
if __name__ == '__main__':
    main()

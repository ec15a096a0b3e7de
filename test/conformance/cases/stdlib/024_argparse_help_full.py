import argparse
p = argparse.ArgumentParser(prog='full', description='A tool that does things.', epilog='Bye.')
p.add_argument('input', help='input file')
p.add_argument('count', type=int, nargs='?', default=1, help='how many (default: %(default)s)')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('--name', metavar='NAME', default='x', help='a name')
p.add_argument('--flag', action='store_false', help='turn off')
p.add_argument('--mode', choices=['a', 'b'], help='the mode')
p.parse_args()

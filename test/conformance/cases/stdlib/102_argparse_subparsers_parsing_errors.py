# argparse subparsers: parsing into the namespace (set_defaults, aliases, nested subparsers, extras)
# and CPython's error messages (invalid choice, required, errors from a subparser, misuse).
import argparse
import sys

sys.stderr = sys.stdout


def run(parser, argv):
    try:
        print(parser.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)


def handler(args):
    return 'handled ' + args.name


git = argparse.ArgumentParser(prog='git')
git.add_argument('--verbose', action='store_true')
commands = git.add_subparsers(dest='cmd')
commit = commands.add_parser('commit', aliases=['ci'])
commit.add_argument('-m', '--message', required=True)
commit.set_defaults(func='do_commit')
push = commands.add_parser('push')
push.add_argument('remote', nargs='?', default='origin')
push.set_defaults(func='do_push')
run(git, ['commit', '-m', 'msg'])
run(git, ['ci', '-m', 'x'])
run(git, ['--verbose', 'push', 'up'])
run(git, [])
run(git, ['nope'])
run(git, ['commit'])
run(git, ['push', 'a', 'b'])
print(git.parse_known_args(['push', 'a', '--zzz', 'q']))

greeter = argparse.ArgumentParser(prog='greeter')
greeter_sub = greeter.add_subparsers(title='actions')
greet = greeter_sub.add_parser('greet')
greet.add_argument('name')
greet.set_defaults(func=handler)
args = greeter.parse_args(['greet', 'bob'])
print(args.func(args))
run(greeter, ['greet'])
greeter.set_defaults(top=1)
print(sorted(vars(greeter.parse_args(['greet', 'x']))))
print(greeter.parse_args([]))

tool = argparse.ArgumentParser(prog='tool')
tool.add_argument('config')
actions = tool.add_subparsers(dest='command', required=True, metavar='COMMAND')
build = actions.add_parser('build')
build.add_argument('--jobs', type=int, default=1)
run(tool, ['cfg'])
run(tool, ['cfg', 'build', '--jobs', '4'])
run(tool, ['cfg', 'build', '--jobs', 'x'])
run(tool, ['cfg', 'frob'])

anonymous = argparse.ArgumentParser(prog='anon')
anonymous_sub = anonymous.add_subparsers(required=True)
anonymous_sub.add_parser('one')
anonymous_sub.add_parser('two')
run(anonymous, [])
run(anonymous, ['one'])
try:
    anonymous.add_subparsers()
except SystemExit as e:
    print('exit', e.code)
for name, aliases in (('one', []), ('three', ['two'])):
    try:
        anonymous_sub.add_parser(name, aliases=aliases)
    except argparse.ArgumentError as e:
        print('ArgumentError', e)
print(type(anonymous_sub).__name__, anonymous_sub.dest, anonymous_sub.nargs, list(anonymous_sub.choices))

outer = argparse.ArgumentParser(prog='outer')
outer_sub = outer.add_subparsers(dest='a')
middle = outer_sub.add_parser('x')
middle_sub = middle.add_subparsers(dest='b')
inner = middle_sub.add_parser('y')
inner.add_argument('--n', type=int)
run(outer, ['x', 'y', '--n', '3'])
run(outer, ['x', 'y', '-h'])
run(outer, ['x', 'z'])


class MyParser(argparse.ArgumentParser):
    def error(self, message):
        print('MyParser.error:', self.prog, '|', message)
        raise SystemExit(3)


custom = MyParser(prog='custom')
custom_sub = custom.add_subparsers(dest='cmd')
custom_child = custom_sub.add_parser('child')
custom_child.add_argument('n', type=int)
print(type(custom_child).__name__)
run(custom, ['child', 'NaN'])

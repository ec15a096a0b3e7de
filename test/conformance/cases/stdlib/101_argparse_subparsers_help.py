# argparse subparsers: help and usage text (titles, metavar, aliases, help=SUPPRESS, parents, wrapping).
import argparse
import sys

sys.stderr = sys.stdout


def run(parser, argv):
    try:
        print(parser.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)


git = argparse.ArgumentParser(prog='git', description='A version control system.')
git.add_argument('--verbose', action='store_true')
commands = git.add_subparsers(dest='cmd', help='sub-command help')
commit = commands.add_parser('commit', help='record changes', aliases=['ci'])
commit.add_argument('-m', '--message', required=True)
commands.add_parser('push', help='update remote refs along with associated objects and other long text here')
commands.add_parser('status')
run(git, ['-h'])
run(git, ['commit', '-h'])
print(repr(git.format_usage()), '|', commit.prog)

tool = argparse.ArgumentParser(prog='tool')
tool.add_argument('config')
actions = tool.add_subparsers(title='commands', description='available commands', dest='command', required=True,
                              metavar='COMMAND')
build = actions.add_parser('build', help='build it')
build.add_argument('--jobs', type=int, default=1)
actions.add_parser('clean', help='clean it', description='Remove build outputs.')
run(tool, ['-h'])
run(tool, ['cfg', 'clean', '-h'])

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--debug', action='store_true', help='debug mode')
app = argparse.ArgumentParser(prog='app', formatter_class=argparse.ArgumentDefaultsHelpFormatter, epilog='see docs')
app_sub = app.add_subparsers(dest='cmd', metavar='{serve,migrate,...}', help='what to do')
serve = app_sub.add_parser('serve', parents=[parent], help='run the server', aliases=['s', 'run'])
serve.add_argument('--port', type=int, default=8000, help='port')
app_sub.add_parser('migrate', help=argparse.SUPPRESS)
app_sub.add_parser('hidden')
app_sub.add_parser('a-very-long-subcommand-name-indeed', help='long one')
run(app, ['-h'])
run(app, ['serve', '-h'])

long_prog = argparse.ArgumentParser(prog='wrap-test-program-with-a-long-name')
long_prog.add_argument('--alpha', help='a')
long_prog.add_argument('--beta')
long_prog.add_argument('--gamma-delta-epsilon')
packages = long_prog.add_subparsers()
for name in ['install', 'uninstall', 'upgrade', 'downgrade', 'configure', 'reconfigure', 'status']:
    packages.add_parser(name, help=name + ' packages')
run(long_prog, ['-h'])

plain = argparse.ArgumentParser(prog='plain')
plain_sub = plain.add_subparsers(description='only a description')
plain_sub.add_parser('x')
print(plain_sub.container.title, '|', plain_sub.container.description, '|', repr(plain_sub))
run(plain, ['-h'])

// Command-line parsing for `pyts`, kept apart from main.ts so each mode is one entry in one table.
// Modes the front end provides: --check, --ast, --version, -h. The VM team adds running a script
// (`pyts file.py args...`), `-c CODE` and `--dis` here: add the flag to `Command` and to `parseArgs`.
export type Command =
  | { mode: 'help' }
  | { mode: 'version' }
  | { mode: 'check'; files: string[] }
  | { mode: 'ast'; file: string }
  | { mode: 'run'; file: string; argv: string[] } // wired by the VM (see main.ts)
  | { mode: 'error'; message: string };

export const USAGE = `usage: pyts [option] ... [file | -] [arg] ...
Options:
  --check FILE...  parse each FILE; print the first SyntaxError as python3 does and exit 1, else exit 0
  --ast FILE       print the AST of FILE as python3's ast.dump(ast.parse(src), indent=2) does
  --version        print the version and exit
  -h, --help       print this help and exit
`;

export function parseArgs(argv: string[]): Command {
  const [first, ...rest] = argv;
  switch (first) {
    case undefined: return { mode: 'help' };
    case '-h': case '--help': return { mode: 'help' };
    case '-V': case '--version': return { mode: 'version' };
    case '--check':
      return rest.length ? { mode: 'check', files: rest } : { mode: 'error', message: 'pyts: --check needs at least one FILE' };
    case '--ast':
      return rest.length === 1 ? { mode: 'ast', file: rest[0] } : { mode: 'error', message: 'pyts: --ast needs exactly one FILE' };
  }
  if (first.startsWith('-') && first !== '-') return { mode: 'error', message: `unknown option ${first}\n${USAGE}` };
  return { mode: 'run', file: first, argv };
}

// Command-line parsing for `pyts`, kept apart from main.ts so each mode is one entry in one table.
// Modes the front end provides: --check, --ast, --version, -h. The VM team adds running a script
// (`pyts file.py args...`), `-c CODE` and `--dis` here: add the flag to `Command` and to `parseArgs`.
import { parseRunArgs, type RunCommand } from './run.js';

export type Command =
  | { mode: 'help' }
  | { mode: 'version' }
  | { mode: 'check'; files: string[] }
  | { mode: 'ast'; file: string }
  | RunCommand // run.ts: a script, -c CODE, - (stdin), the REPL
  | { mode: 'dis'; file: string }
  | { mode: 'error'; message: string };

export const USAGE = `usage: pyts [option] ... [-c cmd | file | -] [arg] ...
Options:
  -c CMD           program passed in as string (sys.argv[0] is '-c')
  -                read the program from stdin (also when stdin is a pipe and no file is given)
  -u               unbuffered stdout and stderr (also PYTHONUNBUFFERED=1)
  --switch-interval N
                   switch threads every N ticks (default 5000 = sys.getswitchinterval() 0.005)
  --seed N         seed the scheduler's choices: the same seed replays the same interleaving
  --virtual-time   sleeps complete instantly in timestamp order; clocks are virtual; output repeatable
  --switch-any-instruction
                   allow thread switches between any two instructions (CPython <= 3.9 behaviour)
  --instruction-limit N
                   stop after about N ticks
  --trace FILE     write the thread timeline (GIL holds, waits, switch points) as Chrome trace-event
                   JSON: open it in Perfetto or chrome://tracing
  --dis FILE       print the bytecode of FILE
  --check FILE...  parse each FILE; print the first SyntaxError as python3 does and exit 1, else exit 0
  --ast FILE       print the AST of FILE as python3's ast.dump(ast.parse(src), indent=2) does
  --version        print the version and exit
  -h, --help       print this help and exit
`;

export function parseArgs(argv: string[]): Command {
  const [first, ...rest] = argv;
  switch (first) {
    case '-h': case '--help': return { mode: 'help' };
    case '-V': case '--version': return { mode: 'version' };
    case '--check':
      return rest.length ? { mode: 'check', files: rest } : { mode: 'error', message: 'pyts: --check needs at least one FILE' };
    case '--ast':
      return rest.length === 1 ? { mode: 'ast', file: rest[0] } : { mode: 'error', message: 'pyts: --ast needs exactly one FILE' };
  }
  const run = parseRunArgs(argv);
  if (run !== null) return run;
  return { mode: 'error', message: `unknown option ${first}\n${USAGE}` };
}

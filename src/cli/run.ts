// `pyts` run modes (the runtime's part of the CLI): a script file, `-c CODE`, `-` / piped stdin, the
// REPL on a terminal, and `--dis FILE`. Runtime options come before the script, as python's do:
//   --switch-interval N   ticks per GIL slice (default 5000; sys.getswitchinterval() = N / 1e6 s)
//   --seed N              seed the scheduler's choices (jittered slices: replay a given interleaving)
//   --virtual-time        sleeps finish instantly in timestamp order; clocks are virtual; output is
//                         byte-identical run after run
//   --switch-any-instruction   allow thread switches between any two instructions (as CPython <= 3.9:
//                         shows `x += 1` losing updates); default: at eval-breaker points only (3.10+)
//   --instruction-limit N stop after about N ticks
//   -u                    unbuffered stdout/stderr (also PYTHONUNBUFFERED)
//   --trace FILE          write the thread timeline as Chrome trace-event JSON (trace.ts)
// Exit status as CPython: 0, 1 (uncaught exception / SyntaxError), sys.exit(n), 2 (usage / missing
// file), death by SIGINT after an uncaught KeyboardInterrupt (130 in a shell), 3 after a deadlock report.

import { NodeHost } from '../host/node-host.js';
import { recordTrace } from './trace.js';
import { Runtime, type RunOptions, type RunResult } from '../runtime/runtime.js';
import { Repl } from '../runtime/repl.js';
import { PySyntaxError, formatSyntaxError } from '../parse/index.js';
import { compileSource, disassemble } from '../compile/index.js';

export interface RunCommand {
  mode: 'run';
  /** Script path, '-c', '-' (stdin) or '' (REPL / piped stdin). */
  target: string;
  code?: string;
  args: string[];
  opts: RunOptions;
  /** --trace FILE: write the thread timeline as Chrome trace-event JSON (src/cli/trace.ts). */
  trace?: string;
}

export type RunArgsResult = RunCommand | { mode: 'dis'; file: string } | { mode: 'error'; message: string } | null;

/** Parse runtime options and the run target; null if argv is not a run command. */
export function parseRunArgs(argv: string[]): RunArgsResult {
  const opts: RunOptions = {};
  let trace: string | undefined;
  let i = 0;
  const num = (flag: string): number | string => {
    const v = argv[++i];
    if (v === undefined || !/^-?\d+$/.test(v)) return `pyts: ${flag} needs an integer argument`;
    return Number(v);
  };
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--switch-interval' || a === '--seed' || a === '--instruction-limit') {
      const n = num(a);
      if (typeof n === 'string') return { mode: 'error', message: n };
      if (a === '--switch-interval') {
        if (n < 1) return { mode: 'error', message: 'pyts: --switch-interval must be at least 1' };
        opts.switchInterval = n;
      } else if (a === '--seed') opts.seed = n;
      else opts.instructionLimit = n;
    } else if (a === '--trace') {
      trace = argv[++i];
      if (trace === undefined) return { mode: 'error', message: 'pyts: --trace needs a FILE' };
    } else if (a === '--virtual-time') opts.virtualTime = true;
    else if (a === '--switch-any-instruction') opts.switchAnyInstruction = true;
    else if (a === '-u') opts.unbuffered = true;
    else if (a === '--dis') {
      const f = argv[i + 1];
      return f === undefined ? { mode: 'error', message: 'pyts: --dis needs a FILE' } : { mode: 'dis', file: f };
    } else if (a === '-c') {
      const code = argv[i + 1];
      if (code === undefined) return { mode: 'error', message: 'Argument expected for the -c option' };
      return { mode: 'run', target: '-c', code, args: argv.slice(i + 2), opts, trace };
    } else if (a === '-') return { mode: 'run', target: '-', args: argv.slice(i + 1), opts, trace };
    else if (a.startsWith('-')) return null;
    else return { mode: 'run', target: a, args: argv.slice(i + 1), opts, trace };
  }
  return Object.keys(opts).length || trace !== undefined || argv.length === 0 ? { mode: 'run', target: '', args: [], opts, trace } : null;
}

/** Run a command; resolves with the exit status (after a SIGINT death, never resolves). */
export async function runCommand(cmd: RunCommand): Promise<number> {
  const argv0 = cmd.target === '-c' ? '-c' : cmd.target;
  const host = new NodeHost({ argv: [argv0, ...cmd.args], executable: process.argv[1] ?? '' });
  const rt = new Runtime({ host, ...cmd.opts });
  const tracing = cmd.trace !== undefined ? recordTrace(rt, cmd.trace) : null;
  let repl: Repl | null = null;
  const onSigint = () => {
    if (repl && repl.isReading) repl.interruptInput();
    else rt.sched.interrupt();
  };
  process.on('SIGINT', onSigint);
  let result: RunResult;
  try {
    if (cmd.target === '-c') {
      result = await rt.runMain(cmd.code ?? '', '<string>', false, '');
    } else if (cmd.target === '-' || (cmd.target === '' && !host.stdinInfo.isatty)) {
      const src = await host.readAll();
      result = await rt.runMain(src, '<stdin>', false, '');
    } else if (cmd.target === '') {
      repl = new Repl(rt);
      result = { exitCode: await repl.run() };
    } else {
      const abs = host.resolvePath(cmd.target);
      const st = host.stat(abs);
      const src = st?.isFile ? host.readTextFile(abs) : null;
      if (src === null) {
        const why = st?.isDir ? `can't find '__main__' module in '${cmd.target}'` : `can't open file '${abs}': [Errno 2] No such file or directory`;
        host.writeStderr(`pyts: ${why}\n`);
        return 2;
      }
      result = await rt.runMain(src.replace(/^\uFEFF/, ''), abs, true, host.dirname(abs));
    }
  } finally {
    process.off('SIGINT', onSigint);
    const err = tracing?.write();
    if (err) host.writeStderr(err + '\n');
  }
  if (result.killedBySigint) {
    // CPython re-raises SIGINT after printing the traceback, so the shell sees a death by signal.
    process.kill(process.pid, 'SIGINT');
    await new Promise(() => {});
  }
  return result.exitCode;
}

/** `pyts --dis FILE`: the disassembly of the module and every code object in it. */
export function runDis(file: string, readText: (p: string) => string | null, write: (s: string) => void, writeErr: (s: string) => void): number {
  const src = readText(file);
  if (src === null) {
    writeErr(`pyts: can't open file '${file}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  try {
    write(disassemble(compileSource(src, file, 'exec')));
    return 0;
  } catch (e) {
    if (e instanceof PySyntaxError) {
      writeErr(formatSyntaxError(e));
      return 1;
    }
    throw e;
  }
}

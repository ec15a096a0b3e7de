// The interactive loop (CPython: PyRun_InteractiveLoop), host-agnostic so the CLI and a web page can
// share it. Banner and prompts (`>>> `, `... `) go to stderr as in CPython; each complete input is
// compiled in 'single' mode (expression values are echoed with repr through sys.displayhook and bound
// to builtins._) and run as the main green thread in the shared __main__ namespace. An uncaught
// exception prints its traceback and the loop goes on; SystemExit (exit(), quit()) ends it with its
// status; end of input (Ctrl-D) ends it with status 0. Other threads keep running while the loop waits
// for input.
//
// When is an input complete? (CPython: codeop.) A line that opens a block (ends with ':'), leaves a
// bracket open, or ends with a backslash continues with `... `; a block ends at an empty line.

import { None } from '../objects/builtin-types.js';
import { SystemExit, excField, isExcOf } from '../objects/exceptions.js';
import { newThreadForCall } from '../vm/thread.js';
import { PySyntaxError, formatSyntaxError } from '../parse/syntax-error.js';
import { compileSource, type CodeObject } from '../compile/index.js';
import { VmBody, codeRunner } from './vm-bridge.js';
import { PYTS_VERSION, type Runtime } from './runtime.js';
import type { PyModule } from '../objects/module.js';

export class Repl {
  private main: PyModule;
  /** Set by the CLI's SIGINT handler while the loop waits for input. */
  private interrupted = false;
  private reading = false;
  private wakeReader: (() => void) | null = null;

  constructor(private rt: Runtime) {
    this.main = rt.newModule('__main__');
    this.main.dict.setStr('__builtins__', rt.builtinsModule);
    rt.sysModules.setStr('__main__', this.main);
    rt.path.items.splice(0, rt.path.items.length, '');
  }

  /** True while waiting for a line (an interrupt then cancels the input instead of raising). */
  get isReading(): boolean {
    return this.reading;
  }

  interruptInput(): void {
    this.interrupted = true;
    this.wakeReader?.();
  }

  async run(): Promise<number> {
    const rt = this.rt;
    rt.writeStderrText(`pyts ${PYTS_VERSION} (Python 3.11 language) on ${rt.host.platform()}\nType "help", "copyright", "credits" or "license" for more information.\n`);
    let lineno = 0;
    for (;;) {
      let src = '';
      let prompt = '>>> ';
      let first = true;
      for (;;) {
        rt.stdout.flush();
        rt.writeStderrText(prompt);
        const line = await this.readLine();
        if (line === null) {
          rt.writeStderrText('\nKeyboardInterrupt\n');
          src = '';
          break;
        }
        if (line === '') {
          rt.writeStderrText('\n');
          rt.flushStd();
          return 0;
        }
        lineno++;
        src += line.endsWith('\n') ? line : line + '\n';
        if (!needsMore(src, line, first)) break;
        first = false;
        prompt = '... ';
      }
      if (src.trim() === '') continue;
      let code: CodeObject;
      try {
        code = compileSource(src, '<stdin>', 'single');
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        rt.writeStderrText(formatSyntaxError(e));
        continue;
      }
      const status = await this.execute(code);
      if (status !== null) {
        rt.flushStd();
        return status;
      }
    }
  }

  /** One line from the host, or null if interrupted, '' at EOF. Threads keep running meanwhile. */
  private async readLine(): Promise<string | null> {
    const rt = this.rt;
    this.interrupted = false;
    const r = rt.host.readLine();
    if (typeof r === 'string') return r;
    let got: string | undefined;
    this.reading = true;
    rt.sched.hostWaitBegin();
    let ended = false;
    const end = () => {
      if (!ended) {
        ended = true;
        rt.sched.hostWaitEnd();
      }
    };
    r.then((v) => {
      got = v;
      end();
    });
    await rt.sched.runUntil(() => got !== undefined || this.interrupted);
    this.reading = false;
    if (got === undefined) {
      // Interrupted: the pending read's line (when it comes) is dropped.
      end();
      return null;
    }
    return got;
  }

  /** Run one input as the main thread; a status to exit with, or null to go on. */
  private async execute(code: CodeObject): Promise<number | null> {
    const rt = this.rt;
    const t = newThreadForCall(codeRunner(code, this.main.dict, this.main.dict), [], null);
    const g = rt.sched.spawn(new VmBody(t), 'MainThread');
    t.data = g;
    t.ident = g.ident;
    rt.sched.mainThread = g;
    const out = await rt.sched.runUntil(() => !g.alive);
    if (out.kind === 'deadlock') {
      rt.flushStd();
      rt.host.writeStderr(out.report);
      return 3;
    }
    rt.stdout.flush();
    const err = t.error;
    if (err) {
      if (isExcOf(err, SystemExit)) {
        let c = excField(err, 'code');
        if (c === undefined) c = err.args.length ? err.args[0] : None;
        if (c === None) return 0;
        if (typeof c === 'number' || typeof c === 'boolean') return Number(c) & 0xff;
        rt.writeStderrText(String(typeof c === 'string' ? c : '') + '\n');
        return 1;
      }
      await rt.runExceptHook(err);
    }
    return null;
  }
}

/** Does the input so far need continuation lines? */
export function needsMore(src: string, lastLine: string, firstLine: boolean): boolean {
  const depth = bracketDepth(src);
  if (depth.unterminated) return true;
  if (depth.open > 0) return true;
  const t = lastLine.replace(/\r?\n$/, '');
  if (t.endsWith('\\')) return true;
  if (firstLine) return /:\s*(#.*)?$/.test(t) || /^\s*@/.test(t);
  // Inside a block: continue until an empty line.
  return t.trim() !== '';
}

/** Open brackets and unterminated triple-quoted strings (comments and strings skipped). */
function bracketDepth(src: string): { open: number; unterminated: boolean } {
  let open = 0;
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '"' || c === "'") {
      const triple = src.startsWith(c.repeat(3), i);
      const q = triple ? c.repeat(3) : c;
      i += q.length;
      for (;;) {
        if (i >= src.length) return { open, unterminated: triple };
        if (src[i] === '\\') {
          i += 2;
          continue;
        }
        if (src.startsWith(q, i)) {
          i += q.length;
          break;
        }
        if (!triple && src[i] === '\n') break;
        i++;
      }
      continue;
    }
    if (c === '(' || c === '[' || c === '{') open++;
    else if (c === ')' || c === ']' || c === '}') open = Math.max(0, open - 1);
    i++;
  }
  return { open, unterminated: false };
}

// Runtime: the interpreter-wide state (CPython: PyInterpreterState + pylifecycle/pythonrun), apart from
// per-thread state (src/vm/thread.ts). One Runtime runs one program:
//   host (all I/O), scheduler (the GIL), builtins, sys and sys.modules, the std streams, the source
//   cache for tracebacks, the loaded stdlib module definitions, the options.
//
// The run of a program (runMain), in CPython's order:
//   1. compile the main source (a SyntaxError is printed in CPython's format, exit status 1);
//   2. run the module body as the main green thread until it finishes;
//   3. an uncaught exception: flush stdout, print the traceback through sys.excepthook (run as a green
//      thread, so a user __str__ works), status 1; SystemExit: CPython's exit-code rules;
//      KeyboardInterrupt: traceback, then status 130 (the CLI re-raises SIGINT like CPython);
//   4. wait for non-daemon threads (threading._shutdown), daemon threads are dropped;
//   5. flush stdout then stderr. Output is never lost, even after an internal error.
// A deadlock report ends the run with status 3 (scheduler.ts).

import { settle, type NativeGen, type PyValue } from '../objects/object.js';
import { None, typeOf } from '../objects/builtin-types.js';
import {
  KeyboardInterrupt, PyBaseException, SystemError, SystemExit, excField, isExcOf, pyErr,
} from '../objects/exceptions.js';
import { PyDict } from '../objects/dict.js';
import { PyModule } from '../objects/module.js';
import { PyList } from '../objects/list.js';
import { nativeFunction } from '../objects/native.js';
import * as ops from '../objects/ops.js';
import type { Host } from '../host/host.js';
import { DEADLOCK_EXIT_CODE, Scheduler, type GreenThread, type RunOutcome } from '../sched/scheduler.js';
import { newThreadForCall, vmSettings } from '../vm/thread.js';
import { intStrLimit } from '../objects/int-limits.js';
import { setDefaultBuiltins } from '../vm/calls.js';
import { vmHooks } from '../vm/interpreter.js';
import { compileSource, type CodeObject } from '../compile/index.js';
import { PySyntaxError, formatSyntaxError } from '../parse/syntax-error.js';
import { parseModule } from '../parse/index.js';
import { connectBuiltins, fillBuiltins } from '../builtins/index.js';
import { stdlibModules, type ModuleDef } from '../../stdlib/index.js';
import sysDef from '../../stdlib/sys.js';
import { StdStream, type Buffering } from './streams.js';
import { SourceCache } from './source-cache.js';
import { VmBody, codeRunner, runCode } from './vm-bridge.js';
import { formatException, type FormatContext } from './traceback.js';
import { caretAnchors } from './caret-anchors.js';
import { toPySyntaxError } from './syntax-error.js';
import { fillNamespace, importModule, scanImports } from './import.js';
import { installSite } from './site.js';

export interface RuntimeOptions {
  host: Host;
  /** sys.argv (default: host.argv()). */
  argv?: string[];
  /** Ticks per GIL slice (scheduler.ts). */
  switchInterval?: number;
  seed?: number | null;
  virtualTime?: boolean;
  /** Allow thread switches at every instruction (shows `x += 1` tearing, as in CPython <= 3.9). */
  switchAnyInstruction?: boolean;
  instructionLimit?: number;
  /** Force unbuffered std streams (python -u); PYTHONUNBUFFERED in the host env does the same. */
  unbuffered?: boolean;
}

/** The options a command line or embedder chooses (everything but the host and argv). */
export type RunOptions = Omit<RuntimeOptions, 'host' | 'argv'>;

export interface RunResult {
  exitCode: number;
  /** The text printed for an uncaught exception (traceback), if any. */
  exception?: string;
  /** True when the process should die by SIGINT (uncaught KeyboardInterrupt), like CPython. */
  killedBySigint?: boolean;
}

export const PYTS_VERSION = '0.1.0';

export class Runtime {
  readonly host: Host;
  readonly sched: Scheduler;
  readonly sources: SourceCache;
  readonly options: RuntimeOptions;
  readonly builtins: PyDict;
  readonly builtinsModule: PyModule;
  readonly sysModules = new PyDict();
  readonly sys: PyModule;
  readonly stdout: StdStream;
  readonly stderr: StdStream;
  readonly stdin: StdStream;
  /** sys.path (a Python list; the import system reads it live). */
  readonly path: PyList;
  /** Loaded stdlib module definitions by name. */
  readonly stdlibDefs = new Map<string, ModuleDef>();
  /** Called for an uncaught exception in a non-main thread started without threading's own hook. */
  threadExceptHook: (t: GreenThread, exc: PyBaseException) => void;

  constructor(opts: RuntimeOptions) {
    this.options = opts;
    const host = (this.host = opts.host);
    this.sources = new SourceCache(host);
    this.sched = new Scheduler({
      host,
      switchInterval: opts.switchInterval,
      seed: opts.seed,
      virtualTime: opts.virtualTime,
      instructionLimit: opts.instructionLimit,
      sourceLine: (f, n) => this.sources.line(f, n),
    });
    vmSettings.switchAtAnyInstruction = !!opts.switchAnyInstruction;
    // Interpreter-wide limits are module globals (hot paths read them): reset them so that one run's
    // sys.setrecursionlimit / sys.set_int_max_str_digits never leaks into the next Runtime in this process.
    vmSettings.recursionLimit = 1000;
    intStrLimit.maxDigits = 4300;

    const env = host.env();
    const unbuffered = !!opts.unbuffered || (env.PYTHONUNBUFFERED ?? '') !== '';
    const shouldYield = () => this.sched.threads.size > 1;
    const outMode: Buffering = unbuffered ? 'unbuffered' : host.stdoutInfo.isatty ? 'line' : 'block';
    this.stdout = new StdStream({
      name: '<stdout>', fd: 1, mode: 'w', buffering: outMode, isatty: host.stdoutInfo.isatty,
      sink: (s) => host.writeStdout(s), shouldYield,
    });
    this.stderr = new StdStream({
      name: '<stderr>', fd: 2, mode: 'w', buffering: unbuffered ? 'unbuffered' : 'line', isatty: host.stderrInfo.isatty,
      sink: (s) => host.writeStderr(s), shouldYield,
    });
    this.stdin = new StdStream({
      name: '<stdin>', fd: 0, mode: 'r', buffering: 'line', isatty: host.stdinInfo.isatty,
      readLine: () => {
        this.stdout.flush();
        return host.readLine();
      },
    });
    this.path = new PyList([]);

    // builtins
    this.builtins = new PyDict();
    this.builtinsModule = new PyModule(this.builtins);
    connectBuiltins({
      host,
      importModule: (name, globals, _locals, fromlist, level) => importModule(this, name, globals, fromlist, level),
      runCode: (code, globals, locals) => runCode(code as CodeObject, globals as PyDict, locals),
      compile: (source, filename, mode) => this.compile(source, filename, mode),
    });
    fillBuiltins(this.builtins);
    this.builtins.setStr(
      '__import__',
      nativeFunction('__import__', (args, kwargs) => {
        const get = (i: number, k: string, d: PyValue) => args[i] ?? kwargs?.get(k) ?? d;
        const name = get(0, 'name', '');
        if (typeof name !== 'string') throw pyErr(SystemError, '__import__() argument 1 must be str');
        const level = get(4, 'level', 0);
        return importModule(this, name, get(1, 'globals', None), get(3, 'fromlist', None), typeof level === 'number' ? level : 0);
      }),
    );
    setDefaultBuiltins(this.builtins);
    this.sysModules.setStr('builtins', this.builtinsModule);

    // sys
    this.stdlibDefs.set('sys', sysDef);
    this.sys = this.newModule('sys', sysDef.doc);
    fillNamespace(this.sys, sysDef.init(this.sys, this));
    this.sysModules.setStr('sys', this.sys);
    connectBuiltins({ sys: this.sys });
    vmHooks.sysModules = () => this.sysModules;
    installSite(this);

    this.threadExceptHook = (t, exc) => this.printThreadException(t, exc);
    this.sched.onThreadFinished = (t) => {
      if (t === this.sched.mainThread) return;
      const err = (t.body as VmBody).thread?.error;
      if (err && !isExcOf(err, SystemExit)) this.threadExceptHook(t, err);
    };
  }

  /** sys.argv as given (argv[0] = script path, '-c' or ''). */
  get argv(): string[] {
    return this.options.argv ?? this.host.argv();
  }

  /** A new, empty module object with CPython's standard attributes. */
  newModule(name: string, doc?: string | null): PyModule {
    const d = new PyDict();
    d.setStr('__name__', name);
    d.setStr('__doc__', doc ?? None);
    d.setStr('__package__', None);
    d.setStr('__loader__', None);
    d.setStr('__spec__', None);
    return new PyModule(d);
  }

  /** compile() for the builtins and the import system: source -> code, or a Python SyntaxError. */
  compile(source: string, filename: string, mode: 'exec' | 'eval' | 'single'): CodeObject {
    try {
      return compileSource(source, filename, mode);
    } catch (e) {
      if (e instanceof PySyntaxError) throw toPySyntaxError(e);
      throw e;
    }
  }

  /** Load the stdlib modules a source imports, before running it (see stdlib/index.ts). */
  async preload(source: string): Promise<void> {
    const names = scanImports(source).filter((n) => n in stdlibModules && !this.stdlibDefs.has(n));
    await Promise.all(names.map(async (n) => this.stdlibDefs.set(n, await stdlibModules[n]())));
  }

  // --- running a program ---

  /**
   * Run `source` as __main__. `register`: its lines may be shown in tracebacks (a real file; not -c).
   * `path0`: sys.path[0] (the script's directory, or '' for -c / stdin).
   */
  async runMain(source: string, filename: string, register: boolean, path0: string): Promise<RunResult> {
    try {
      this.path.items.splice(0, this.path.items.length, path0);
      if (register) this.sources.add(filename, source);
      let code: CodeObject;
      try {
        code = compileSource(source, filename, 'exec');
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        const text = formatSyntaxError(e);
        this.flushStd();
        this.host.writeStderr(text);
        return { exitCode: 1, exception: text };
      }
      await this.preload(source);
      const main = this.newModule('__main__');
      if (register) main.dict.setStr('__file__', filename);
      main.dict.setStr('__builtins__', this.builtinsModule);
      this.sysModules.setStr('__main__', main);
      return await this.runMainThread(codeRunner(code, main.dict, main.dict));
    } catch (e) {
      return this.internalError(e);
    }
  }

  /** Run `fn()` as the main thread, then CPython's shutdown sequence. */
  async runMainThread(fn: PyValue): Promise<RunResult> {
    const t = newThreadForCall(fn, [], null);
    const main = this.sched.spawn(new VmBody(t), 'MainThread');
    t.data = main;
    t.ident = main.ident;
    this.sched.mainThread = main;
    let outcome = await this.sched.runUntil(() => !main.alive);
    if (outcome.kind !== 'done') return this.abnormal(outcome);
    let result: RunResult = { exitCode: 0 };
    if (t.error) result = await this.handleUncaught(t.error);
    // threading._shutdown: wait for the non-daemon threads.
    outcome = await this.sched.runUntil(() => this.sched.nonDaemonThreads().length === 0);
    if (outcome.kind !== 'done') return this.abnormal(outcome);
    this.flushStd();
    return result;
  }

  private abnormal(o: RunOutcome): RunResult {
    this.flushStd();
    if (o.kind === 'deadlock') {
      this.host.writeStderr(o.report);
      return { exitCode: DEADLOCK_EXIT_CODE, exception: o.report };
    }
    if (o.kind === 'limit') {
      const msg = 'pyts: instruction limit exceeded\n';
      this.host.writeStderr(msg);
      return { exitCode: 1, exception: msg };
    }
    // interrupted while waiting for threads at shutdown: CPython prints the KeyboardInterrupt from
    // threading._shutdown; we print the bare exception line.
    this.host.writeStderr('KeyboardInterrupt\n');
    return { exitCode: 130, exception: 'KeyboardInterrupt\n', killedBySigint: true };
  }

  /** CPython: handle_system_exit + PyErr_Print for the main thread's uncaught exception. */
  private async handleUncaught(exc: PyBaseException): Promise<RunResult> {
    if (isExcOf(exc, SystemExit)) return this.systemExitStatus(exc);
    const text = await this.runExceptHook(exc);
    if (isExcOf(exc, KeyboardInterrupt)) return { exitCode: 130, exception: text, killedBySigint: true };
    return { exitCode: 1, exception: text };
  }

  /** SystemExit(code): None -> 0, int -> int, anything else -> printed to stderr, 1. */
  private async systemExitStatus(exc: PyBaseException): Promise<RunResult> {
    let code = excField(exc, 'code');
    if (code === undefined) code = exc.args.length === 0 ? None : exc.args.length === 1 ? exc.args[0] : exc;
    if (code === None) return { exitCode: 0 };
    if (typeof code === 'number' || typeof code === 'boolean') return { exitCode: Number(code) & 0xff };
    if (typeof code === 'bigint') return { exitCode: Number(BigInt.asIntN(32, code)) & 0xff };
    // CPython: PyFile_WriteObject(str(code)) to sys.stderr, then "\n"; status 1.
    this.stdout.flush();
    const text = await this.runNative(
      (function* (): NativeGen {
        const s = (yield* settle(ops.str(code as PyValue))) as string;
        return s + '\n';
      })(),
      'SystemExit',
    );
    this.writeStderrText(text);
    return { exitCode: 1, exception: text };
  }

  /**
   * Report an uncaught exception through sys.excepthook (CPython: PyErr_Display via sys.excepthook),
   * run on a helper green thread so Python code (a user hook, a user __str__) can run. Returns the
   * text the default hook printed ('' for a user hook).
   */
  async runExceptHook(exc: PyBaseException): Promise<string> {
    this.stdout.flush();
    this.lastExceptionText = '';
    const hook = this.sys.dict.getStr('excepthook');
    if (hook === undefined || hook === None) {
      const text = await this.runNative(formatException(exc, this.formatContext()), 'excepthook');
      this.writeStderrText('sys.excepthook is missing\n' + text);
      return text;
    }
    const err = await this.runNativeError(
      (function* (): NativeGen {
        yield { op: 'call', fn: hook, args: [exc.type, exc, exc.tb], kwargs: null };
        return '';
      })(),
      'excepthook',
    );
    if (err !== null) {
      // CPython: "Error in sys.excepthook:", the hook's error, "Original exception was:", the original.
      const hookText = await this.runNative(formatException(err, this.formatContext()), 'excepthook');
      const orig = await this.runNative(formatException(exc, this.formatContext()), 'excepthook');
      this.writeStderrText(`Error in sys.excepthook:\n${hookText}\nOriginal exception was:\n${orig}`);
      return orig;
    }
    return this.lastExceptionText;
  }

  /** Set by the default sys.excepthook: the text it printed. */
  lastExceptionText = '';

  /** `Exception in thread NAME:` + traceback (threading.excepthook's format) for native-spawned threads. */
  printThreadException(t: GreenThread, exc: PyBaseException): void {
    const rt = this;
    const gen = (function* (): NativeGen {
      const tb = (yield* formatException(exc, rt.formatContext())) as string;
      rt.writeStderrText(`Exception in thread ${t.name}:\n${tb}`);
      return None;
    })();
    const th = newThreadForCall(nativeFunction('excepthook', () => gen), [], null);
    const g = this.sched.spawn(new VmBody(th), `excepthook-${t.name}`, true);
    th.data = g;
  }

  formatContext(): FormatContext {
    return {
      sourceLine: (f, n) => this.sources.line(f, n),
      str: (v) => ops.str(v),
      anchors: (seg) => caretAnchors(seg, parseModule),
    };
  }

  /** Run a native generator to completion on a helper green thread (it may call Python code). */
  private async runNative(gen: NativeGen, name: string): Promise<string> {
    const th = newThreadForCall(nativeFunction(name, () => gen), [], null);
    const g = this.sched.spawn(new VmBody(th), name, true);
    th.data = g;
    const out = await this.sched.runUntil(() => !g.alive);
    if (out.kind !== 'done' || th.error) return '';
    return typeof th.result === 'string' ? th.result : '';
  }

  /** Like runNative; returns the exception the generator raised, or null. */
  private async runNativeError(gen: NativeGen, name: string): Promise<PyBaseException | null> {
    const th = newThreadForCall(nativeFunction(name, () => gen), [], null);
    const g = this.sched.spawn(new VmBody(th), name, true);
    th.data = g;
    await this.sched.runUntil(() => !g.alive);
    return th.error;
  }

  /** Write to the current sys.stderr if it is ours, else straight to the host's stderr. */
  writeStderrText(text: string): void {
    const cur = this.sys.dict.getStr('stderr');
    const s = cur instanceof StdStream ? cur : this.stderr;
    s.writeText(text);
    s.flush();
  }

  /** Flush stdout then stderr (CPython: flush_std_files). */
  flushStd(): void {
    try {
      this.stdout.flush();
    } finally {
      this.stderr.flush();
    }
  }

  /** A JS exception escaped the runtime itself: report it without losing output. */
  internalError(e: unknown): RunResult {
    try {
      this.flushStd();
    } catch {
      /* keep going: the report matters more */
    }
    const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    const text = `SystemError: pyts internal error: ${msg}\n`;
    this.host.writeStderr(text);
    return { exitCode: 1, exception: text };
  }
}

export { typeOf };

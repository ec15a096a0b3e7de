// The `traceback` module (CPython: Lib/traceback.py), the common entry points only: format_exc,
// print_exc, format_exception, print_exception, format_exception_only. The text is produced by the
// runtime's CPython 3.11 formatter (src/runtime/traceback.ts), the same one uncaught exceptions use,
// so `traceback.print_exc()` prints exactly what an uncaught exception would (chains, carets).
// `limit` and `chain=False` are accepted but not applied (see the README's differences section).

import { type NativeGen, type PyValue } from '../src/objects/object.js';
import { None } from '../src/objects/builtin-types.js';
import { PyBaseException, TypeError, pyErr } from '../src/objects/exceptions.js';
import type { NativeFn } from '../src/objects/native.js';
import { PyList } from '../src/objects/list.js';
import * as ops from '../src/objects/ops.js';
import { settle } from '../src/objects/object.js';
import { signature, typeName } from '../src/builtins/args.js';
import { currentThread } from '../src/vm/thread.js';
import { formatException, formatExceptionOnly } from '../src/runtime/traceback.js';
import type { Runtime } from '../src/runtime/runtime.js';
import { defineModule } from './index.js';

/** Split formatted text into CPython's list of strings: one per traceback entry / message line. */
function splitLines(text: string): PyList {
  const lines = text.split(/(?<=\n)/);
  const out: string[] = [];
  for (const l of lines) {
    // a source line (4-space indent) or caret line belongs to the "  File ..." entry before it
    if (out.length > 0 && l.startsWith('    ') && out[out.length - 1].startsWith('  File ')) out[out.length - 1] += l;
    else out.push(l);
  }
  return new PyList(out);
}

function* write(rt: Runtime, file: PyValue | undefined, text: string): NativeGen {
  const f = file === undefined || file === None ? rt.sys.dict.getStr('stderr') : file;
  if (f === undefined || f === None) return None;
  yield* settle(ops.callMethod(f, 'write', [text]));
  return None;
}

function handled(): PyBaseException | null {
  return currentThread()?.handledException() ?? null;
}

function* text(rt: Runtime, exc: PyValue): Generator<any, string, any> {
  if (exc === None) return 'NoneType: None\n';
  if (!(exc instanceof PyBaseException)) throw pyErr(TypeError, `Exception expected for value, ${typeName(exc)} found`);
  return (yield* formatException(exc, { ...rt.formatContext(), marginEveryLine: true })) as string;
}

/** print_exception(exc, /, value=..., tb=..., limit=None, file=None, chain=True): 3.10+ forms. */
const peSig = signature('print_exception', 'exc, /, value=None, tb=None, limit=None, file=None, chain=True');
const feSig = signature('format_exception', 'exc, /, value=None, tb=None, limit=None, chain=True');
const excSig = signature('print_exc', 'limit=None, file=None, chain=True');
const fexcSig = signature('format_exc', 'limit=None, chain=True');
const feoSig = signature('format_exception_only', 'exc, /, value=None');

function pick(exc: PyValue, value: PyValue | undefined): PyValue {
  return value !== undefined && value !== None ? value : exc;
}

function namespace(rt: Runtime): Record<string, PyValue | NativeFn> {
  return {
    format_exc: (args, kwargs) => {
      fexcSig.parse(args, kwargs);
      return text(rt, handled() ?? None);
    },
    print_exc: (args, kwargs) => {
      const [, file] = excSig.parse(args, kwargs);
      return (function* (): NativeGen {
        return yield* write(rt, file, yield* text(rt, handled() ?? None));
      })();
    },
    format_exception: (args, kwargs) => {
      const [exc, value] = feSig.parse(args, kwargs);
      return (function* (): NativeGen {
        return splitLines(yield* text(rt, pick(exc as PyValue, value)));
      })();
    },
    print_exception: (args, kwargs) => {
      const [exc, value, , , file] = peSig.parse(args, kwargs);
      return (function* (): NativeGen {
        return yield* write(rt, file, yield* text(rt, pick(exc as PyValue, value)));
      })();
    },
    format_exception_only: (args, kwargs) => {
      const [exc, value] = feoSig.parse(args, kwargs);
      return (function* (): NativeGen {
        const e = pick(exc as PyValue, value);
        if (!(e instanceof PyBaseException)) return new PyList(['NoneType: None\n']);
        return splitLines((yield* formatExceptionOnly(e, rt.formatContext())) as string);
      })();
    },
  };
}

export default defineModule({
  name: 'traceback',
  doc: 'Extract, format and print information about Python stack traces.',
  init: (_mod, rt) => namespace(rt),
});

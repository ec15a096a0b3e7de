// The generator type's Python methods (CPython: Objects/genobject.c): __iter__, __next__, send, throw,
// close, __repr__, and the gi_* / __name__ / __qualname__ attributes. Each resuming method is a native
// generator yielding a CallRequest whose fn is a GenResume, so the VM pushes the generator's frame on
// the calling thread (no nested eval loop). throw() and close() delegate to the sub-iterator of a
// generator suspended in `yield from` (CPython: _PyGen_yf / gen_close_iter), as opcodes.ts describes.
// Imported for its side effects by src/vm/index.ts.

import { settle, type NativeGen, type PyValue } from '../objects/object.js';
import { None, typeOf } from '../objects/builtin-types.js';
import { PyType } from '../objects/type.js';
import {
  PyBaseException, BaseException, GeneratorExit, StopIteration, TypeError, pyErr, isExcOf,
} from '../objects/exceptions.js';
import { PyGenerator, GenResume, ResumeMode, generatorType } from '../objects/generator.js';
import { methodTable } from '../objects/native.js';
import { defineGetSet } from '../objects/descriptors.js';
import { PyTuple } from '../objects/tuple.js';
import { addressOf } from '../objects/object-methods.js';
import { call } from '../objects/call.js';
import * as ops from '../objects/ops.js';
import { Op } from '../compile/opcodes.js';

const genOf = (o: PyValue): PyGenerator => {
  if (!(o instanceof PyGenerator)) {
    throw pyErr(TypeError, `descriptor requires a 'generator' object but received '${typeOf(o).name}'`);
  }
  return o;
};

function* resume(gen: PyGenerator, mode: ResumeMode, value: PyValue, closing = false): NativeGen {
  return yield { op: 'call', fn: new GenResume(gen, mode, value, closing), args: [], kwargs: null };
}

/** The sub-iterator of a generator suspended inside `yield from`, or undefined (CPython: _PyGen_yf). */
export function yieldFromTarget(gen: PyGenerator): PyValue | undefined {
  if (!gen.started || gen.finished || gen.running) return undefined;
  const f = gen.frame;
  const i = f.pc - 1;
  const ins = gen.code.instructions;
  if (i < 0 || ins[i << 1] !== Op.YIELD_VALUE || ins[(i << 1) + 1] !== 1) return undefined;
  return gen.saved[gen.saved.length - 1] as PyValue;
}

/** After the delegate of a `yield from` finished: pop it and continue after the SEND loop. */
function leaveYieldFrom(gen: PyGenerator): void {
  const f = gen.frame;
  const send = f.pc - 2;
  const ins = gen.code.instructions;
  gen.saved.length--;
  f.pc = ins[(send << 1) + 1];
}

function stopValue(e: PyBaseException): PyValue {
  const v = e.fields?.get('value');
  if (v !== undefined) return v;
  return e.args.length ? e.args[0] : None;
}

/** CPython: gen_throw's argument normalisation. */
function* makeThrown(typ: PyValue, val: PyValue, tb: PyValue): NativeGen {
  if (tb !== None && typeOf(tb).name !== 'traceback') {
    throw pyErr(TypeError, 'throw() third argument must be a traceback object');
  }
  if (typ instanceof PyType && typ.isSubtypeOf(BaseException)) {
    if (val instanceof PyBaseException && typeOf(val).isSubtypeOf(typ)) return val;
    const args = val === None ? [] : val instanceof PyTuple ? val.items : [val];
    const e = yield* settle(call(typ, args, null));
    if (!(e instanceof PyBaseException)) {
      throw pyErr(TypeError, `calling ${typ.name} should have returned an instance of BaseException, not ${typeOf(e).name}`);
    }
    return e;
  }
  if (typ instanceof PyBaseException) {
    if (val !== None) throw pyErr(TypeError, 'instance exception may not have a separate value');
    return typ;
  }
  throw pyErr(
    TypeError,
    `exceptions must be classes or instances deriving from BaseException, not ${typeOf(typ).name}`,
  );
}

function* closeIter(r: PyValue): NativeGen {
  if (r instanceof PyGenerator) return yield* genClose(r);
  const m = yield* settle((ops.getAttrOpt(r, 'close') ?? None) as PyValue);
  if (m !== None && m !== undefined) yield* settle(call(m, [], null));
  return None;
}

/** gen.throw(exc), with `yield from` delegation. */
export function* genThrow(gen: PyGenerator, exc: PyBaseException): NativeGen {
  const r = yieldFromTarget(gen);
  if (r === undefined) return yield* resume(gen, ResumeMode.Throw, exc);
  if (isExcOf(exc, GeneratorExit)) {
    gen.running = true;
    let err: unknown = null;
    try {
      yield* closeIter(r);
    } catch (e) {
      err = e;
    } finally {
      gen.running = false;
    }
    return yield* resume(gen, ResumeMode.Throw, (err ?? exc) as PyBaseException);
  }
  let ret: PyValue;
  gen.running = true;
  try {
    if (r instanceof PyGenerator) {
      ret = yield* genThrow(r, exc);
    } else {
      const m = (yield* settle((ops.getAttrOpt(r, 'throw') ?? None) as PyValue)) as PyValue | undefined;
      if (m === None || m === undefined) {
        gen.running = false;
        return yield* resume(gen, ResumeMode.Throw, exc);
      }
      ret = yield* settle(call(m, [exc], null));
    }
  } catch (e) {
    gen.running = false;
    leaveYieldFrom(gen);
    if (isExcOf(e, StopIteration)) return yield* resume(gen, ResumeMode.Send, stopValue(e));
    return yield* resume(gen, ResumeMode.Throw, e as PyBaseException);
  }
  gen.running = false;
  return ret;
}

/** gen.close() (CPython 3.11: returns None). */
export function* genClose(gen: PyGenerator): NativeGen {
  if (gen.finished) return None;
  if (!gen.started) {
    gen.finished = true;
    gen.saved = [];
    return None;
  }
  let err: PyBaseException = pyErr(GeneratorExit);
  const r = yieldFromTarget(gen);
  if (r !== undefined) {
    gen.running = true;
    try {
      yield* closeIter(r);
    } catch (e) {
      err = e as PyBaseException;
    } finally {
      gen.running = false;
    }
  }
  try {
    yield* resume(gen, ResumeMode.Throw, err, true);
  } catch (e) {
    if (isExcOf(e, GeneratorExit) || isExcOf(e, StopIteration)) return None;
    throw e;
  }
  return None;
}

generatorType.define(methodTable('generator', {
  __iter__: (a) => genOf(a[0]),
  __next__: (a) => resume(genOf(a[0]), ResumeMode.Send, None),
  send: (a) => {
    const g = genOf(a[0]);
    if (a.length !== 2) throw pyErr(TypeError, `generator.send() takes exactly one argument (${a.length - 1} given)`);
    return resume(g, ResumeMode.Send, a[1]);
  },
  throw: (a) => {
    const g = genOf(a[0]);
    if (a.length < 2 || a.length > 4) {
      throw pyErr(TypeError, `throw expected at least 1 argument, got ${a.length - 1}`);
    }
    return (function* (): NativeGen {
      const e = (yield* makeThrown(a[1], a.length > 2 ? a[2] : None, a.length > 3 ? a[3] : None)) as PyBaseException;
      return yield* genThrow(g, e);
    })();
  },
  close: (a) => genClose(genOf(a[0])),
  __repr__: (a) => {
    const g = genOf(a[0]);
    return `<generator object ${g.qualname} at ${addressOf(g)}>`;
  },
}));

defineGetSet(generatorType, '__name__', (o) => genOf(o).name, (o, v) => {
  if (typeof v !== 'string') throw pyErr(TypeError, '__name__ must be set to a string object');
  genOf(o).name = v;
});
defineGetSet(generatorType, '__qualname__', (o) => genOf(o).qualname, (o, v) => {
  if (typeof v !== 'string') throw pyErr(TypeError, '__qualname__ must be set to a string object');
  genOf(o).qualname = v;
});
defineGetSet(generatorType, 'gi_running', (o) => genOf(o).running);
defineGetSet(generatorType, 'gi_code', (o) => genOf(o).code);
defineGetSet(generatorType, 'gi_suspended', (o) => {
  const g = genOf(o);
  return g.started && !g.finished && !g.running;
});
defineGetSet(generatorType, 'gi_yieldfrom', (o) => yieldFromTarget(genOf(o)) ?? None);

// THE eval loop (CPython: _PyEval_EvalFrameDefault) and runSlice, the scheduler's entry point.
//
// Shape (notes/vm-speed.md): one `switch` over the opcode; the hot state (pc, sp, base, the code's
// instruction array and constants, the thread's value stack) lives in JS locals of `execute`; a frame's
// fast locals sit in the thread's one value stack at `base`, its evaluation stack above them. A
// Python->Python call pushes a Frame and reloads the locals (`continue reload`): no JS recursion.
// Slow paths live in named helpers (calls.ts, names.ts, build-ops.ts, unwind.ts, generators.ts).
//
// Any instruction may throw a Python exception from a helper; the catch around the loop saves pc/sp and
// hands it to unwind (exception table, traceback entry, frames). When an ops.* call returns a NativeGen,
// the instruction pushes a native frame whose Ret says how its value lands on this frame's stack, and
// execute returns to runSlice, which drives it (native-driver.ts).
//
// Eval-breaker points (GIL switch, asyncInterrupt): JUMP_BACKWARD (costs the loop's length in budget
// ticks) and CALL / CALL_KW / CALL_FUNCTION_EX (cost 1), checked before the call so the instruction is
// simply re-executed when the thread resumes. vmSettings.switchAtAnyInstruction checks before every
// instruction instead (the pre-3.10 behaviour where `x += 1` can be torn).
//
// Do not: allocate per instruction on the fast paths, or call a function that runs Python code
// synchronously (there is none: Python code only runs in this loop).

// The function/method/generator types' Python methods must be installed whenever the VM is loaded,
// whichever module (vm/index.ts or the runtime's bridge) imports the loop first.
import './function-attrs.js';
import './generator-methods.js';
import { PyObject, isPending, type NativeGen, type PyValue } from '../objects/object.js';
import { None, typeOf, floatType as floatTypeRef, typeType as typeTypeRef } from '../objects/builtin-types.js';
import { PyBaseException, pyErr, AssertionError, RuntimeError, NameError } from '../objects/exceptions.js';
import { PyFunction, PyMethod, PyCell } from '../objects/function.js';
import { PyNativeFunction } from '../objects/native.js';
import { PyFloat } from '../objects/float.js';
import { PyTuple, pyTuple, tupleType as tupleTypeRef } from '../objects/tuple.js';
import { floatPow } from '../objects/float-methods.js';
import { strLt } from '../objects/str.js';
import { PyList, listType as listTypeRef } from '../objects/list.js';
import { PyDict, dictType as dictTypeRef } from '../objects/dict.js';
import { PySlice } from '../objects/slice.js';
import { PyGenerator, ResumeMode } from '../objects/generator.js';
import { PyIterator } from '../objects/iterators.js';
import { objectGetattribute } from '../objects/attr.js';
import * as ops from '../objects/ops.js';
import { BinOp, CmpOp, UnaryOp } from '../objects/ops.js';
import { Op } from '../compile/opcodes.js';
import { CodeFlags, type CodeObject } from '../compile/code.js';
import { Frame, Ret } from './frame.js';
import { In, type PyThread, type SliceStatus, ensureStack, renewStack, setCurrentThread, vmSettings } from './thread.js';
import { callAny, callPython, pushNative, PUSHED, recursionError, initFrameCells, builtinsFor } from './calls.js';
import { deliver, unwind, toPyExc, chainContext, raiseNew } from './unwind.js';
import { resumeGen, genYield, genReturn } from './generators.js';
import { driveNative, Drive } from './native-driver.js';
import { callNativeAt } from './native-call.js';
import { loadGlobal, loadName, storeName, deleteName, nameError, unboundLocal, unboundDeref } from './names.js';
import * as B from './build-ops.js';
import { AttrCache, AttrKind, noteAttr, methodFor, storeAttrFast, initFor } from './attr-cache.js';
import * as ht from '../objects/hashtable.js';
import { PyType } from '../objects/type.js';
import { checkExceptStarType } from '../objects/exception-group.js';
import { matchClass, matchKeys, matchMapping, matchSequence } from './match-ops.js';
import type { PyProperty } from '../objects/descriptors.js';

const enum Exit {
  /** The top frame is native, or the thread finished: runSlice decides. */
  Next,
  Preempted,
}

/** Hooks the runtime provides (sys.displayhook for PRINT_EXPR, sys.modules for IMPORT_FROM). */
export const vmHooks: {
  displayhook: ((v: PyValue) => import('../objects/object.js').NativeResult) | null;
  sysModules: (() => PyDict | null) | null;
} = { displayhook: null, sysModules: null };

/**
 * Run thread t until `budget` ticks are used ('preempted'), it blocks ('blocked', t.blockedOn set) or
 * it finishes ('finished': t.result or t.error set). See thread.ts for the contract.
 */
export function runSlice(t: PyThread, budget: number): SliceStatus {
  if (t.finished) return 'finished';
  setCurrentThread(t);
  t.budget = t.asyncExc !== null ? 0 : budget;
  renewStack(t);
  try {
    if (t.startCall !== null) startThread(t);
    for (;;) {
      const f = t.frame;
      if (f === null) {
        if (!t.finished) {
          t.finished = true;
          if (t.result === undefined && t.error === null) t.result = None;
        }
        return 'finished';
      }
      if (f.native !== null) {
        if (driveNative(t) === Drive.Blocked) return 'blocked';
        continue;
      }
      if (execute(t) === Exit.Preempted) return 'preempted';
    }
  } finally {
    setCurrentThread(null);
  }
}

function startThread(t: PyThread): void {
  const { fn, args, kwargs } = t.startCall!;
  t.startCall = null;
  try {
    const r = callAny(t, fn, args, kwargs, 0, Ret.Push, undefined);
    if (r !== PUSHED) {
      t.result = r;
      t.finished = true;
    }
  } catch (e) {
    const exc = toPyExc(e);
    t.error = exc;
    t.finished = true;
  }
}


// Recycled frames (linked through `back`): a frame that returned normally through RETURN_VALUE's fast
// path and was never captured (Frame.captured: a frame object or traceback entry refers to it) is reused
// by the next inline CALL. Measured: fib(32) 0.72 s -> 0.65 s CPU (a Frame per call was the only
// allocation). Shared by all threads: a frame on this list belongs to none.
let freeFrames: Frame | null = null;
let nFreeFrames = 0;
const MAX_FREE_FRAMES = 256;

/**
 * While a run warms up (its first WARMUP_TICKS ticks), execute runs a slice in chunks of at most CHUNK
 * ticks, returning to runSlice (which calls it again at once: no switch, no event) between them. Why:
 * V8 marks execute for optimization while it runs, but the optimized code is only used from its next
 * call on; a call that keeps running its loop meanwhile also asks for an on-stack-replacement (OSR)
 * compile, a second full TurboFan compile of this large function. Re-entering often lets the regular
 * compile start first and be used as soon as it is ready (measured on a loaded machine: uncontended
 * lock pairs/s +15-25% median, since that benchmark times its first iterations too; OSR compiles of
 * execute in 6 runs of methods.py 6 -> 0; fib and dicts CPU -6% and -12%). After the warm-up a re-entry
 * every CHUNK ticks would only cost time (~2% on a tight loop), so slices run whole. The budget is
 * carried exactly (`rest`), so switches happen where they did (the test suite passes with CHUNK = 7
 * and no warm-up limit).
 */
const CHUNK = 300;
const WARMUP_TICKS = 4_000_000;
/** Ticks run in chunks so far (all threads, the whole process: V8's tiering is per JS function). */
let chunkedTicks = 0;

/** Run Python frames on t until the top frame is native / none, or the budget is used. */
function execute(t: PyThread): Exit {
  const anyInstr = vmSettings.switchAtAnyInstruction;
  let budget = t.budget;
  // The part of the slice's budget beyond this chunk (see CHUNK).
  let rest = 0;
  if (budget > CHUNK && chunkedTicks < WARMUP_TICKS) {
    rest = budget - CHUNK;
    budget = CHUNK;
    chunkedTicks += CHUNK;
  }
  let stack = t.stack;
  let frame: Frame = t.frame!;
  let code: CodeObject = frame.code!;
  // Superinstructions (quicken.ts) unless any instruction may be a switch point.
  let instrs = anyInstr ? code.instructions : code.quick;
  let consts = code.consts;
  let names = code.names;
  let base = frame.base;
  let sp = frame.sp;
  let pc = frame.pc;

  reload: for (;;) {
    // (Re)load the hot state from t.frame.
    {
      const f = t.frame;
      if (f === null || f.native !== null) {
        t.budget = budget + rest;
        return Exit.Next;
      }
      frame = f;
      code = f.code!;
      instrs = anyInstr ? code.instructions : code.quick;
      consts = code.consts;
      names = code.names;
      base = f.base;
      sp = f.sp;
      pc = f.pc;
      stack = t.stack;
    }
    try {
      for (;;) {
        // `< 0`, not `<= 0`: the tick that empties the budget still runs its instruction, so every
        // slice (budget >= 1) executes at least one instruction (a switch interval of 1 progresses).
        if (anyInstr && --budget < 0) {
          if (rest + budget + 1 > 0) {
            // End of a chunk, not of the slice: re-entered at this instruction, the tick given back.
            frame.pc = pc;
            frame.sp = sp;
            t.budget = rest + budget + 1;
            return Exit.Next;
          }
          rest = 0; // the slice's whole budget is used
          if (t.asyncExc === null) {
            frame.pc = pc;
            frame.sp = sp;
            t.budget = 0;
            return Exit.Preempted;
          }
          budget = 0;
          // fall through to the instruction: the async exception is raised at the next breaker
        }
        const op = instrs[pc << 1];
        const arg = instrs[(pc << 1) + 1];
        pc++;
        switch (op) {
          // ---- stack manipulation ----
          case Op.NOP:
            break;
          case Op.POP_TOP:
            sp--;
            break;
          case Op.PUSH_NULL:
            stack[sp++] = undefined;
            break;
          case Op.COPY:
            stack[sp] = stack[sp - arg];
            sp++;
            break;
          case Op.SWAP: {
            const tmp = stack[sp - 1];
            stack[sp - 1] = stack[sp - arg];
            stack[sp - arg] = tmp;
            break;
          }

          // ---- constants and variables ----
          case Op.LOAD_CONST:
            stack[sp++] = consts[arg];
            break;
          case Op.LOAD_FAST: {
            const v = stack[base + arg];
            if (v === undefined) throw unboundLocal(code.varnames[arg]);
            stack[sp++] = v;
            break;
          }
          case Op.STORE_FAST:
            stack[base + arg] = stack[--sp];
            break;
          case Op.LOAD_DEREF: {
            const v = (stack[base + arg] as PyCell).value;
            if (v === undefined) throw unboundDeref(code, arg);
            stack[sp++] = v;
            break;
          }
          case Op.STORE_DEREF:
            (stack[base + arg] as PyCell).value = stack[--sp];
            break;
          case Op.LOAD_NAME:
          case Op.LOAD_NAME__LOAD_METHOD: {
            // Slot cache: code.cache[pc-1] is the locals dict slot where the name was last found; the
            // slot is still its live entry exactly when the dict's key there is the same string.
            const loc = frame.locals;
            if (loc instanceof PyDict && loc.type === dictTypeRef && code.cache !== null) {
              const c = code.cache[pc - 1];
              if (typeof c === 'number' && loc.keys[c] === names[arg]) {
                const v = loc.vals[c] as PyValue;
                if (op === Op.LOAD_NAME__LOAD_METHOD) {
                  // The LOAD_METHOD half (its cache entry is at pc): on a miss the plain one runs next.
                  const m = methodFor(code, pc, v, names[instrs[(pc << 1) + 1]]);
                  if (m !== undefined) {
                    stack[sp++] = m;
                    stack[sp++] = v;
                    pc++;
                    break;
                  }
                }
                stack[sp++] = v;
                break;
              }
            }
            const r = loadName(frame, names[arg]);
            noteNameSlot(code, pc - 1, loc, names[arg]);
            if (isPending(r)) {
              frame.pc = pc;
              frame.sp = sp;
              pushNative(t, r, sp, Ret.Push, undefined);
              continue reload;
            }
            stack[sp++] = r;
            break;
          }
          case Op.STORE_NAME: {
            const loc = frame.locals;
            if (loc instanceof PyDict && loc.type === dictTypeRef && code.cache !== null) {
              const c = code.cache[pc - 1];
              if (typeof c === 'number' && loc.keys[c] === names[arg]) {
                // What setStr does for an existing key.
                loc.vals[c] = stack[--sp] as PyValue;
                loc.version++;
                break;
              }
            }
            const r = storeName(frame, names[arg], stack[--sp] as PyValue);
            noteNameSlot(code, pc - 1, loc, names[arg]);
            if (isPending(r)) {
              frame.pc = pc;
              frame.sp = sp;
              pushNative(t, r, sp, Ret.Discard, undefined);
              continue reload;
            }
            break;
          }
          case Op.LOAD_GLOBAL: {
            stack[sp++] = loadGlobal(code, pc - 1, frame.globals, frame.builtins, names[arg >> 1]);
            if (arg & 1) stack[sp++] = undefined;
            break;
          }
          // ---- attributes and items ----
          case Op.LOAD_ATTR: {
            const o = stack[sp - 1] as PyValue;
            if (typeof o === 'object' && code.cache !== null) {
              const c = code.cache[pc - 1];
              if (c instanceof AttrCache && c.type === o.type && c.version === o.type.version) {
                if (c.kind === AttrKind.InstanceDict) {
                  if (o.dict !== null) {
                    const v = instanceDictGet(c, o.dict, names[arg]);
                    if (v !== undefined) {
                      stack[sp - 1] = v;
                      break;
                    }
                  }
                } else {
                  // A property with a Python getter: run fget(o) as an inline call, o as its argument.
                  const g = (c.method as PyProperty).fget;
                  if (g instanceof PyFunction && (g.code as CodeObject).fastArgc === 1) {
                    frame.pc = pc;
                    frame.sp = sp - 1;
                    const co = g.code as CodeObject;
                    frame = pushPyFrame(t, g, co, sp - 1, 1, frame);
                    code = co;
                    instrs = anyInstr ? co.instructions : co.quick;
                    consts = co.consts;
                    names = co.names;
                    base = sp - 1;
                    sp = base + co.nlocalsplus;
                    pc = 0;
                    break;
                  }
                }
              }
            }
            frame.pc = pc; // a getter may read this frame's line (frame.f_lineno)
            const r = ops.getAttr(o, names[arg]);
            if (typeof o === 'object') noteAttr(code, pc - 1, o, names[arg]);
            if (isPending(r)) {
              sp--;
              frame.pc = pc;
              frame.sp = sp;
              pushNative(t, r, sp, Ret.Push, undefined);
              continue reload;
            }
            stack[sp - 1] = r;
            break;
          }
          case Op.LOAD_METHOD: {
            const o = stack[sp - 1] as PyValue;
            const name = names[arg];
            const m = methodFor(code, pc - 1, o, name);
            if (m !== undefined) {
              stack[sp - 1] = m;
              stack[sp++] = o;
              break;
            }
            const r = ops.getAttr(o, name);
            if (isPending(r)) {
              sp--;
              frame.pc = pc;
              frame.sp = sp;
              pushNative(t, withNull(r), sp, Ret.Multi, undefined);
              continue reload;
            }
            stack[sp - 1] = r;
            stack[sp++] = undefined;
            break;
          }
          case Op.STORE_ATTR: {
            const o = stack[--sp] as PyValue;
            const v = stack[--sp] as PyValue;
            if (storeAttrFast(code, pc - 1, o, names[arg], v)) break;
            const r = ops.setAttr(o, names[arg], v);
            if (isPending(r)) {
              frame.pc = pc;
              frame.sp = sp;
              pushNative(t, r, sp, Ret.Discard, undefined);
              continue reload;
            }
            break;
          }
          case Op.BINARY_SUBSCR: {
            const k = stack[--sp] as PyValue;
            const c = stack[sp - 1] as PyValue;
            if (typeof k === 'number' && c instanceof PyList && c.type === listTypeRef) {
              const items = c.items;
              let i = k as number;
              if (i < 0) i += items.length;
              if (i >= 0 && i < items.length) {
                stack[sp - 1] = items[i];
                break;
              }
            } else if ((typeof k === 'number' || typeof k === 'string') && c instanceof PyDict && c.type === dictTypeRef) {
              // An exact dict with an int/str key: a fast key (hashtable.ts keyOf), found without Python code.
              const i = ht.findNumOrStr(c, k);
              if (i >= 0) {
                stack[sp - 1] = c.vals[i] as PyValue;
                break;
              }
            }
            const r = ops.getItem(c, k);
            if (isPending(r)) {
              sp--;
              frame.pc = pc;
              frame.sp = sp;
              pushNative(t, r, sp, Ret.Push, undefined);
              continue reload;
            }
            stack[sp - 1] = r;
            break;
          }
          case Op.STORE_SUBSCR: {
            const k = stack[--sp] as PyValue;
            const c = stack[--sp] as PyValue;
            const v = stack[--sp] as PyValue;
            if (typeof k === 'number' && c instanceof PyList && c.type === listTypeRef) {
              const items = c.items;
              let i = k as number;
              if (i < 0) i += items.length;
              if (i >= 0 && i < items.length) {
                items[i] = v;
                break;
              }
            } else if ((typeof k === 'number' || typeof k === 'string') && c instanceof PyDict && c.type === dictTypeRef) {
              ht.setItem(c, k, v); // synchronous for int/str keys
              break;
            }
            const r = ops.setItem(c, k, v);
            if (isPending(r)) {
              frame.pc = pc;
              frame.sp = sp;
              pushNative(t, r, sp, Ret.Discard, undefined);
              continue reload;
            }
            break;
          }
          // ---- operators ----
          case Op.UNARY_NOT: {
            const v = stack[sp - 1] as PyValue;
            if (typeof v === 'boolean') {
              stack[sp - 1] = !v;
              break;
            }
            const r = ops.isTrue(v);
            if (typeof r === 'boolean') {
              stack[sp - 1] = !r;
              break;
            }
            sp--;
            frame.pc = pc;
            frame.sp = sp;
            pushNative(t, r as NativeGen, sp, Ret.Not, undefined);
            continue reload;
          }
          case Op.BINARY_OP: {
            const b = stack[--sp] as PyValue;
            const a = stack[sp - 1] as PyValue;
            if (typeof a === 'number' && typeof b === 'number') {
              const r = intBin(a as number, b as number, arg);
              if (r !== undefined) {
                stack[sp - 1] = r;
                continue;
              }
            } else {
              // float op float, float op int, int op float (a safe int converts to a double exactly).
              const f = floatResult(a, b, arg);
              if (f !== undefined) {
                stack[sp - 1] = new PyFloat(f);
                continue;
              }
              if (typeof a === 'string' && typeof b === 'string' && (arg === BinOp.Add || arg === BinOp.InplaceAdd)) {
                stack[sp - 1] = a + b;
                continue;
              }
            }
            const r = ops.binaryOp(a, b, arg as BinOp);
            if (isPending(r)) {
              sp--;
              frame.pc = pc;
              frame.sp = sp;
              pushNative(t, r, sp, Ret.Push, undefined);
              continue reload;
            }
            stack[sp - 1] = r;
            break;
          }
          case Op.COMPARE_OP: {
            const b = stack[--sp] as PyValue;
            const a = stack[sp - 1] as PyValue;
            // Exact int, str and float operands without the generic path (helpers keep execute small:
            // its TurboFan compile time grows with its size).
            if (typeof a === 'number' && typeof b === 'number') {
              stack[sp - 1] = cmpDouble(a, b, arg);
              continue;
            }
            if (typeof a === 'string' && typeof b === 'string') {
              stack[sp - 1] = cmpStr(a, b, arg);
              continue;
            }
            if (a instanceof PyFloat && b instanceof PyFloat && a.type === floatTypeRef && b.type === floatTypeRef) {
              stack[sp - 1] = cmpDouble(a.value, b.value, arg);
              continue;
            }
            const r = ops.richCompare(a, b, arg as CmpOp);
            if (isPending(r)) {
              sp--;
              frame.pc = pc;
              frame.sp = sp;
              pushNative(t, r, sp, Ret.Push, undefined);
              continue reload;
            }
            stack[sp - 1] = r;
            break;
          }
          case Op.IS_OP: {
            const b = stack[--sp];
            const a = stack[sp - 1];
            stack[sp - 1] = (a === b) !== (arg === 1);
            break;
          }
          case Op.CONTAINS_OP: {
            const b = stack[--sp] as PyValue;
            const a = stack[sp - 1] as PyValue;
            const r = ops.contains(b, a);
            if (typeof r === 'boolean') {
              stack[sp - 1] = r !== (arg === 1);
              break;
            }
            sp--;
            frame.pc = pc;
            frame.sp = sp;
            pushNative(t, r as NativeGen, sp, arg === 1 ? Ret.Not : Ret.Push, undefined);
            continue reload;
          }

          // ---- jumps ----
          case Op.JUMP_FORWARD:
          case Op.JUMP_BACKWARD_NO_INTERRUPT:
            pc = arg;
            break;
          case Op.JUMP_BACKWARD:
            budget -= pc - arg;
            if (budget <= 0) {
              if (budget + rest > 0) {
                // End of a chunk, not of the slice: re-entered after the jump.
                frame.pc = arg;
                frame.sp = sp;
                t.budget = budget + rest;
                return Exit.Next;
              }
              rest = 0; // the slice's whole budget is used
              if (t.asyncExc !== null) {
                // Raised "at" this JUMP_BACKWARD (pc still after it), so the loop's handlers apply.
                const e = t.asyncExc;
                t.asyncExc = null;
                budget = 1;
                throw e;
              }
              frame.pc = arg;
              frame.sp = sp;
              t.budget = 0;
              return Exit.Preempted;
            }
            pc = arg;
            break;
          case Op.POP_JUMP_IF_FALSE:
          case Op.POP_JUMP_IF_TRUE: {
            const v = stack[--sp] as PyValue;
            let b: boolean;
            if (typeof v === 'boolean') b = v;
            else if (typeof v === 'number') b = v !== 0;
            else if (v === None) b = false;
            else {
              const r = ops.isTrue(v);
              if (typeof r !== 'boolean') {
                frame.pc = pc;
                frame.sp = sp;
                pushNative(t, r as NativeGen, sp, op === Op.POP_JUMP_IF_FALSE ? Ret.JumpIfFalse : Ret.JumpIfTrue, arg);
                continue reload;
              }
              b = r;
            }
            if (b === (op === Op.POP_JUMP_IF_TRUE)) pc = arg;
            break;
          }
          case Op.POP_JUMP_IF_NONE:
            if (stack[--sp] === None) pc = arg;
            break;
          case Op.POP_JUMP_IF_NOT_NONE:
            if (stack[--sp] !== None) pc = arg;
            break;
          case Op.JUMP_IF_FALSE_OR_POP:
          case Op.JUMP_IF_TRUE_OR_POP: {
            const v = stack[sp - 1] as PyValue;
            let b: boolean;
            if (typeof v === 'boolean') b = v;
            else {
              const r = ops.isTrue(v);
              if (typeof r !== 'boolean') {
                frame.pc = pc;
                frame.sp = sp;
                pushNative(
                  t,
                  r as NativeGen,
                  sp,
                  op === Op.JUMP_IF_FALSE_OR_POP ? Ret.JumpIfFalseOrPop : Ret.JumpIfTrueOrPop,
                  arg,
                );
                continue reload;
              }
              b = r;
            }
            if (b === (op === Op.JUMP_IF_TRUE_OR_POP)) pc = arg;
            else sp--;
            break;
          }

          // ---- iteration ----
          case Op.FOR_ITER: {
            const it = stack[sp - 1] as PyValue;
            if (it instanceof PyIterator) {
              const r = it.next();
              if (r === undefined) {
                sp--;
                pc = arg;
                break;
              }
              if (!isPending(r)) {
                stack[sp++] = r;
                break;
              }
              frame.pc = pc;
              frame.sp = sp;
              pushNative(t, r, sp, Ret.ForIter, arg);
              continue reload;
            }
            if (it instanceof PyGenerator) {
              frame.pc = pc;
              frame.sp = sp;
              const r = resumeGen(t, it, ResumeMode.Send, None, sp, Ret.GenFor, arg);
              if (r === PUSHED) continue reload;
              sp--;
              pc = arg;
              break;
            }
            const r = ops.iterNext(it);
            if (r === undefined) {
              sp--;
              pc = arg;
              break;
            }
            if (!isPending(r)) {
              stack[sp++] = r;
              break;
            }
            frame.pc = pc;
            frame.sp = sp;
            pushNative(t, r, sp, Ret.ForIter, arg);
            continue reload;
          }
          // ---- functions, generators, returns ----
          case Op.RETURN_VALUE: {
            const v = stack[--sp] as PyValue;
            frame.pc = pc;
            frame.sp = sp;
            if (frame.gen !== null) {
              genReturn(t, frame, v);
              continue reload;
            }
            const below = frame.back;
            t.frame = below;
            frame.back = null;
            t.depth--;
            if ((frame.ret === Ret.Push || (frame.ret === Ret.Init && v === None)) && below !== null && below.native === null) {
              // Fast return into a Python caller (an __init__ frame from a class call gives the instance).
              const rv = frame.ret === Ret.Push ? v : (frame.retArg as PyValue);
              if (!frame.captured && nFreeFrames < MAX_FREE_FRAMES) {
                // Nothing else refers to it (no frame object, no traceback entry): recycle it.
                frame.ret = Ret.Push;
                frame.retArg = undefined;
                frame.back = freeFrames;
                freeFrames = frame;
                nFreeFrames++;
              }
              frame = below;
              code = below.code!;
              instrs = anyInstr ? code.instructions : code.quick;
              consts = code.consts;
              names = code.names;
              base = below.base;
              sp = below.sp;
              pc = below.pc;
              stack[sp++] = rv;
              break;
            }
            deliver(t, frame, v);
            continue reload;
          }
          case Op.YIELD_VALUE: {
            const v = stack[--sp] as PyValue;
            frame.pc = pc;
            frame.sp = sp;
            genYield(t, frame, v);
            continue reload;
          }
          case Op.CALL:
          case Op.CALL__POP_TOP:
          case Op.CALL_KW:
          case Op.CALL_FUNCTION_EX: {
            // Preempted *before* the call (it is re-executed on resume), so the call that empties the
            // budget runs and the next one switches: a resumed slice always makes progress. In
            // switch-any-instruction mode the check before each instruction preempts instead.
            if (--budget < 0 && (t.asyncExc !== null || !anyInstr)) {
              frame.pc = pc - 1;
              frame.sp = sp;
              if (rest + budget + 1 > 0) {
                // End of a chunk: the call is re-executed on re-entry, its tick given back.
                t.budget = rest + budget + 1;
                return Exit.Next;
              }
              rest = 0;
              if (t.asyncExc !== null) {
                const e = t.asyncExc;
                t.asyncExc = null;
                budget = 1;
                frame.pc = pc;
                throw e;
              }
              t.budget = 0;
              return Exit.Preempted;
            }
            if (op === Op.CALL_FUNCTION_EX) {
              // f(*args, **kw): this eval-breaker check, then the call in coldOp.
              const r = coldOp(t, frame, op, arg, pc, sp);
              if (r < 0) continue reload;
              sp = r;
              break;
            }
            // `instanceof` tests, not `.type` loads: this one site sees every kind of callable, and a
            // megamorphic property load costs more than a prototype check (function/method types
            // cannot be subclassed, so the JS class decides).
            let kwnames: PyTuple | null = null;
            let n = arg;
            if (op === Op.CALL_KW) kwnames = stack[--sp] as PyTuple;
            const fIdx = sp - n - 2;
            let callable = stack[fIdx] as PyValue;
            let argStart = fIdx + 2;
            let initInst: PyValue | undefined;
            if (stack[fIdx + 1] !== undefined) {
              argStart = fIdx + 1;
              n++;
              if (kwnames === null && callable instanceof PyNativeFunction) {
                // obj.method(...) on a native method (LOAD_METHOD left it unbound, self in the slot).
                frame.pc = pc;
                frame.sp = fIdx;
                const r = callNativeAt(t, stack, callable, callable.self, fIdx, argStart, n);
                if (r === PUSHED) continue reload;
                sp = fIdx;
                if (op === Op.CALL__POP_TOP) pc++; // the POP_TOP half: drop the result
                else stack[sp++] = r;
                break;
              }
            } else if (callable instanceof PyFunction) {
              // f(args): the common case, nothing to rewrite
            } else if (callable instanceof PyMethod) {
              stack[fIdx + 1] = callable.self;
              callable = callable.fn;
              stack[fIdx] = callable;
              argStart = fIdx + 1;
              n++;
            } else if (kwnames === null && callable instanceof PyType && callable.type === typeTypeRef) {
              // cls(args) with object.__new__ and a Python __init__: allocate, then run __init__ inline
              // with the instance in the NULL slot as `self`; its frame returns the instance (Ret.Init).
              const init = initFor(code, pc - 1, callable);
              if (init !== undefined && (init.code as CodeObject).fastArgc === n + 1) {
                initInst = callable.alloc(callable);
                stack[fIdx + 1] = initInst;
                argStart = fIdx + 1;
                n++;
                callable = init;
              }
            }
            if (kwnames === null && callable instanceof PyFunction) {
              const co = callable.code as CodeObject;
              if (co.fastArgc === n) {
                // Inline Python call: the arguments are already in place as the callee's first locals.
                frame.pc = pc;
                frame.sp = fIdx;
                const nf = pushPyFrame(t, callable, co, argStart, n, frame);
                if (initInst !== undefined) {
                  nf.ret = Ret.Init;
                  nf.retArg = initInst;
                }
                frame = nf;
                code = co;
                instrs = anyInstr ? co.instructions : co.quick;
                consts = co.consts;
                names = co.names;
                base = argStart;
                sp = argStart + co.nlocalsplus;
                pc = 0;
                break;
              }
            }
            frame.pc = pc;
            frame.sp = fIdx;
            const r = callGeneral(t, stack, callable, fIdx, argStart, n, kwnames);
            if (r === PUSHED) continue reload;
            sp = fIdx;
            if (op === Op.CALL__POP_TOP) pc++;
            else stack[sp++] = r;
            break;
          }
          // ---- building values ----
          case Op.BUILD_TUPLE: {
            const items = stack.slice(sp - arg, sp) as PyValue[];
            sp -= arg;
            stack[sp++] = pyTuple(items);
            break;
          }
          case Op.BUILD_LIST: {
            const items = stack.slice(sp - arg, sp) as PyValue[];
            sp -= arg;
            stack[sp++] = new PyList(items);
            break;
          }
          case Op.LIST_APPEND: {
            const v = stack[--sp] as PyValue;
            (stack[sp - arg] as PyList).items.push(v);
            break;
          }
          case Op.UNPACK_SEQUENCE: {
            const seq = stack[--sp] as PyValue;
            if ((seq instanceof PyTuple && seq.type === tupleTypeRef) || (seq instanceof PyList && seq.type === listTypeRef)) {
              // CPython: the exact tuple/list case, no iterator.
              const items = seq.items;
              if (items.length === arg) {
                for (let i = arg - 1; i >= 0; i--) stack[sp++] = items[i];
                break;
              }
            }
            const r = B.unpackItems(seq, arg);
            if (B.isGen(r)) {
              frame.pc = pc;
              frame.sp = sp;
              pushNative(t, reversedGen(r), sp, Ret.Multi, undefined);
              continue reload;
            }
            for (let i = arg - 1; i >= 0; i--) stack[sp++] = r[i];
            break;
          }
          // ---- superinstructions (opcodes.ts; only in code.quick): pc is at the pair's second
          // instruction; taking its argument and `pc++` completes the pair, stopping without them
          // leaves the plain second instruction to run next ----
          case Op.LOAD_FAST__LOAD_FAST: {
            let v = stack[base + arg];
            if (v === undefined) throw unboundLocal(code.varnames[arg]);
            stack[sp++] = v;
            const a2 = instrs[(pc << 1) + 1];
            pc++;
            v = stack[base + a2];
            if (v === undefined) throw unboundLocal(code.varnames[a2]);
            stack[sp++] = v;
            break;
          }
          case Op.LOAD_FAST__LOAD_CONST: {
            const v = stack[base + arg];
            if (v === undefined) throw unboundLocal(code.varnames[arg]);
            stack[sp++] = v;
            stack[sp++] = consts[instrs[(pc << 1) + 1]];
            pc++;
            break;
          }
          case Op.STORE_FAST__LOAD_FAST: {
            stack[base + arg] = stack[sp - 1];
            const a2 = instrs[(pc << 1) + 1];
            pc++;
            const v = stack[base + a2];
            if (v === undefined) throw unboundLocal(code.varnames[a2]);
            stack[sp - 1] = v;
            break;
          }
          case Op.STORE_FAST__STORE_FAST:
            stack[base + arg] = stack[sp - 1];
            stack[base + instrs[(pc << 1) + 1]] = stack[sp - 2];
            sp -= 2;
            pc++;
            break;
          case Op.COPY__COPY: {
            stack[sp] = stack[sp - arg];
            sp++;
            stack[sp] = stack[sp - instrs[(pc << 1) + 1]];
            sp++;
            pc++;
            break;
          }
          case Op.SWAP__SWAP: {
            let tmp = stack[sp - 1];
            stack[sp - 1] = stack[sp - arg];
            stack[sp - arg] = tmp;
            const a2 = instrs[(pc << 1) + 1];
            pc++;
            tmp = stack[sp - 1];
            stack[sp - 1] = stack[sp - a2];
            stack[sp - a2] = tmp;
            break;
          }
          case Op.LOAD_FAST__LOAD_ATTR: {
            const o = stack[base + arg];
            if (o === undefined) throw unboundLocal(code.varnames[arg]);
            if (typeof o === 'object' && code.cache !== null) {
              const c = code.cache[pc];
              if (c instanceof AttrCache && c.type === o.type && c.version === o.type.version && c.kind === AttrKind.InstanceDict && o.dict !== null) {
                const v = instanceDictGet(c, o.dict, names[instrs[(pc << 1) + 1]]);
                if (v !== undefined) {
                  stack[sp++] = v;
                  pc++;
                  break;
                }
              }
            }
            stack[sp++] = o;
            break;
          }
          case Op.LOAD_FAST__BINARY_OP:
          case Op.LOAD_CONST__BINARY_OP: {
            let b: PyValue | undefined;
            if (op === Op.LOAD_FAST__BINARY_OP) {
              b = stack[base + arg];
              if (b === undefined) throw unboundLocal(code.varnames[arg]);
            } else b = consts[arg];
            const a = stack[sp - 1] as PyValue;
            const f = floatResult(a, b, instrs[(pc << 1) + 1]);
            if (f !== undefined) {
              stack[sp - 1] = new PyFloat(f);
              pc++;
              break;
            }
            const r = binNum(a, b, instrs[(pc << 1) + 1]);
            if (r !== undefined) {
              stack[sp - 1] = r;
              pc++;
              break;
            }
            stack[sp++] = b;
            break;
          }
          case Op.BINARY_OP__STORE_FAST:
          case Op.BINARY_OP__BINARY_OP: {
            const b = stack[sp - 1] as PyValue;
            const a = stack[sp - 2] as PyValue;
            const r1 = floatResult(a, b, arg);
            if (r1 !== undefined) {
              if (op === Op.BINARY_OP__STORE_FAST) {
                stack[base + instrs[(pc << 1) + 1]] = new PyFloat(r1);
                sp -= 2;
                pc++;
                break;
              }
              // c <op2> (a <op> b) with the inner float never boxed.
              const z = toDouble(stack[sp - 3] as PyValue);
              if (z !== undefined) {
                const r2 = floatBin(z, r1, instrs[(pc << 1) + 1]);
                if (r2 !== undefined) {
                  sp -= 2;
                  stack[sp - 1] = new PyFloat(r2);
                  pc++;
                  break;
                }
              }
              sp--;
              stack[sp - 1] = new PyFloat(r1);
              break;
            }
            const r = binNum(a, b, arg);
            if (r === undefined) {
              // The first half's generic path (as BINARY_OP's); the plain second instruction follows.
              const g = ops.binaryOp(a, b, arg as BinOp);
              if (isPending(g)) {
                sp -= 2;
                frame.pc = pc;
                frame.sp = sp;
                pushNative(t, g, sp, Ret.Push, undefined);
                continue reload;
              }
              sp--;
              stack[sp - 1] = g;
              break;
            }
            sp--; // stack[sp - 1] (a's slot) is where r goes
            if (op === Op.BINARY_OP__STORE_FAST) {
              stack[base + instrs[(pc << 1) + 1]] = r;
              sp--;
              pc++;
              break;
            }
            const r2 = binNum(stack[sp - 2] as PyValue, r, instrs[(pc << 1) + 1]);
            if (r2 !== undefined) {
              sp--;
              stack[sp - 1] = r2;
              pc++;
              break;
            }
            stack[sp - 1] = r;
            break;
          }
          case Op.COMPARE_OP__POP_JUMP_IF_FALSE:
          case Op.COMPARE_OP__POP_JUMP_IF_TRUE: {
            const b = stack[sp - 1] as PyValue;
            const a = stack[sp - 2] as PyValue;
            let x: number | undefined, y: number | undefined;
            if (typeof a === 'number' && typeof b === 'number') {
              x = a;
              y = b;
            } else if (isExactFloat(a) || isExactFloat(b)) {
              x = toDouble(a);
              y = toDouble(b);
            }
            if (x !== undefined && y !== undefined) {
              sp -= 2;
              if (cmpDouble(x, y, arg) === (op === Op.COMPARE_OP__POP_JUMP_IF_TRUE)) pc = instrs[(pc << 1) + 1];
              else pc++;
              break;
            }
            // The first half's generic path (as COMPARE_OP's); the plain POP_JUMP_IF follows.
            const r = ops.richCompare(a, b, arg as CmpOp);
            sp--;
            if (isPending(r)) {
              sp--;
              frame.pc = pc;
              frame.sp = sp;
              pushNative(t, r, sp, Ret.Push, undefined);
              continue reload;
            }
            stack[sp - 1] = r;
            break;
          }
          default: {
            // The rarer instructions live in coldOp, which keeps this function small enough for
            // TurboFan to compile quickly (its compile time is CPU time the program pays for).
            const r = coldOp(t, frame, op, arg, pc, sp);
            if (r < 0) continue reload;
            sp = r;
            break;
          }
        }
      }
    } catch (e) {
      // An exception raised by the instruction at pc-1 of `frame` (if it is still the top frame).
      if (t.frame === frame) {
        frame.pc = pc;
        frame.sp = sp;
      }
      budget = Math.max(budget, 1);
      const exc = toPyExc(e);
      chainContext(t, exc);
      unwind(t, exc, true);
      continue reload;
    }
  }
}

/** d[name] through the cache's slot hint (AttrCache.slot), else a Map lookup that updates the hint. */
function instanceDictGet(c: AttrCache, d: PyDict, name: string): PyValue | undefined {
  const s = c.slot;
  if (d.keys[s] === name) return d.vals[s] as PyValue;
  const i = d.index.get(name);
  if (i === undefined) return undefined;
  c.slot = i;
  return d.vals[i] as PyValue;
}

// ---- numeric fast paths shared by the superinstructions (inlined by TurboFan) ----

function isExactFloat(v: PyValue): boolean {
  return v instanceof PyFloat && v.type === floatTypeRef;
}

/** The double of an exact float or a safe int (a JS number converts exactly), else undefined. */
function toDouble(v: PyValue): number | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof PyFloat && v.type === floatTypeRef) return v.value;
  return undefined;
}

/** x <op> y for floats when it is a float (BINARY_OP's float cases), else undefined (generic path). */
function floatBin(x: number, y: number, op: number): number | undefined {
  switch (op) {
    case BinOp.Add:
    case BinOp.InplaceAdd:
      return x + y;
    case BinOp.Subtract:
    case BinOp.InplaceSubtract:
      return x - y;
    case BinOp.Multiply:
    case BinOp.InplaceMultiply:
      return x * y;
    case BinOp.TrueDivide:
    case BinOp.InplaceTrueDivide:
      return y !== 0 ? x / y : undefined;
    case BinOp.Power:
    case BinOp.InplacePower:
      // CPython: float_pow (an int operand converts exactly, as here); a negative base to a fractional
      // power gives undefined: the generic path makes the complex result.
      return floatPow(x, y);
  }
  return undefined;
}

/** a <op> b for int/int (safe results) and float/int mixes, as BINARY_OP's inline cases; else undefined. */
function binNum(a: PyValue, b: PyValue, op: number): PyValue | undefined {
  if (typeof a === 'number' && typeof b === 'number') return intBin(a, b, op);
  const r = floatResult(a, b, op);
  return r === undefined ? undefined : new PyFloat(r);
}

/**
 * The double a <op> b when one operand is an exact float and the other a float or a safe int and the
 * result is a float (floatBin), else undefined. The superinstructions call it inline (in execute) and
 * box the result themselves: a call to binNum per float operation cost ~4 ns more.
 */
function floatResult(a: PyValue, b: PyValue, op: number): number | undefined {
  // Each operand's type is tested once (float/float is the case to keep short).
  if (a instanceof PyFloat) {
    if (a.type !== floatTypeRef) return undefined;
    if (b instanceof PyFloat) return b.type === floatTypeRef ? floatBin(a.value, b.value, op) : undefined;
    return typeof b === 'number' ? floatBin(a.value, b, op) : undefined;
  }
  return typeof a === 'number' && b instanceof PyFloat && b.type === floatTypeRef ? floatBin(a, b.value, op) : undefined;
}

/**
 * a <op> b for two safe ints (BINARY_OP's int cases): the int or float result, else undefined.
 * A function of its own, not inline in execute, because V8 speculates from type feedback that these
 * operations stay small ints (Smis); the first result beyond 2**31 deopts the optimized code that
 * holds them. Here that recompiles this small function (~1 ms); inline it recompiled all of execute
 * (tens of ms of CPU each time: methods.py compiled execute 4 times instead of 2, CPU 640 -> 360 ms
 * median on a loaded machine).
 */
function intBin(a: number, b: number, op: number): PyValue | undefined {
  let r: number;
  switch (op) {
    case BinOp.Add:
    case BinOp.InplaceAdd:
      r = a + b;
      return Number.isSafeInteger(r) ? r : undefined;
    case BinOp.Subtract:
    case BinOp.InplaceSubtract:
      r = a - b;
      return Number.isSafeInteger(r) ? r : undefined;
    case BinOp.Multiply:
    case BinOp.InplaceMultiply:
      r = a * b;
      return Number.isSafeInteger(r) ? r + 0 : undefined;
    case BinOp.FloorDivide:
    case BinOp.InplaceFloorDivide:
      return b !== 0 ? Math.floor(a / b) + 0 : undefined;
    case BinOp.TrueDivide:
    case BinOp.InplaceTrueDivide:
      // Both are safe integers (exact doubles), so one IEEE division is correctly rounded.
      return b !== 0 ? new PyFloat(a / b) : undefined;
    case BinOp.Remainder:
    case BinOp.InplaceRemainder:
      return b !== 0 ? intMod(a, b) : undefined;
  }
  return undefined;
}

/**
 * Python's a % b for safe ints, b !== 0 (the result has b's sign). JS `%` on non-int32 doubles is a
 * call to fmod, which loops over the exponent difference (~40 ns for 1e12 % 7); int32 operands use the
 * machine's integer remainder, and below 2**52 one division does it (floor(a / b) is exact for safe
 * ints and q * b stays below 2**53).
 */
function intMod(a: number, b: number): number {
  let r: number;
  if ((a | 0) === a && (b | 0) === b) r = (a | 0) % (b | 0);
  else if (a < 4503599627370496 && a > -4503599627370496 && b < 4503599627370496 && b > -4503599627370496) r = a - Math.floor(a / b) * b;
  else r = a % b;
  if (r !== 0 && r < 0 !== b < 0) r += b;
  return r + 0;
}

/** a <cmp> b on two strs, in code-point order (strLt: JS's `<` orders UTF-16 units). */
function cmpStr(a: string, b: string, op: number): boolean {
  switch (op) {
    case CmpOp.Lt:
      return strLt(a, b);
    case CmpOp.Le:
      return a === b || strLt(a, b);
    case CmpOp.Eq:
      return a === b;
    case CmpOp.Ne:
      return a !== b;
    case CmpOp.Gt:
      return strLt(b, a);
  }
  return a === b || strLt(b, a);
}

/** x <cmp> y on doubles (Python's float/int comparisons; NaN compares false except !=). */
function cmpDouble(x: number, y: number, op: number): boolean {
  switch (op) {
    case CmpOp.Lt:
      return x < y;
    case CmpOp.Le:
      return x <= y;
    case CmpOp.Eq:
      return x === y;
    case CmpOp.Ne:
      return x !== y;
    case CmpOp.Gt:
      return x > y;
  }
  return x >= y;
}

/** LOAD_NAME/STORE_NAME: remember the slot of `name` in an exact-dict locals mapping (see LOAD_NAME). */
function noteNameSlot(code: CodeObject, at: number, loc: PyValue | null, name: string): void {
  if (!(loc instanceof PyDict) || loc.type !== dictTypeRef) return;
  const i = loc.index.get(name);
  if (i === undefined) return;
  const cache = code.cache ?? (code.cache = new Array(code.ninstr));
  cache[at] = i;
}

/**
 * The instructions not worth a case in execute's switch (a second switch keeps execute small). Runs
 * instruction `op arg` of `frame` (pc is the index after it, sp the stack top). Returns the new stack
 * top, or -1 when the frame's pc/sp were saved and execute must reload from t.frame (a frame was pushed
 * or popped, or a jump was taken).
 */
function coldOp(t: PyThread, frame: Frame, op: number, arg: number, pc: number, sp: number): number {
  const stack = t.stack;
  const code = frame.code!;
  const names = code.names;
  const base = frame.base;
  switch (op) {
      case Op.DELETE_FAST:
        if (stack[base + arg] === undefined) throw unboundLocal(code.varnames[arg]);
        stack[base + arg] = undefined;
        break;
      case Op.LOAD_CLASSDEREF: {
        const nm = code.slotName(arg);
        const loc = frame.locals;
        let v: PyValue | undefined;
        if (loc instanceof PyDict) v = loc.getStr(nm);
        if (v === undefined) {
          v = (stack[base + arg] as PyCell).value;
          if (v === undefined) throw unboundDeref(code, arg);
        }
        stack[sp++] = v;
        break;
      }
      case Op.DELETE_DEREF: {
        const c = stack[base + arg] as PyCell;
        if (c.value === undefined) throw unboundDeref(code, arg);
        c.value = undefined;
        break;
      }
      case Op.LOAD_CLOSURE:
        stack[sp++] = stack[base + arg];
        break;
      case Op.DELETE_NAME: {
        const r = deleteName(frame, names[arg]);
        if (isPending(r)) {
          frame.pc = pc;
          frame.sp = sp;
          pushNative(t, r, sp, Ret.Discard, undefined);
          return -1;
        }
        break;
      }
      case Op.STORE_GLOBAL:
        (frame.globals as PyDict).setStr(names[arg], stack[--sp] as PyValue);
        break;
      case Op.DELETE_GLOBAL:
        if (!(frame.globals as PyDict).delStr(names[arg])) throw nameError(names[arg]);
        break;

      case Op.DELETE_ATTR: {
        const o = stack[--sp] as PyValue;
        const r = ops.delAttr(o, names[arg]);
        if (isPending(r)) {
          frame.pc = pc;
          frame.sp = sp;
          pushNative(t, r, sp, Ret.Discard, undefined);
          return -1;
        }
        break;
      }
      case Op.DELETE_SUBSCR: {
        const k = stack[--sp] as PyValue;
        const c = stack[--sp] as PyValue;
        const r = ops.delItem(c, k);
        if (isPending(r)) {
          frame.pc = pc;
          frame.sp = sp;
          pushNative(t, r, sp, Ret.Discard, undefined);
          return -1;
        }
        break;
      }
      case Op.BUILD_SLICE: {
        if (arg === 3) {
          const step = stack[--sp] as PyValue;
          const stop = stack[--sp] as PyValue;
          stack[sp - 1] = new PySlice(stack[sp - 1] as PyValue, stop, step);
        } else {
          const stop = stack[--sp] as PyValue;
          stack[sp - 1] = new PySlice(stack[sp - 1] as PyValue, stop, None);
        }
        break;
      }

      case Op.UNARY_POSITIVE:
      case Op.UNARY_NEGATIVE:
      case Op.UNARY_INVERT: {
        const v = stack[sp - 1] as PyValue;
        if (op === Op.UNARY_NEGATIVE && typeof v === 'number' && v !== 0) {
          stack[sp - 1] = -(v as number);
          break;
        }
        const r = ops.unaryOp(
          v,
          op === Op.UNARY_NEGATIVE ? UnaryOp.Negative : op === Op.UNARY_POSITIVE ? UnaryOp.Positive : UnaryOp.Invert,
        );
        if (isPending(r)) {
          sp--;
          frame.pc = pc;
          frame.sp = sp;
          pushNative(t, r, sp, Ret.Push, undefined);
          return -1;
        }
        stack[sp - 1] = r;
        break;
      }
      case Op.GET_ITER:
      case Op.GET_YIELD_FROM_ITER: {
        const v = stack[sp - 1] as PyValue;
        if (op === Op.GET_YIELD_FROM_ITER && v instanceof PyGenerator) break;
        const r = ops.getIter(v);
        if (isPending(r)) {
          sp--;
          frame.pc = pc;
          frame.sp = sp;
          pushNative(t, r, sp, Ret.Push, undefined);
          return -1;
        }
        stack[sp - 1] = r;
        break;
      }
      case Op.SEND: {
        const v = stack[--sp] as PyValue;
        const r = stack[sp - 1] as PyValue;
        frame.pc = pc;
        frame.sp = sp;
        if (r instanceof PyGenerator) {
          const res = resumeGen(t, r, ResumeMode.Send, v, sp, Ret.GenSend, arg);
          if (res === PUSHED) return -1;
          stack[sp - 1] = res; // finished generator: returns None
          frame.pc = arg;
          frame.sp = sp;
          return -1;
        }
        pushNative(t, B.sendGen(r, v), sp, Ret.SendRes, arg);
        return -1;
      }

      case Op.MAKE_FUNCTION: {
        const co = stack[--sp] as unknown as CodeObject;
        const closure = arg & 8 ? stack[--sp] : undefined;
        const ann = arg & 4 ? stack[--sp] : undefined;
        const kwdefs = arg & 2 ? stack[--sp] : undefined;
        const defs = arg & 1 ? stack[--sp] : undefined;
        stack[sp++] = B.makeFunction(co, frame.globals, defs, kwdefs, ann, closure);
        break;
      }
      case Op.LOAD_BUILD_CLASS: {
        const bc = (frame.builtins as PyDict).getStr('__build_class__');
        if (bc === undefined) throw pyErr(NameError, '__build_class__ not found');
        stack[sp++] = bc;
        break;
      }
      case Op.SETUP_ANNOTATIONS: {
        const loc = frame.locals;
        if (loc instanceof PyDict) {
          if (!loc.hasStr('__annotations__')) loc.setStr('__annotations__', new PyDict());
        } else if (loc !== null) {
          const r = B.setupAnnotationsGen(loc);
          frame.pc = pc;
          frame.sp = sp;
          pushNative(t, r, sp, Ret.Discard, undefined);
          return -1;
        }
        break;
      }

      case Op.RAISE_VARARGS: {
        if (arg === 0) {
          const e = t.handledException();
          if (e === null) throw pyErr(RuntimeError, 'No active exception to reraise');
          frame.pc = pc;
          frame.sp = sp;
          unwind(t, e, false); // CPython: a bare raise adds no traceback entry for this frame
          return -1;
        }
        const cause = arg === 2 ? (stack[--sp] as PyValue) : undefined;
        const x = stack[--sp] as PyValue;
        const e = B.prepareRaise(x, cause);
        if (isPending(e)) {
          frame.pc = pc;
          frame.sp = sp;
          pushNative(t, B.throwGen(e), sp, Ret.Discard, undefined);
          return -1;
        }
        throw e;
      }
      case Op.LOAD_ASSERTION_ERROR:
        stack[sp++] = AssertionError;
        break;
      case Op.PUSH_EXC_INFO: {
        const e = stack[sp - 1] as PyBaseException;
        const es = t.excState;
        stack[sp - 1] = es.value === null ? None : es.value;
        stack[sp++] = e;
        es.value = e;
        break;
      }
      case Op.POP_EXCEPT: {
        const prev = stack[--sp];
        t.excState.value = prev === None || prev === undefined ? null : (prev as PyBaseException);
        break;
      }
      case Op.CHECK_EXC_MATCH: {
        const ty = stack[sp - 1] as PyValue;
        stack[sp - 1] = B.excMatches(stack[sp - 2] as PyValue, ty);
        break;
      }
      case Op.CHECK_EG_MATCH: {
        const ty = stack[--sp] as PyValue;
        checkExceptStarType(ty);
        frame.pc = pc;
        frame.sp = --sp;
        pushNative(t, B.exceptStarMatch(t.excState, stack[sp] as PyBaseException, ty), sp, Ret.Multi, undefined);
        return -1;
      }
      case Op.PREP_RERAISE_STAR: {
        const excs = stack[--sp] as PyValue;
        const orig = stack[--sp] as PyValue;
        frame.pc = pc;
        frame.sp = sp;
        pushNative(t, B.prepReraiseStarGen(orig, excs), sp, Ret.Push, undefined);
        return -1;
      }
      case Op.GET_LEN: {
        const r = ops.len(stack[sp - 1] as PyValue);
        if (isPending(r)) {
          frame.pc = pc;
          frame.sp = sp;
          pushNative(t, r, sp, Ret.Push, undefined);
          return -1;
        }
        stack[sp++] = r;
        break;
      }
      case Op.MATCH_MAPPING:
        stack[sp] = matchMapping(stack[sp - 1] as PyValue);
        sp++;
        break;
      case Op.MATCH_SEQUENCE:
        stack[sp] = matchSequence(stack[sp - 1] as PyValue);
        sp++;
        break;
      case Op.MATCH_KEYS:
        frame.pc = pc;
        frame.sp = sp;
        pushNative(t, matchKeys(stack[sp - 2] as PyValue, stack[sp - 1] as PyTuple), sp, Ret.Push, undefined);
        return -1;
      case Op.MATCH_CLASS: {
        const names = stack[--sp] as PyTuple;
        const cls = stack[--sp] as PyValue;
        const subject = stack[--sp] as PyValue;
        frame.pc = pc;
        frame.sp = sp;
        pushNative(t, matchClass(subject, cls, arg, names), sp, Ret.Push, undefined);
        return -1;
      }
      case Op.RERAISE: {
        const e = stack[--sp] as PyBaseException;
        if (arg > 0) frame.lasti = stack[sp - arg] as number;
        frame.pc = pc;
        frame.sp = sp;
        unwind(t, e, false);
        return -1;
      }
      case Op.BEFORE_WITH: {
        const mgr = stack[--sp] as PyValue;
        const r = B.beforeWith(mgr);
        frame.pc = pc;
        frame.sp = sp;
        if (B.isGen(r)) {
          pushNative(t, r, sp, Ret.Multi, undefined);
          return -1;
        }
        stack[sp++] = r[0];
        stack[sp++] = r[1];
        break;
      }
      case Op.WITH_EXCEPT_START: {
        const e = stack[sp - 1] as PyBaseException;
        const exit = stack[sp - 4] as PyValue;
        frame.pc = pc;
        frame.sp = sp;
        const r = callAny(t, exit, [typeOf(e), e, e.tb ?? None], null, sp, Ret.Push, undefined);
        if (r === PUSHED) return -1;
        stack[sp++] = r;
        break;
      }

      case Op.BUILD_SET: {
        const items = stack.slice(sp - arg, sp) as PyValue[];
        sp -= arg;
        const r = B.buildSet(frame.builtins, items);
        if (isPending(r)) {
          frame.pc = pc;
          frame.sp = sp;
          pushNative(t, r, sp, Ret.Push, undefined);
          return -1;
        }
        stack[sp++] = r;
        break;
      }
      case Op.BUILD_MAP: {
        const kvs = stack.slice(sp - 2 * arg, sp) as PyValue[];
        sp -= 2 * arg;
        const r = B.buildMap(kvs);
        if (isPending(r)) {
          frame.pc = pc;
          frame.sp = sp;
          pushNative(t, r, sp, Ret.Push, undefined);
          return -1;
        }
        stack[sp++] = r;
        break;
      }
      case Op.BUILD_CONST_KEY_MAP: {
        const keys = (stack[--sp] as PyTuple).items;
        const kvs: PyValue[] = [];
        for (let i = 0; i < arg; i++) kvs.push(keys[i], stack[sp - arg + i] as PyValue);
        sp -= arg;
        const r = B.buildMap(kvs);
        if (isPending(r)) {
          frame.pc = pc;
          frame.sp = sp;
          pushNative(t, r, sp, Ret.Push, undefined);
          return -1;
        }
        stack[sp++] = r;
        break;
      }
      case Op.BUILD_STRING: {
        let s = '';
        for (let i = sp - arg; i < sp; i++) s += stack[i] as string;
        sp -= arg;
        stack[sp++] = s;
        break;
      }
      case Op.LIST_TO_TUPLE:
        stack[sp - 1] = pyTuple((stack[sp - 1] as PyList).items.slice());
        break;
      case Op.SET_ADD:
      case Op.SET_UPDATE:
      case Op.LIST_EXTEND:
      case Op.DICT_UPDATE:
      case Op.DICT_MERGE: {
        const v = stack[--sp] as PyValue;
        const target = stack[sp - arg] as PyValue;
        let r;
        if (op === Op.LIST_EXTEND) r = B.listExtend(target as PyList, v);
        else if (op === Op.SET_ADD) r = B.callMethodNR(target, 'add', [v]);
        else if (op === Op.SET_UPDATE) r = B.callMethodNR(target, 'update', [v]);
        else r = B.dictUpdate(target as PyDict, v, op === Op.DICT_MERGE ? (stack[sp - arg - 3] as PyValue /* the callable, below self-or-NULL and the args tuple */) : undefined);
        if (isPending(r)) {
          frame.pc = pc;
          frame.sp = sp;
          pushNative(t, r, sp, Ret.Discard, undefined);
          return -1;
        }
        break;
      }
      case Op.MAP_ADD: {
        const v = stack[--sp] as PyValue;
        const k = stack[--sp] as PyValue;
        const d = stack[sp - arg] as PyDict;
        if (typeof k === 'string') d.setStr(k, v);
        else {
          const r = d.set(k, v);
          if (isPending(r)) {
            frame.pc = pc;
            frame.sp = sp;
            pushNative(t, r, sp, Ret.Discard, undefined);
            return -1;
          }
        }
        break;
      }
      case Op.UNPACK_EX: {
        const seq = stack[--sp] as PyValue;
        const r = B.unpackEx(seq, arg & 0xff, arg >> 8);
        if (B.isGen(r)) {
          frame.pc = pc;
          frame.sp = sp;
          pushNative(t, reversedGen(r), sp, Ret.Multi, undefined);
          return -1;
        }
        for (let i = r.length - 1; i >= 0; i--) stack[sp++] = r[i];
        break;
      }
      case Op.FORMAT_VALUE: {
        const spec = arg & 4 ? (stack[--sp] as string) : '';
        const v = stack[sp - 1] as PyValue;
        const r = B.formatValue(v, arg & 3, spec);
        if (isPending(r)) {
          sp--;
          frame.pc = pc;
          frame.sp = sp;
          pushNative(t, r, sp, Ret.Push, undefined);
          return -1;
        }
        stack[sp - 1] = r;
        break;
      }

      case Op.CALL_FUNCTION_EX: {
        // (CALL's case in execute ran the eval-breaker check.)
        const kwd = arg & 1 ? (stack[--sp] as PyValue) : undefined;
        const a = stack[--sp] as PyValue;
        const fIdx = sp - 2;
        const callable = stack[fIdx] as PyValue;
        const self = stack[fIdx + 1];
        const items = B.starArgs(callable, a);
        const kw = kwd === undefined ? null : B.starKwargs(callable, kwd);
        frame.pc = pc;
        frame.sp = fIdx;
        if (B.isGen(items)) {
          pushNative(t, callAfterItems(items, callable, self, kw), fIdx, Ret.Push, undefined);
          return -1;
        }
        const args = self !== undefined ? [self as PyValue, ...items] : items.slice();
        const r = callAny(t, callable, args, kw, fIdx, Ret.Push, undefined);
        if (r === PUSHED) return -1;
        sp = fIdx;
        stack[sp++] = r;
        break;
      }
      case Op.IMPORT_NAME: {
        const fromlist = stack[--sp] as PyValue;
        const level = stack[--sp] as PyValue;
        frame.pc = pc;
        frame.sp = sp;
        const r = B.importName(frame.builtins, names[arg], frame.globals, frame.locals, fromlist, level);
        if (isPending(r)) {
          pushNative(t, r, sp, Ret.Push, undefined);
          return -1;
        }
        stack[sp++] = r;
        break;
      }
      case Op.IMPORT_FROM: {
        const m = stack[sp - 1] as PyValue;
        const r = B.importFrom(m, names[arg], vmHooks.sysModules ? vmHooks.sysModules() : null);
        if (isPending(r)) {
          frame.pc = pc;
          frame.sp = sp;
          pushNative(t, r, sp, Ret.Push, undefined);
          return -1;
        }
        stack[sp++] = r;
        break;
      }
      case Op.IMPORT_STAR: {
        const m = stack[--sp] as PyValue;
        frame.pc = pc;
        frame.sp = sp;
        pushNative(t, B.importStar(m, frame.locals ?? frame.globals), sp, Ret.Discard, undefined);
        return -1;
      }
      case Op.PRINT_EXPR: {
        const v = stack[--sp] as PyValue;
        if (vmHooks.displayhook !== null) {
          const r = vmHooks.displayhook(v);
          if (isPending(r)) {
            frame.pc = pc;
            frame.sp = sp;
            pushNative(t, r, sp, Ret.Discard, undefined);
            return -1;
          }
        }
        break;
      }
    default:
      throw pyErr(RuntimeError, `pyts: unknown opcode ${op} at ${code.qualname}:${pc - 1}`);
  }
  return sp;
}

/**
 * Push a frame running Python function fn whose n positional arguments are already at
 * stack[argStart ..] (its first fast locals); `back` is the calling frame, its pc/sp already saved.
 * The caller reloads its hot state from the returned frame.
 */
function pushPyFrame(t: PyThread, fn: PyFunction, co: CodeObject, argStart: number, n: number, back: Frame): Frame {
  if (t.depth >= vmSettings.recursionLimit) recursionError();
  const nplus = co.nlocalsplus;
  const top = argStart + nplus + co.stacksize + 1;
  if (top > t.stack.length) ensureStack(t, top);
  const stack = t.stack;
  for (let i = n; i < nplus; i++) stack[argStart + i] = undefined;
  if (nplus !== co.nlocals) initFrameCells(stack, argStart, co, fn);
  const builtins = fn.builtins ?? (fn.builtins = builtinsFor(fn.globals as PyDict));
  let nf = freeFrames;
  if (nf !== null) {
    freeFrames = nf.back;
    nFreeFrames--;
    nf.code = co;
    nf.fn = fn;
    nf.globals = fn.globals;
    nf.builtins = builtins;
    nf.locals = null;
    nf.pc = 0;
    nf.lasti = 0;
  } else {
    nf = new Frame(co, fn, fn.globals, builtins, null);
  }
  nf.base = argStart;
  nf.back = back;
  t.frame = nf;
  t.depth++;
  return nf;
}

/** CALL / CALL_KW when the inline path does not apply: collect the arguments and dispatch. */
function callGeneral(
  t: PyThread,
  stack: (PyValue | undefined)[],
  callable: PyValue,
  fIdx: number,
  argStart: number,
  n: number,
  kwnames: PyTuple | null,
): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.items.length;
  if (nkw === 0) {
    // Natives: fixed-arity entry points, no stack.slice (native-call.ts).
    if (callable instanceof PyNativeFunction) return callNativeAt(t, stack, callable, callable.self, fIdx, argStart, n);
    if (callable instanceof PyMethod && callable.fn instanceof PyNativeFunction) {
      return callNativeAt(t, stack, callable.fn, callable.self, fIdx, argStart, n);
    }
  }
  const npos = n - nkw;
  const pos = stack.slice(argStart, argStart + npos) as PyValue[];
  if (callable instanceof PyFunction) {
    return callPython(
      t,
      callable,
      pos,
      nkw ? (kwnames!.items as string[]) : null,
      nkw ? (stack.slice(argStart + npos, argStart + n) as PyValue[]) : null,
      fIdx,
      Ret.Push,
      undefined,
    );
  }
  let kw: Map<string, PyValue> | null = null;
  if (nkw) {
    kw = new Map();
    for (let i = 0; i < nkw; i++) kw.set(kwnames!.items[i] as string, stack[argStart + npos + i] as PyValue);
  }
  return callAny(t, callable, pos, kw, fIdx, Ret.Push, undefined);
}

// ---- small generator adaptors used by the loop (allocation only on slow paths) ----

function* withNull(g: NativeGen): NativeGen {
  const v = yield* g;
  return [v, undefined] as unknown as PyValue;
}

function* reversedGen(g: NativeGen): NativeGen {
  const vs = (yield* g) as unknown as PyValue[];
  return vs.slice().reverse() as unknown as PyValue;
}

function* callAfterItems(g: NativeGen, fn: PyValue, self: PyValue | undefined, kw: Map<string, PyValue> | null): NativeGen {
  const items = (yield* g) as unknown as PyValue[];
  const args = self !== undefined ? [self, ...items] : items;
  return yield { op: 'call', fn, args, kwargs: kw };
}


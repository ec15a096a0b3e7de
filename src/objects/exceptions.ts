// Python exceptions: the PyBaseException layout, CPython 3.11's builtin hierarchy, and pyErr, the one
// way native code creates an exception to throw:   throw pyErr(TypeError, "message")
// The Python-visible methods and attributes (__str__, args, __cause__, OSError.errno...) are attached
// by exception-methods.ts. This file stays a leaf (imports only object/type/builtin-types), so any
// file may use it at load time.
//
// Python exceptions travel through JS as thrown PyBaseException objects (never wrapped in Error, so
// throwing costs no JS stack capture). Anything else thrown (a JS TypeError, RangeError...) is a bug in
// pyts; the VM turns it into SystemError at its boundary.

import { PyObject, type PyValue } from './object.js';
import { PyType } from './type.js';
import { builtinType, objectType, typeType, None } from './builtin-types.js';

/** One traceback line, innermost last, appended by the VM as the exception leaves each frame. */
export interface TracebackEntry {
  filename: string;
  name: string;
  lineno: number;
  /** The failing instruction's source range (0-based code points), for 3.11's `^^^^` lines; -1 = unknown. */
  endLineno?: number;
  colno?: number;
  endColno?: number;
  /** The VM Frame the entry was made in (tb_frame) and its instruction index (tb_lasti / 2). */
  frame?: unknown;
  lasti?: number;
}

/** Builds/reads traceback objects from `traceback` entries (installed by src/vm/frame-object.ts). */
let tbGet: (e: PyBaseException) => PyValue = () => None;
let tbSet: (e: PyBaseException, tb: PyValue) => void = (e, tb) => {
  if (tb === None) e.traceback = [];
};
export function setTracebackHooks(get: typeof tbGet, set: typeof tbSet): void {
  tbGet = get;
  tbSet = set;
}

export class PyBaseException extends PyObject {
  args: PyValue[];
  traceback: TracebackEntry[] = [];
  cause: PyValue = None;
  context: PyValue = None;
  suppressContext = false;
  /** `__traceback__`: the traceback object chain of `traceback` (None when empty); setting it replaces the entries. */
  get tb(): PyValue {
    return tbGet(this);
  }
  set tb(v: PyValue) {
    tbSet(this, v);
  }
  /**
   * The C-struct members of the builtin subclasses (StopIteration.value, SystemExit.code, OSError.errno,
   * SyntaxError.lineno, ImportError.name, AttributeError.obj...), by attribute name; null until set.
   * exception-methods.ts exposes them as data descriptors on the type that declares them.
   */
  fields: Map<string, PyValue> | null = null;
  constructor(type: PyType, args: PyValue[]) {
    super(type);
    this.args = args;
  }
}

export const BaseException = builtinType('BaseException', objectType, (t) => new PyBaseException(t, []));

/** The builtin exception types by name, for the builtins module and for natives. */
export const excTypes: Record<string, PyType> = { BaseException };

function sub(name: string, base: PyType): PyType {
  const t = builtinType(name, base);
  excTypes[name] = t;
  return t;
}

// CPython 3.11's hierarchy (builtins only), in its order.
export const BaseExceptionGroup = sub('BaseExceptionGroup', BaseException);
export const GeneratorExit = sub('GeneratorExit', BaseException);
export const KeyboardInterrupt = sub('KeyboardInterrupt', BaseException);
export const SystemExit = sub('SystemExit', BaseException);
export const Exception = sub('Exception', BaseException);
// ExceptionGroup(BaseExceptionGroup, Exception): the one builtin exception with two bases.
export const ExceptionGroup = new PyType(typeType, 'ExceptionGroup', [BaseExceptionGroup, Exception], null, false);
excTypes.ExceptionGroup = ExceptionGroup;
export const ArithmeticError = sub('ArithmeticError', Exception);
export const FloatingPointError = sub('FloatingPointError', ArithmeticError);
export const OverflowError = sub('OverflowError', ArithmeticError);
export const ZeroDivisionError = sub('ZeroDivisionError', ArithmeticError);
export const AssertionError = sub('AssertionError', Exception);
export const AttributeError = sub('AttributeError', Exception);
export const BufferError = sub('BufferError', Exception);
export const EOFError = sub('EOFError', Exception);
export const ImportError = sub('ImportError', Exception);
export const ModuleNotFoundError = sub('ModuleNotFoundError', ImportError);
export const LookupError = sub('LookupError', Exception);
export const IndexError = sub('IndexError', LookupError);
export const KeyError = sub('KeyError', LookupError);
export const MemoryError = sub('MemoryError', Exception);
export const NameError = sub('NameError', Exception);
export const UnboundLocalError = sub('UnboundLocalError', NameError);
export const OSError = sub('OSError', Exception);
export const BlockingIOError = sub('BlockingIOError', OSError);
export const ChildProcessError = sub('ChildProcessError', OSError);
export const ConnectionError = sub('ConnectionError', OSError);
export const BrokenPipeError = sub('BrokenPipeError', ConnectionError);
export const ConnectionAbortedError = sub('ConnectionAbortedError', ConnectionError);
export const ConnectionRefusedError = sub('ConnectionRefusedError', ConnectionError);
export const ConnectionResetError = sub('ConnectionResetError', ConnectionError);
export const FileExistsError = sub('FileExistsError', OSError);
export const FileNotFoundError = sub('FileNotFoundError', OSError);
export const InterruptedError = sub('InterruptedError', OSError);
export const IsADirectoryError = sub('IsADirectoryError', OSError);
export const NotADirectoryError = sub('NotADirectoryError', OSError);
export const PermissionError = sub('PermissionError', OSError);
export const ProcessLookupError = sub('ProcessLookupError', OSError);
export const TimeoutError = sub('TimeoutError', OSError);
export const ReferenceError = sub('ReferenceError', Exception);
export const RuntimeError = sub('RuntimeError', Exception);
export const NotImplementedError = sub('NotImplementedError', RuntimeError);
export const RecursionError = sub('RecursionError', RuntimeError);
export const StopAsyncIteration = sub('StopAsyncIteration', Exception);
export const StopIteration = sub('StopIteration', Exception);
export const SyntaxError = sub('SyntaxError', Exception);
export const IndentationError = sub('IndentationError', SyntaxError);
export const TabError = sub('TabError', IndentationError);
export const SystemError = sub('SystemError', Exception);
export const TypeError = sub('TypeError', Exception);
export const ValueError = sub('ValueError', Exception);
export const UnicodeError = sub('UnicodeError', ValueError);
export const UnicodeDecodeError = sub('UnicodeDecodeError', UnicodeError);
export const UnicodeEncodeError = sub('UnicodeEncodeError', UnicodeError);
export const UnicodeTranslateError = sub('UnicodeTranslateError', UnicodeError);
export const Warning = sub('Warning', Exception);
export const BytesWarning = sub('BytesWarning', Warning);
export const DeprecationWarning = sub('DeprecationWarning', Warning);
export const EncodingWarning = sub('EncodingWarning', Warning);
export const FutureWarning = sub('FutureWarning', Warning);
export const ImportWarning = sub('ImportWarning', Warning);
export const PendingDeprecationWarning = sub('PendingDeprecationWarning', Warning);
export const ResourceWarning = sub('ResourceWarning', Warning);
export const RuntimeWarning = sub('RuntimeWarning', Warning);
export const SyntaxWarning = sub('SyntaxWarning', Warning);
export const UnicodeWarning = sub('UnicodeWarning', Warning);
export const UserWarning = sub('UserWarning', Warning);

// Exception instances have a __dict__ (CPython: BaseException's tp_dictoffset).
for (const k of Object.keys(excTypes)) excTypes[k].instancesHaveDict = true;

/** Read a member field of an exception (undefined when unset). */
export function excField(e: PyBaseException, name: string): PyValue | undefined {
  return e.fields === null ? undefined : e.fields.get(name);
}

/** Set a member field of an exception. */
export function setExcField(e: PyBaseException, name: string, v: PyValue): void {
  (e.fields ??= new Map()).set(name, v);
}

/** Create an exception of a builtin type with a message (args = (msg,)), ready to `throw`. */
export function pyErr(type: PyType, msg?: string): PyBaseException {
  const e = type.alloc(type) as PyBaseException;
  e.args = msg === undefined ? [] : [msg];
  return e;
}

/** True if `v` is an exception instance whose type is `type` or a subclass of it. */
export function isExcOf(v: unknown, type: PyType): v is PyBaseException {
  return v instanceof PyBaseException && v.type.isSubtypeOf(type);
}

/** `AttributeError: msg` carrying .name and .obj (3.11's suggestions in tracebacks read them). */
export function attrErr(msg: string, obj: PyValue, name: string): PyBaseException {
  const e = pyErr(AttributeError, msg);
  setExcField(e, 'name', name);
  setExcField(e, 'obj', obj);
  return e;
}

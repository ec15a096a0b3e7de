// Printing exceptions the way CPython 3.11 prints an uncaught one (Python/pythonrun.c:
// print_exception_recursive, Python/traceback.c: tb_displayline; the same rules as Lib/traceback.py's
// StackSummary.format_frame_summary).
//
//   Traceback (most recent call last):
//     File "x.py", line 5, in g              one entry per frame, outermost first
//       x = f({})                            the source line, stripped, when the file is known
//           ^^^^^                            carets when the failing range is not the whole line
//   KeyError: 'k'                            `Type: str(exc)`, or just `Type` when str() is empty
//
// Chained exceptions come first, joined by CPython's two sentences (cause beats context;
// __suppress_context__ hides the context; each exception is printed once). Recursion is folded after
// 3 identical entries into `[Previous line repeated N more times]`.
//
// formatException is a generator because str(exc) may run Python code (a user __str__): drive it with
// `yield*` from a native, or with driveSync when every str() is known to be native.

import { offerSuggestion } from './suggestions.js';
import { isPending, settle, type NativeGen, type NativeResult, type PyValue } from '../objects/object.js';
import { PyBaseException, SyntaxError as SyntaxErrorType, excField, type TracebackEntry } from '../objects/exceptions.js';
import type { PyType } from '../objects/type.js';
import { displayWidth } from './display-width.js';
import { isExceptionGroup, groupExceptions } from '../objects/exception-group.js';

/** A traceback entry, with the optional columns the VM records (0-based code points). */
export type TbEntry = TracebackEntry;

/** Where the operator / subscript sits inside a failing expression (CPython: _Anchors). */
export interface Anchors {
  leftEnd: number;
  rightStart: number;
  primary: string;
  secondary: string;
}

export interface FormatContext {
  /** The source line (with or without its newline) or null when unknown (like linecache). */
  sourceLine(filename: string, lineno: number): string | null;
  /** str(v); may run Python code. */
  str(v: PyValue): NativeResult;
  /** Caret anchors for a one-line expression segment, or null (needs the parser; optional). */
  anchors?: (segment: string) => Anchors | null;
  /**
   * Inside exception groups, put the margin before every line of a message and of a note, as the
   * traceback module does (TracebackException.format); the interpreter's own printer (pythonrun.c)
   * puts it before the first line of a message and before each non-empty line of a note only.
   */
  marginEveryLine?: boolean;
}

const CAUSE_MSG = 'The above exception was the direct cause of the following exception:\n';
const CONTEXT_MSG = 'During handling of the above exception, another exception occurred:\n';
const RECURSIVE_CUTOFF = 3;
// CPython 3.11's defaults for printing exception groups (pythonrun.c; traceback.TracebackException).
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/**
 * The printing state (CPython: struct exception_print_context). Inside an exception group every line
 * gets a margin: two spaces per nesting level, then `| ` (the group's own traceback header `+ ` at the
 * top level), and each member is boxed by `+---------------- i ----------------` lines.
 */
interface PrintState {
  ctx: FormatContext;
  seen: Set<PyBaseException>;
  depth: number;
  needClose: boolean;
  out: string[];
}

function indent(st: PrintState): string {
  return ' '.repeat(2 * st.depth);
}

function margin(st: PrintState): string {
  return st.depth ? indent(st) + '| ' : '';
}

/** `text` (lines ending in newlines) with `prefix` before every line. */
function prefixLines(text: string, prefix: string): string {
  if (prefix === '' || text === '') return text;
  return text.split(/(?<=\r\n|\n|\r(?!\n))/).map((line) => prefix + line).join('');
}

/** The full text CPython prints for an uncaught `exc` (ends with a newline). */
export function* formatException(exc: PyBaseException, ctx: FormatContext): NativeGen {
  const st: PrintState = { ctx, seen: new Set(), depth: 0, needClose: false, out: [] };
  yield* printRecursive(exc, st);
  return st.out.join('');
}

// CPython: print_exception_recursive. Chained exceptions first, then the exception or the group.
function* printRecursive(exc: PyBaseException, st: PrintState): Generator<any, void, any> {
  yield* printCauseAndContext(exc, st);
  if (isExceptionGroup(exc)) yield* printGroup(exc, st);
  else yield* printOne(exc, st);
}

// CPython: print_exception_cause_and_context (cause beats context; each exception is printed once).
function* printCauseAndContext(exc: PyBaseException, st: PrintState): Generator<any, void, any> {
  st.seen.add(exc);
  const cause = exc.cause;
  if (cause instanceof PyBaseException) {
    if (!st.seen.has(cause)) yield* printChained(cause, CAUSE_MSG, st);
    return;
  }
  if (exc.suppressContext) return;
  const context = exc.context;
  if (context instanceof PyBaseException && !st.seen.has(context)) yield* printChained(context, CONTEXT_MSG, st);
}

function* printChained(exc: PyBaseException, message: string, st: PrintState): Generator<any, void, any> {
  const needClose = st.needClose;
  yield* printRecursive(exc, st);
  st.needClose = needClose;
  const m = margin(st);
  st.out.push(m + '\n', m + message, m + '\n');
}

// CPython: print_exception. The traceback (if any), then the exception-only lines.
function* printOne(exc: PyBaseException, st: PrintState): Generator<any, void, any> {
  const m = margin(st);
  if (exc.traceback.length) {
    const group = isExceptionGroup(exc);
    const headerMargin = group && st.depth === 1 ? '+ ' : m.slice(indent(st).length);
    const header = group ? 'Exception Group Traceback (most recent call last):\n' : 'Traceback (most recent call last):\n';
    st.out.push(indent(st) + headerMargin + header);
    st.out.push(prefixLines(formatEntries(exc.traceback, st.ctx), m));
  }
  const parts = yield* exceptionOnlyParts(exc, st.ctx);
  // As pythonrun.c: the margin goes before each location line and note line, but only once before the
  // message (a message with newlines continues unindented).
  if (st.ctx.marginEveryLine) {
    st.out.push(prefixLines(parts.location + parts.message, m));
    for (const note of parts.notes) st.out.push(prefixLines(note + '\n', m));
    return;
  }
  st.out.push(prefixLines(parts.location, m), m + parts.message);
  for (const note of parts.notes) st.out.push(prefixLines(note, m) + '\n');
}

// CPython: print_exception_group.
function* printGroup(exc: PyBaseException, st: PrintState): Generator<any, void, any> {
  if (st.depth > MAX_GROUP_DEPTH) {
    st.out.push(`${margin(st)}... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    return;
  }
  if (st.depth === 0) st.depth = 1;
  yield* printOne(exc, st);
  const excs = groupExceptions(exc);
  const n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
  st.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) st.needClose = true; // the closing line may be written by a nested group instead
    const truncated = i >= MAX_GROUP_WIDTH;
    st.out.push(`${indent(st)}${i === 0 ? '+-' : '  '}+---------------- ${truncated ? '...' : i + 1} ----------------\n`);
    st.depth++;
    if (!truncated) yield* printRecursive(excs[i] as PyBaseException, st);
    else {
      const more = excs.length - MAX_GROUP_WIDTH;
      st.out.push(`${margin(st)}and ${more} more exception${more > 1 ? 's' : ''}\n`);
    }
    if (last && st.needClose) {
      st.out.push(`${indent(st)}+------------------------------------\n`);
      st.needClose = false;
    }
    st.depth--;
  }
  if (st.depth === 1) st.depth = 0;
}

/** The entries of a traceback (outermost first), with the recursion fold. */
export function formatEntries(entries: readonly TbEntry[], ctx: FormatContext): string {
  const out: string[] = [];
  let last: TbEntry | null = null;
  let count = 0;
  const flush = () => {
    if (count > RECURSIVE_CUTOFF) {
      const n = count - RECURSIVE_CUTOFF;
      out.push(`  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`);
    }
  };
  for (const e of entries) {
    if (!last || last.filename !== e.filename || last.lineno !== e.lineno || last.name !== e.name) {
      flush();
      last = e;
      count = 0;
    }
    count++;
    if (count > RECURSIVE_CUTOFF) continue;
    out.push(formatEntry(e, ctx));
  }
  flush();
  return out.join('');
}

/** One `  File "...", line N, in name` entry with its source line and carets. */
export function formatEntry(e: TbEntry, ctx: FormatContext): string {
  let s = `  File "${e.filename}", line ${e.lineno}, in ${e.name}\n`;
  const raw = e.lineno > 0 ? ctx.sourceLine(e.filename, e.lineno) : null;
  if (raw === null) return s;
  const line = raw.replace(/\r?\n$/, '');
  const stripped = line.trim();
  if (stripped === '') return s;
  s += `    ${stripped}\n`;
  if (e.colno === undefined || e.endColno === undefined || e.colno < 0 || e.endColno < 0) return s;
  const chars = Array.from(line);
  const leading = chars.length - Array.from(line.trimStart()).length;
  const start = e.colno;
  let end = e.endColno;
  let anchors: Anchors | null = null;
  const endLineno = e.endLineno ?? e.lineno;
  if (endLineno === e.lineno) {
    if (end <= start) return s;
    if (ctx.anchors) {
      try {
        anchors = ctx.anchors(chars.slice(start, end).join(''));
      } catch {
        anchors = null;
      }
    }
  } else {
    end = Array.from(line.trimEnd()).length;
  }
  const strippedLen = Array.from(stripped).length;
  if (!(end - start < strippedLen || (anchors && anchors.rightStart - anchors.leftEnd > 0))) return s;
  const dpStart = displayWidth(chars, start) + 1;
  const dpEnd = displayWidth(chars, end) + 1;
  const leadWidth = displayWidth(chars, leading);
  let carets = '    ' + ' '.repeat(Math.max(0, dpStart - 1 - leadWidth));
  if (anchors) {
    const seg = chars.slice(start, end);
    const l = displayWidth(seg, anchors.leftEnd);
    const r = displayWidth(seg, anchors.rightStart);
    carets += anchors.primary.repeat(l) + anchors.secondary.repeat(r - l) + anchors.primary.repeat(Math.max(0, dpEnd - dpStart - r));
  } else {
    carets += '^'.repeat(dpEnd - dpStart);
  }
  return s + carets + '\n';
}

/** The last line(s): `Type: message`, SyntaxError's location block, and __notes__. */
export function* formatExceptionOnly(exc: PyBaseException, ctx: FormatContext): Generator<any, string, any> {
  const parts = yield* exceptionOnlyParts(exc, ctx);
  return parts.location + parts.message + parts.notes.map((n) => n + '\n').join('');
}

interface ExceptionOnlyParts {
  /** SyntaxError's `  File ..., line N`, source and caret lines ('' for other exceptions). */
  location: string;
  /** `Type: message` (or `Type`) and a newline. */
  message: string;
  /** str() of each of the __notes__. */
  notes: string[];
}

function* exceptionOnlyParts(exc: PyBaseException, ctx: FormatContext): Generator<any, ExceptionOnlyParts, any> {
  const name = typeDisplayName(exc.type);
  if (exc.type.isSubtypeOf(SyntaxErrorType)) {
    const se = syntaxErrorFields(exc);
    if (se) {
      let location = `  File "${se.filename}", line ${se.lineno}\n`;
      if (se.text !== null) location += syntaxErrorText(se);
      const msg = se.msg;
      return { location, message: (msg === '' ? name : `${name}: ${msg}`) + '\n', notes: yield* formatNotes(exc, ctx) };
    }
  }
  let msg: string;
  try {
    const r = ctx.str(exc);
    const v = isPending(r) ? yield* r : r;
    msg = typeof v === 'string' ? v : '<exception str() failed>';
  } catch {
    msg = '<exception str() failed>';
  }
  try {
    const suggestion = yield* offerSuggestion(exc);
    if (suggestion !== null) msg += `. Did you mean: '${suggestion}'?`;
  } catch {
    // CPython ignores errors while computing a suggestion
  }
  return { location: '', message: (msg === '' ? name : `${name}: ${msg}`) + '\n', notes: yield* formatNotes(exc, ctx) };
}

function* formatNotes(exc: PyBaseException, ctx: FormatContext): Generator<any, string[], any> {
  const notes = exc.dict?.getStr('__notes__');
  if (notes === undefined) return [];
  const items = (notes as any).items;
  if (!Array.isArray(items)) return [];
  const out: string[] = [];
  for (const n of items) out.push(typeof n === 'string' ? n : String(yield* settle(ctx.str(n))));
  return out;
}

/** `Name`, or `module.Qualname` for classes outside builtins/__main__ (CPython: print_exception). */
export function typeDisplayName(t: PyType): string {
  const mod = t.ns.get('__module__');
  const qual = t.qualname || t.name;
  if (typeof mod !== 'string' || mod === 'builtins' || mod === '__main__') return qual;
  return `${mod}.${qual}`;
}

interface SyntaxErrorFields {
  msg: string;
  filename: string;
  lineno: number;
  offset: number;
  text: string | null;
  endLineno: number;
  endOffset: number;
}

function syntaxErrorFields(exc: PyBaseException): SyntaxErrorFields | null {
  const get = (k: string) => excField(exc, k);
  const filename = get('filename');
  const lineno = get('lineno');
  if (typeof filename !== 'string' || typeof lineno !== 'number') return null;
  const num = (v: PyValue | undefined, dflt: number) => (typeof v === 'number' ? v : dflt);
  const msg = get('msg') ?? (exc.args.length ? exc.args[0] : undefined);
  const text = get('text');
  return {
    msg: typeof msg === 'string' ? msg : '',
    filename,
    lineno,
    offset: num(get('offset'), -1),
    text: typeof text === 'string' ? text : null,
    endLineno: num(get('end_lineno'), lineno),
    endOffset: num(get('end_offset'), -1),
  };
}

// CPython: print_error_text (3.11), with the end_offset clipping of print_exception.
function syntaxErrorText(e: SyntaxErrorFields): string {
  const text = e.text as string;
  const chars = Array.from(text.endsWith('\n') ? text.slice(0, -1) : text);
  let endOffset = e.endOffset;
  if (e.endLineno > e.lineno) endOffset = Array.from(text).length; // CPython counts the newline here
  if (endOffset > chars.length + 1) endOffset = chars.length + 1;
  let offset = e.offset;
  const carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  offset--;
  let i = 0;
  while (i < chars.length && (chars[i] === ' ' || chars[i] === '\t' || chars[i] === '\f')) {
    i++;
    offset--;
  }
  const rest = chars.slice(i);
  if (offset > rest.length) offset = rest.length;
  let out = '    ' + rest.join('') + '\n';
  if (offset < 0 || e.offset < 1) return out;
  return out + '    ' + ' '.repeat(offset) + '^'.repeat(carets) + '\n';
}

/**
 * Run a formatter generator to completion when it is known not to need the VM (every str() native).
 * A CallRequest here means Python code was needed: `fallback` is returned instead.
 */
export function driveSync(g: NativeGen, fallback: string): string {
  const r = g.next();
  if (r.done) return typeof r.value === 'string' ? r.value : fallback;
  return fallback;
}

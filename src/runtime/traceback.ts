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
}

const CAUSE_MSG = '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT_MSG = '\nDuring handling of the above exception, another exception occurred:\n\n';
const RECURSIVE_CUTOFF = 3;

/** The full text CPython prints for an uncaught `exc` (ends with a newline). */
export function* formatException(exc: PyBaseException, ctx: FormatContext): NativeGen {
  const seen = new Set<PyBaseException>();
  const parts: string[] = [];
  yield* formatChain(exc, ctx, seen, parts);
  return parts.join('');
}

function* formatChain(exc: PyBaseException, ctx: FormatContext, seen: Set<PyBaseException>, out: string[]): Generator<any, void, any> {
  seen.add(exc);
  const cause = exc.cause;
  if (cause instanceof PyBaseException) {
    if (!seen.has(cause)) {
      yield* formatChain(cause, ctx, seen, out);
      out.push(CAUSE_MSG);
    }
  } else if (!exc.suppressContext && exc.context instanceof PyBaseException && !seen.has(exc.context)) {
    yield* formatChain(exc.context, ctx, seen, out);
    out.push(CONTEXT_MSG);
  }
  if (exc.traceback.length) {
    out.push('Traceback (most recent call last):\n');
    out.push(formatEntries(exc.traceback, ctx));
  }
  out.push(yield* formatExceptionOnly(exc, ctx));
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
  let out = '';
  const name = typeDisplayName(exc.type);
  if (exc.type.isSubtypeOf(SyntaxErrorType)) {
    const se = syntaxErrorFields(exc);
    if (se) {
      out += `  File "${se.filename}", line ${se.lineno}\n`;
      if (se.text !== null) out += syntaxErrorText(se);
      const msg = se.msg;
      return out + (msg === '' ? name : `${name}: ${msg}`) + '\n' + (yield* formatNotes(exc, ctx));
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
  out += (msg === '' ? name : `${name}: ${msg}`) + '\n';
  return out + (yield* formatNotes(exc, ctx));
}

function* formatNotes(exc: PyBaseException, ctx: FormatContext): Generator<any, string, any> {
  const notes = exc.dict?.getStr('__notes__');
  if (notes === undefined) return '';
  const items = (notes as any).items;
  if (!Array.isArray(items)) return '';
  let out = '';
  for (const n of items) {
    if (typeof n === 'string') out += n + '\n';
    else {
      const r = yield* settle(ctx.str(n));
      out += String(r) + '\n';
    }
  }
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
  if (e.endLineno > e.lineno) endOffset = chars.length;
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

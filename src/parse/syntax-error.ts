// PySyntaxError: the front end's only error type (a JS class, not a Python object; the VM turns it into
// a Python SyntaxError / IndentationError / TabError), and formatSyntaxError, which renders exactly what
// CPython 3.11 prints on stderr for an uncaught syntax error in a script (Python/pythonrun.c:
// print_exception + print_error_text). Fields use CPython's conventions: `offset`/`end_offset` are
// 1-based code-point columns, `text` is the source line (with its newline), `end_offset` -1/0 = none.

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError extends Error {
  constructor(
    public kind: SyntaxErrorKind,
    public msg: string,
    public filename: string,
    public lineno: number,
    public offset: number,
    public text: string | null,
    public end_lineno: number,
    public end_offset: number,
    /** Raised by the tokenizer (CPython computes these offsets in characters even for file input). */
    public fromTokenizer = false,
    /** CPython's offset when the source came from a file, where it differs (EOF cases). */
    public fileInputOffset?: number,
  ) {
    super(msg);
    this.name = kind;
  }
  /** No location at all (CPython: SyntaxError('source code string cannot contain null bytes'), args
   * = (msg,), lineno/offset/text None); lineno and the offsets are then null. */
  noLocation = false;
}

/**
 * CPython 3.11 reports parser (not tokenizer) error offsets in UTF-8 bytes + 1 when the source came from
 * a file or bytes (running a script, importing a module), and in characters for str source (compile(str),
 * exec, eval). Convert a PySyntaxError from the second convention to the first.
 */
export function toFileInputOffsets(e: PySyntaxError, lines: string[]): void {
  if (e.fileInputOffset !== undefined) { e.offset = e.fileInputOffset; return; }
  if (e.fromTokenizer) return;
  const conv = (lineno: number, offset: number): number => {
    const line = lines[lineno - 1];
    if (offset <= 0 || line === undefined) return offset;
    const chars = Array.from(line);
    return utf8Length(chars.slice(0, offset - 1).join('')) + 1 + Math.max(0, offset - 1 - chars.length);
  };
  e.offset = conv(e.lineno, e.offset);
  e.end_offset = conv(e.end_lineno, e.end_offset);
}

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) { const c = ch.codePointAt(0) as number; n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }
  return n;
}

/** The stderr text of `python3 file.py` when file.py has this syntax error (ends with a newline). */
export function formatSyntaxError(e: PySyntaxError): string {
  if (e.noLocation) return `${e.kind}: ${e.msg}\n`;
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  if (e.text !== null) out += errorText(e);
  return out + `${e.kind}: ${e.msg}\n`;
}

// CPython: print_error_text, with the end_offset clipping done by its caller print_exception.
function errorText(e: PySyntaxError): string {
  let text = e.text as string;
  const chars = Array.from(text.endsWith('\n') ? text.slice(0, -1) : text);
  let endOffset = e.end_offset;
  if (e.end_lineno > e.lineno) endOffset = Array.from(text).length; // CPython counts the newline here
  if (endOffset > chars.length + 1) endOffset = chars.length + 1;
  let offset = e.offset;
  // IndentationError (and TabError) always get a single caret.
  const carets = e.kind === 'SyntaxError' && endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  offset--;
  let i = 0;
  while (i < chars.length && (chars[i] === ' ' || chars[i] === '\t' || chars[i] === '\f')) { i++; offset--; }
  const rest = chars.slice(i);
  if (offset > rest.length) offset = rest.length;
  let out = '    ' + rest.join('') + '\n';
  if (offset < 0) return out;
  out += '    ' + ' '.repeat(offset) + '^'.repeat(carets) + '\n';
  return out;
}

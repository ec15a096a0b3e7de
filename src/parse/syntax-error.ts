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
  ) {
    super(msg);
    this.name = kind;
  }
}

/** The stderr text of `python3 file.py` when file.py has this syntax error (ends with a newline). */
export function formatSyntaxError(e: PySyntaxError): string {
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  if (e.text !== null) out += errorText(e);
  return out + `${e.kind}: ${e.msg}\n`;
}

// CPython: print_error_text, with the end_offset clipping done by its caller print_exception.
function errorText(e: PySyntaxError): string {
  let text = e.text as string;
  const chars = Array.from(text.endsWith('\n') ? text.slice(0, -1) : text);
  let endOffset = e.end_offset;
  if (e.end_lineno > e.lineno) endOffset = chars.length;
  if (endOffset > chars.length + 1) endOffset = chars.length + 1;
  let offset = e.offset;
  const carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
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

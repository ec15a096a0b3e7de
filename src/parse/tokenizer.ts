// The tokenizer: wraps the raw moo lexer (lexer-rules.ts) into the token stream CPython's parser sees
// (Parser/tokenizer.c), and implements nearley's lexer interface (reset/next/save/formatError/has).
//
//  - NEWLINE at the end of each logical line, INDENT / DEDENT from an indentation stack that follows
//    CPython's tab rules (tabs to multiples of 8, checked against tabs-as-1; disagreement = TabError);
//  - blank and comment-only lines are dropped here, so the grammar never sees them;
//  - newlines inside (), [], {} are dropped (implicit joining); backslash-newline joins lines;
//  - adjacent string literals are merged into one `string` token (its `strs` lists the pieces);
//  - `not in` and `is not` become single `cmpop` tokens, `is` a `cmpop`;
//  - ENDMARKER ends the stream, after a final NEWLINE and the DEDENTs.
// Tokenizer errors (unterminated strings, bad brackets, bad dedent, tabs, invalid characters, bad number
// literals) are thrown as PySyntaxError with CPython's message and position.
//
// Columns are code points (moo counts UTF-16 units; converted only when the source has astral chars).
import type moo from 'moo';
import { makeMooLexer, BAD_NUMBER_TAIL } from './lexer-rules.js';
import { PySyntaxError, type SyntaxErrorKind } from './syntax-error.js';
import type { Position } from './ast.js';

export interface Token extends Position {
  type: string;
  value: string;
  /** Source offset of the token's first char (in the source given to this tokenizer). */
  offset: number;
  /** For a merged `string` token: the literal pieces, in order. */
  strs?: Token[];
}

/** Where the text being tokenized sits in the file (f-string expressions are tokenized on their own). */
export interface SourceContext {
  filename: string;
  /** The whole file's lines, each with its '\n' (CPython's SyntaxError.text). */
  lines: string[];
}

export function splitLines(source: string): string[] {
  const lines = source.split('\n').map((l) => l + '\n');
  if (lines.length > 1 && source.endsWith('\n')) lines.pop();
  return lines;
}

const PREDICATES = new Set(['anyop', 'arithop', 'boolop', 'unaryop', 'leaf', 'matchkw', 'casekw', 'pipe', 'minus']);
const OPEN: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

export class Tokenizer {
  readonly tokens: Token[] = [];
  private moo: moo.Lexer = makeMooLexer();
  private src = '';
  private hasAstral = false;
  private queue: Token[] = [];
  private peeked: Token | null = null;
  private indents: number[] = [0];
  private altIndents: number[] = [0];
  private brackets: Token[] = [];
  private atLineStart = true;
  private indentText = '';
  private done = false;
  private lastContLine = 0;
  /** Set when next() throws, so the caller can recover the PySyntaxError from nearley's wrapper. */
  error: PySyntaxError | null = null;

  constructor(
    readonly ctx: SourceContext,
    /** Added to every line number (f-string sub-expressions). */
    private lineBase = 0,
    /** Added to columns on the first line only (f-string sub-expressions). */
    private colBase = 0,
    /** false for f-string expressions: no indentation, no NEWLINE/ENDMARKER. */
    private fileMode = true,
  ) {}

  // ---- nearley lexer interface ----
  reset(chunk: string): void {
    this.src = chunk;
    this.hasAstral = /[\uD800-\uDFFF]/.test(chunk);
    this.moo.reset(chunk);
  }
  save(): undefined { return undefined; }
  formatError(): string { return 'syntax error'; }
  /** Token types the grammar matches by `type`; the predicate classes (anyop, boolop...) are not. */
  has(type: string): boolean { return !PREDICATES.has(type); }

  next(): Token | undefined {
    try {
      const t = this.nextMerged();
      if (t) this.tokens.push(t);
      return t;
    } catch (e) {
      if (e instanceof PySyntaxError) this.error = e;
      throw e;
    }
  }

  /** The token after the last one returned, if the tokenizer already read it (string merging does). */
  peekedToken(): Token | null { return this.peeked; }

  /** The innermost open bracket (for "was never closed"). */
  openBrackets(): readonly Token[] { return this.brackets; }

  // ---- merging: adjacent strings, `not in`, `is not` ----
  private nextMerged(): Token | undefined {
    const t = this.pullPeeked();
    if (!t) return t;
    if (t.type === 'string') {
      let n = this.peek();
      if (n && n.type === 'string') {
        const strs = [t];
        while (n && n.type === 'string') { strs.push(n); this.peeked = null; n = this.peek(); }
        const last = strs[strs.length - 1];
        return { ...t, strs, value: strs.map((s) => s.value).join(' '), end_lineno: last.end_lineno, end_col_offset: last.end_col_offset };
      }
      return { ...t, strs: [t] };
    }
    if (t.type === 'kw_not') {
      const n = this.peek();
      if (n && n.type === 'kw_in') {
        this.peeked = null;
        return { ...t, type: 'cmpop', value: 'not in', end_lineno: n.end_lineno, end_col_offset: n.end_col_offset };
      }
    } else if (t.type === 'kw_is') {
      const n = this.peek();
      if (n && n.type === 'kw_not') {
        this.peeked = null;
        return { ...t, type: 'cmpop', value: 'is not', end_lineno: n.end_lineno, end_col_offset: n.end_col_offset };
      }
      return { ...t, type: 'cmpop' };
    }
    return t;
  }
  private peek(): Token | undefined {
    if (!this.peeked) this.peeked = this.pull() ?? null;
    return this.peeked ?? undefined;
  }
  private pullPeeked(): Token | undefined {
    if (this.peeked) { const p = this.peeked; this.peeked = null; return p; }
    return this.pull();
  }

  // ---- lines, indentation, brackets ----
  private pull(): Token | undefined {
    if (this.queue.length) return this.queue.shift();
    if (this.done) return undefined;
    for (;;) {
      const m = this.moo.next();
      if (!m) return this.atEof();
      switch (m.type) {
        case 'ws':
          if (this.atLineStart) this.indentText = m.text;
          continue;
        case 'comment':
          continue;
        case 'nl':
          if (this.brackets.length || !this.fileMode) continue;
          if (!this.atLineStart) {
            this.atLineStart = true;
            this.indentText = '';
            return this.make('NEWLINE', m, '');
          }
          this.indentText = '';
          continue;
        case 'cont':
          this.lastContLine = m.line;
          continue;
        case 'badtriple':
          throw this.err('SyntaxError', `unterminated triple-quoted string literal (detected at line ${this.lineBase + this.lastLine()})`, this.make('string', m, m.text));
        case 'badsingle':
          throw this.err('SyntaxError', `unterminated string literal (detected at line ${this.lineBase + m.line})`, this.make('string', m, m.text));
        case 'badchar':
          this.badChar(m);
      }
      const tok = this.make(m.type as string, m, m.text);
      if (this.atLineStart && this.fileMode) {
        this.atLineStart = false;
        if (this.brackets.length === 0) this.indentation(tok);
      }
      this.atLineStart = false;
      if (m.type === 'number') this.checkNumber(m, tok);
      else if (m.type === 'lpar' || m.type === 'lsqb' || m.type === 'lbrace') this.brackets.push(tok);
      else if (m.type === 'rpar' || m.type === 'rsqb' || m.type === 'rbrace') this.closeBracket(tok);
      if (this.queue.length) { this.queue.push(tok); return this.queue.shift(); }
      return tok;
    }
  }

  private atEof(): Token | undefined {
    this.done = true;
    const line = this.lastLine();
    if (this.lastContLine && this.src.endsWith('\\\n') || this.src.endsWith('\\')) {
      const text = this.ctx.lines[this.lineBase + line - 1] ?? '';
      throw this.errAt('SyntaxError', 'unexpected EOF while parsing', line, Array.from(text.replace(/\n$/, '')).length + 1, line, -1);
    }
    if (this.brackets.length) throw this.neverClosed();
    if (!this.fileMode) return undefined;
    const eofPos = { offset: this.src.length, lineno: this.lineBase + line, col_offset: -1, end_lineno: this.lineBase + line, end_col_offset: -1 };
    if (!this.atLineStart) {
      const lastText = this.ctx.lines[this.lineBase + line - 1] ?? '\n';
      const col = Array.from(lastText).length - 1;
      this.queue.push({ type: 'NEWLINE', value: '', ...eofPos, col_offset: col, end_col_offset: col + 1 });
    }
    for (let i = this.indents.length - 1; i > 0; i--) this.queue.push({ type: 'DEDENT', value: '', ...eofPos });
    this.indents = [0];
    this.queue.push({ type: 'ENDMARKER', value: '', ...eofPos });
    return this.queue.shift();
  }

  /** CPython's last line number: lines of the file, a trailing newline not starting a new one. */
  private lastLine(): number {
    let n = 1;
    for (let i = 0; i < this.src.length - 1; i++) if (this.src.charCodeAt(i) === 10) n++;
    return n;
  }

  neverClosed(): PySyntaxError {
    const b = this.brackets[this.brackets.length - 1];
    return this.errAt('SyntaxError', `'${b.value}' was never closed`, b.lineno, b.col_offset + 1, b.lineno, 0);
  }

  // CPython: tok_get's indentation block (tabs to multiples of 8 vs. tabs as 1 column).
  private indentation(tok: Token): void {
    let col = 0, alt = 0;
    for (const c of this.indentText) {
      if (c === ' ') { col++; alt++; }
      else if (c === '\t') { col = (Math.floor(col / 8) + 1) * 8; alt++; }
      else if (c === '\f') { col = 0; alt = 0; }
    }
    const top = this.indents.length - 1;
    const tabError = () => this.errAt('TabError', 'inconsistent use of tabs and spaces in indentation', tok.lineno, 1, tok.lineno, 0);
    if (col === this.indents[top]) {
      if (alt !== this.altIndents[top]) throw tabError();
    } else if (col > this.indents[top]) {
      if (alt <= this.altIndents[top]) throw tabError();
      this.indents.push(col);
      this.altIndents.push(alt);
      this.queue.push({ ...tok, type: 'INDENT', value: '', end_lineno: tok.lineno, end_col_offset: tok.col_offset });
    } else {
      while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]) {
        this.indents.pop();
        this.altIndents.pop();
        this.queue.push({ ...tok, type: 'DEDENT', value: '', end_lineno: tok.lineno, end_col_offset: tok.col_offset });
      }
      if (col !== this.indents[this.indents.length - 1]) {
        const text = this.ctx.lines[tok.lineno - 1] ?? '';
        throw this.errAt('IndentationError', 'unindent does not match any outer indentation level', tok.lineno, Array.from(text.replace(/\n$/, '')).length + 1, tok.lineno, -1);
      }
      if (alt !== this.altIndents[this.altIndents.length - 1]) throw tabError();
    }
  }

  private closeBracket(tok: Token): void {
    const open = this.brackets.pop();
    if (!open) throw this.err('SyntaxError', `unmatched '${tok.value}'`, tok);
    if (OPEN[open.value] !== tok.value) {
      const where = open.lineno !== tok.lineno ? ` on line ${open.lineno}` : '';
      throw this.err('SyntaxError', `closing parenthesis '${tok.value}' does not match opening parenthesis '${open.value}'${where}`, tok);
    }
  }

  // CPython: verify_end_of_number and the literal checks in tok_get.
  private checkNumber(m: moo.Token, tok: Token): void {
    const text = m.text;
    const after = this.src.slice(m.offset + text.length, m.offset + text.length + 2);
    const c = String.fromCodePoint(after.codePointAt(0) ?? 32);
    const lower = text.toLowerCase();
    let kind = 'decimal';
    if (/^0[xob]/.test(lower)) kind = lower[1] === 'x' ? 'hexadecimal' : lower[1] === 'o' ? 'octal' : 'binary';
    const isInt = kind !== 'decimal' || /^[0-9_]+$/.test(text);
    if (kind === 'decimal' && isInt && /^0[0-9_]*[1-9]/.test(text)) {
      const zeros = /^[0_]*/.exec(text)?.[0].length ?? 1;
      throw this.errAt('SyntaxError', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', tok.lineno, tok.col_offset + 1, tok.lineno, tok.col_offset + 1 + zeros, true);
    }
    if (text === '0' && /^[xXoObB]/.test(c)) {
      const what = /[xX]/.test(c) ? 'hexadecimal' : /[oO]/.test(c) ? 'octal' : 'binary';
      throw this.errAt('SyntaxError', `invalid ${what} literal`, tok.lineno, tok.col_offset + 2, tok.lineno, tok.col_offset + 2, true);
    }
    if (c === '_' || BAD_NUMBER_TAIL.test(c) || (c === '.' && isInt && kind !== 'decimal')) {
      const rest = this.src.slice(m.offset + text.length);
      if (/^(?:and|else|for|if|in|is|not|or)\b/.test(rest) && !/^[0-9_]/.test(c)) return;
      if (kind !== 'decimal' && /^[0-9]/.test(c)) {
        throw this.errAt('SyntaxError', `invalid digit '${c}' in ${kind} literal`, tok.lineno, tok.end_col_offset + 1, tok.lineno, tok.end_col_offset + 1, true);
      }
      const imag = /[jJ]$/.test(text);
      throw this.errAt('SyntaxError', `invalid ${imag ? 'imaginary' : kind} literal`, tok.lineno, tok.col_offset + 1, tok.lineno, tok.col_offset + 1, true);
    }
  }

  private badChar(m: moo.Token): void {
    const ch = String.fromCodePoint(this.src.codePointAt(m.offset) ?? 0);
    const tok = this.make('badchar', m, ch);
    if (ch === '\\') {
      if (m.offset === this.src.length - 1) {
        throw this.errAt('SyntaxError', 'unexpected EOF while parsing', tok.lineno, tok.col_offset + 2, tok.lineno, -1, true);
      }
      throw this.err('SyntaxError', 'unexpected character after line continuation character', { ...tok, col_offset: tok.col_offset + 1 }, 0);
    }
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 128) return; // `$`, `?`, `!`, backtick: an error token the parser rejects ("invalid syntax")
    const hex = cp.toString(16).toUpperCase().padStart(4, '0');
    const printable = !/[\p{C}\p{Z}]/u.test(ch) || ch === ' ';
    throw this.err('SyntaxError', printable ? `invalid character '${ch}' (U+${hex})` : `invalid non-printable character U+${hex}`, tok);
  }

  // ---- positions ----
  private make(type: string, m: moo.Token, value: string): Token {
    const text = m.text;
    const lineStart = m.offset - (m.col - 1);
    const col = this.hasAstral ? cpLen(this.src, lineStart, m.offset) : m.col - 1;
    let endLine = m.line, endCol: number;
    const nl = m.lineBreaks;
    if (nl && type !== 'NEWLINE') {
      endLine = m.line + nl;
      const lastNl = text.lastIndexOf('\n');
      endCol = this.hasAstral ? cpLen(text, lastNl + 1, text.length) : text.length - lastNl - 1;
    } else {
      endCol = col + (this.hasAstral ? cpLen(text, 0, text.length) : text.length);
    }
    if (type === 'NEWLINE') endCol = col;
    const colBase = this.colBase;
    return {
      type, value, offset: m.offset,
      lineno: m.line + this.lineBase, col_offset: m.line === 1 ? col + colBase : col,
      end_lineno: endLine + this.lineBase, end_col_offset: endLine === 1 ? endCol + colBase : endCol,
    };
  }

  /** A tokenizer error at the start of t; CPython's end_offset for these is the offset itself. */
  private err(kind: SyntaxErrorKind, msg: string, t: Position, endOffset?: number): PySyntaxError {
    return this.errAt(kind, msg, t.lineno, t.col_offset + 1, t.lineno, endOffset ?? t.col_offset + 1, endOffset === undefined);
  }

  /**
   * A tokenizer error. `raw` = raised by tokenizer.c's syntaxerror(): columns in characters and the line
   * text without its newline. Otherwise it went through the parser's error path (_PyPegen_tokenizer_error:
   * TabError, bad dedent, EOF, line continuation, unclosed bracket) and behaves like a parser error.
   */
  errAt(kind: SyntaxErrorKind, msg: string, lineno: number, offset: number, endLineno: number, endOffset: number, raw = false): PySyntaxError {
    let text = this.ctx.lines[lineno - 1] ?? null;
    if (raw && text !== null && text.endsWith('\n')) text = text.slice(0, -1);
    return new PySyntaxError(kind, msg, this.ctx.filename, lineno, offset, text, endLineno, endOffset, raw);
  }
}

function cpLen(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

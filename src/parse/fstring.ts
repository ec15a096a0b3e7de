// f-strings, the Python 3.11 way (CPython: Parser/string_parser.c): an f-string is lexed as one string
// token; its body is then scanned here into literal text and `{expr!c:spec}` fields, each expression is
// parsed on its own (wrapped in parentheses, as CPython does) and the result is a JoinedStr whose parts
// carry CPython 3.11's (quirky) positions:
//  - the JoinedStr, its FormattedValues and its literal Constants span the whole run of adjacent strings,
//    except a format spec's JoinedStr and its trailing literal, which span only the token holding them;
//  - an expression's nodes get their real place in the source (fstring_find_expr_location).
import type { Constant, Expr, FormattedValue, JoinedStr, Position } from './ast.js';
import { decodeEscapes, type Piece } from './strings.js';
import { stringError as errorAt } from './context.js';
import { parseFStringExpr } from './parser.js';

function constant(value: string, pos: Position): Constant {
  return { kind: 'Constant', value: { kind: 'str', value }, lineno: pos.lineno, col_offset: pos.col_offset, end_lineno: pos.end_lineno, end_col_offset: pos.end_col_offset };
}

function span(p: Position): Position {
  return { lineno: p.lineno, col_offset: p.col_offset, end_lineno: p.end_lineno, end_col_offset: p.end_col_offset };
}

/** One FstringParser state (CPython: FstringParser): a pending literal plus the parts so far. */
class Parts {
  values: Expr[] = [];
  last = '';
  constructor(readonly group: Position) {}
  flush(pos: Position): void {
    if (this.last) { this.values.push(constant(this.last, pos)); this.last = ''; }
  }
  finish(pos: Position): JoinedStr {
    this.flush(pos);
    return { kind: 'JoinedStr', values: this.values, ...span(pos) };
  }
}

export class FStringBuilder {
  private top: Parts;
  constructor(private group: Position) { this.top = new Parts(group); }
  literal(s: string): void { this.top.last += s; }
  fstring(p: Piece): void {
    const i = concatFstring(p, 0, 0, this.top, this.group);
    if (i < p.body.length) throw errorAt("f-string: unexpected end of string", p.tok);
  }
  finish(): JoinedStr { return this.top.finish(this.group); }
}

// CPython: FstringParser_ConcatFstring. Returns the index where scanning stopped.
function concatFstring(p: Piece, i: number, lvl: number, st: Parts, group: Position): number {
  const s = p.body;
  for (;;) {
    // fstring_find_literal
    const litStart = i;
    let again = false;
    while (i < s.length) {
      let ch = s[i++];
      if (!p.raw && ch === '\\' && i < s.length) {
        ch = s[i++];
        if (ch === 'N') {
          if (i < s.length && s[i++] === '{') { while (i < s.length && s[i++] !== '}'); }
          continue;
        }
      }
      if (ch === '{' || ch === '}') {
        if (lvl === 0) {
          if (i < s.length && s[i] === ch) {
            st.last += decodeLit(p, s.slice(litStart, i));
            i++;
            again = true;
            break;
          }
          if (ch === '}') throw errorAt("f-string: single '}' is not allowed", p.tok);
        }
        i--;
        break;
      }
    }
    if (again) continue;
    if (i > litStart) st.last += decodeLit(p, s.slice(litStart, i));
    if (i >= s.length || s[i] === '}') break;
    // s[i] === '{': an expression
    const fv = findExpr(p, i, lvl, st, group);
    i = fv.end;
    st.flush(group);
    st.values.push(fv.node);
  }
  if (lvl !== 0 && s[i] !== '}') throw errorAt("f-string: expecting '}'", p.tok);
  return i;
}

function decodeLit(p: Piece, text: string): string {
  return p.raw ? text : decodeEscapes(text, p.tok);
}

const CONVERSIONS: Record<string, number> = { s: 115, r: 114, a: 97 };

// CPython: fstring_find_expr.
function findExpr(p: Piece, brace: number, lvl: number, st: Parts, group: Position): { node: FormattedValue; end: number } {
  const s = p.body;
  const fail = (msg: string) => errorAt(msg, p.tok);
  if (lvl >= 2) throw fail('f-string: expressions nested too deeply');
  let i = brace + 1;
  const exprStart = i;
  let quote = '', strType = 0;
  const stack: string[] = [];
  for (; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\') throw fail('f-string expression part cannot include a backslash');
    if (quote) {
      if (ch === quote) {
        if (strType === 3) {
          if (i + 2 < s.length && s[i + 1] === ch && s[i + 2] === ch) { i += 2; quote = ''; strType = 0; }
        } else { quote = ''; strType = 0; }
      }
      continue;
    }
    if (ch === "'" || ch === '"') {
      if (i + 2 < s.length && s[i + 1] === ch && s[i + 2] === ch) { strType = 3; i += 2; } else strType = 1;
      quote = ch;
    } else if (ch === '[' || ch === '{' || ch === '(') {
      if (stack.length >= 200) throw fail('f-string: too many nested parenthesis');
      stack.push(ch);
    } else if (ch === '#') {
      throw fail("f-string expression part cannot include '#'");
    } else if (stack.length === 0 && '!:}=<>'.includes(ch)) {
      const next = s[i + 1];
      if (next === '=' && ch !== ':' && ch !== '}') { i++; continue; }
      if (ch === '<' || ch === '>') continue;
      break;
    } else if (ch === ']' || ch === '}' || ch === ')') {
      if (!stack.length) throw fail(`f-string: unmatched '${ch}'`);
      const open = stack.pop() as string;
      if ({ '(': ')', '[': ']', '{': '}' }[open] !== ch) {
        throw fail(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${open}'`);
      }
    }
  }
  if (quote) throw fail('f-string: unterminated string');
  if (stack.length) throw fail(`f-string: unmatched '${stack[stack.length - 1]}'`);
  if (i >= s.length) throw fail("f-string: expecting '}'");
  const exprText = s.slice(exprStart, i);
  if (/^[ \t\n\r\f\v]*$/.test(exprText)) throw fail('f-string: empty expression not allowed');
  const value = compileExpr(p, brace, exprText);
  let conversion = -1;
  let debugText: string | null = null;
  if (s[i] === '=') {
    i++;
    while (i < s.length && /[ \t\n\r\f\v]/.test(s[i])) i++;
    if (i >= s.length) throw fail("f-string: expecting '}'");
    debugText = s.slice(exprStart, i);
  }
  if (s[i] === '!') {
    i++;
    if (i >= s.length) throw fail("f-string: expecting '}'");
    const c = CONVERSIONS[s[i++]];
    if (c === undefined) throw fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    conversion = c;
  }
  let formatSpec: JoinedStr | null = null;
  if (i < s.length && s[i] === ':') {
    i++;
    if (i >= s.length) throw fail("f-string: expecting '}'");
    const spec = new Parts(group);
    i = concatFstring(p, i, lvl + 1, spec, group);
    formatSpec = spec.finish(p.tok);
  }
  if (i >= s.length || s[i] !== '}') throw fail("f-string: expecting '}'");
  i++;
  if (debugText !== null) {
    st.last += debugText;
    if (formatSpec === null && conversion === -1) conversion = 114;
  }
  const node: FormattedValue = { kind: 'FormattedValue', value, conversion, format_spec: formatSpec, ...span(group) };
  return { node, end: i };
}

// CPython: fstring_compile_expr + fstring_find_expr_location.
function compileExpr(p: Piece, brace: number, exprText: string): Expr {
  const tokText = p.tok.value;
  const braceAt = p.bodyStart + brace;
  let lines = 0, cols = 0;
  let nlAfterBrace = true;
  for (let k = braceAt + 1; k < tokText.length && tokText[k] !== '}' && tokText[k] !== '\n'; k++) {
    const c = tokText[k];
    if (c !== ' ' && c !== '\t' && c !== '\f') { nlAfterBrace = false; break; }
  }
  if (!nlAfterBrace) {
    const nl = tokText.lastIndexOf('\n', braceAt);
    cols = cpCount(tokText, nl + 1, braceAt);
  }
  for (let k = 0; k < braceAt; k++) if (tokText.charCodeAt(k) === 10) lines++;
  const lineBase = p.tok.lineno + lines - 1;
  const colBase = lines === 0 ? p.tok.col_offset + cols : cols;
  return parseFStringExpr('(' + exprText + ')', lineBase, colBase);
}

function cpCount(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) { const c = s.charCodeAt(i); if (c < 0xdc00 || c > 0xdfff) n++; }
  return n;
}

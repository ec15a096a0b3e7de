// The raw moo lexer: one regex rule per token class of CPython's tokenizer (Lib/tokenize.py,
// Parser/tokenizer.c). It knows nothing about lines or brackets; `tokenizer.ts` wraps it to produce
// NEWLINE / INDENT / DEDENT, join lines inside brackets, merge adjacent strings and `not in` / `is not`.
//
// Operator tokens get *class* types (binop, addop, cmpop, augassign) so the grammar predicts few
// alternatives (see shared/notes/nearley.md). Rule order matters: moo tries rules in order, so
// string literals (with prefixes) come before NAME, and error-catching rules come last.
import moo from 'moo';

/** Python 3.11 keywords (soft keywords `match`/`case`/`_` are plain names). Type = 'kw_' + word. */
export const KEYWORDS = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def',
  'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
  'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
];

const kwMap: Record<string, string[]> = {};
for (const k of KEYWORDS) kwMap['kw_' + k] = [k];

const PREFIX = String.raw`(?:[rR][bBfF]?|[bBfF][rR]?|[uU])?`;
// Complete strings: backslash always escapes the next char for tokenizing (even in raw strings).
const STRING = new RegExp(PREFIX + String.raw`(?:'''(?:[^\\']|\\[^]|'(?!''))*'''|"""(?:[^\\"]|\\[^]|"(?!""))*"""|'(?:(?:[^\\'\n]|\\[^])+'|'(?!'))|"(?:(?:[^\\"\n]|\\[^])+"|"(?!")))`, 'u');
// Unterminated strings (errors): a triple quote running to EOF, a single quote running to end of line.
const BAD_TRIPLE = new RegExp(PREFIX + String.raw`(?:'''|""")[^]*`, 'u');
const BAD_SINGLE = new RegExp(PREFIX + String.raw`['"](?:[^\\\n]|\\[^])*`, 'u');

const DIG = String.raw`[0-9](?:_?[0-9])*`;
const EXP = String.raw`[eE][+-]?` + DIG;
const NUMBER = new RegExp(
  String.raw`0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|` +
  `(?:${DIG}\\.(?:${DIG})?|\\.${DIG})(?:${EXP})?[jJ]?|${DIG}${EXP}[jJ]?|${DIG}[jJ]?`, 'u');
// Letters/digits glued to a number (`1abc`, `0x`, `1_`) make CPython's "invalid ... literal" errors.
const BAD_NUMBER_TAIL = /[\p{XID_Continue}]/u;

export const rules = {
  ws: /[ \t\f]+/u,
  comment: /#[^\n]*/u,
  nl: { match: /\n/u, lineBreaks: true },
  cont: { match: /\\\n/u, lineBreaks: true },
  string: { match: STRING, lineBreaks: true },
  badtriple: { match: BAD_TRIPLE, lineBreaks: true },
  badsingle: BAD_SINGLE,
  number: NUMBER,
  name: { match: /[\p{XID_Start}_][\p{XID_Continue}]*/u, type: moo.keywords(kwMap) },
  ellipsis: /\.\.\./u,
  augassign: /(?:\*\*|\/\/|>>|<<|[-+*/%@&|^])=/u,
  arrow: /->/u,
  dstar: /\*\*/u,
  cmpop: /==|!=|<=|>=|<>|<(?!<)|>(?!>)/u,
  binop: /\/\/|<<|>>|[/%&|^]/u,
  walrus: /:=/u,
  addop: /[-+]/u,
  star: /\*/u,
  at: /@/u,
  tilde: /~/u,
  eq: /=/u,
  lpar: /\(/u, rpar: /\)/u, lsqb: /\[/u, rsqb: /\]/u, lbrace: /\{/u, rbrace: /\}/u,
  colon: /:/u, comma: /,/u, semi: /;/u, dot: /\./u,
  badchar: { match: /[^]/u, lineBreaks: true },
};

let base: moo.Lexer | null = null;
/** A fresh lexer sharing one compiled rule set (moo.compile is costly: build it once, clone after). */
export function makeMooLexer(): moo.Lexer {
  if (!base) base = moo.compile(rules as unknown as moo.Rules);
  return (base as unknown as { clone(): moo.Lexer }).clone();
}

export { BAD_NUMBER_TAIL };

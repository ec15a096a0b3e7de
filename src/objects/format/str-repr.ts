// repr(str) as CPython writes it (CPython: unicode_repr): single quotes unless the string contains
// ' and no ", escapes for \\ \t \n \r and the quote, \xNN / \uNNNN / \UNNNNNNNN for non-printable
// characters; printable non-ASCII characters (Chinese, accented letters, emoji) stay as they are.
// Also ascii() (every non-ASCII character escaped).

/** Unicode categories Python's str.isprintable() rejects (space is printable). */
export const NON_PRINTABLE = /(?! )[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
const NEEDS_ESCAPE = /[\\\x00-\x1f\x7f-\uffff]/;

export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  if (!NEEDS_ESCAPE.test(s) && !s.includes(quote)) return quote + s + quote;
  return quote + escapeChars(s, quote, false) + quote;
}

/** ascii(s): like repr but every non-ASCII character escaped. */
export function strAscii(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  return quote + escapeChars(s, quote, true) + quote;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

function escapeChars(s: string, quote: string, asciiOnly: boolean): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x7f && c >= 0x20) {
      out += ch === quote || ch === '\\' ? '\\' + ch : ch;
    } else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x100 && (c < 0xa0 || asciiOnly || c === 0xad)) out += '\\x' + hex(c, 2);
    else if (!asciiOnly && !NON_PRINTABLE.test(ch)) out += ch;
    else if (c < 0x100) out += '\\x' + hex(c, 2);
    else if (c < 0x10000) out += '\\u' + hex(c, 4);
    else out += '\\U' + hex(c, 8);
  }
  return out;
}

/** Escape the non-ASCII characters of an already-repr'd string (ascii(x) == asciiEscape(repr(x))). */
export function asciiEscape(r: string): string {
  if (/^[\x00-\x7f]*$/.test(r)) return r;
  let out = '';
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += '\\x' + hex(c, 2);
    else if (c < 0x10000) out += '\\u' + hex(c, 4);
    else out += '\\U' + hex(c, 8);
  }
  return out;
}

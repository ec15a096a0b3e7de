// CPython's textwrap.wrap / fill (Lib/textwrap.py, TextWrapper with its defaults: break_long_words,
// break_on_hyphens, drop_whitespace, expand_tabs, replace_whitespace), for argparse's help layout.
// Lengths count code points, as Python's len() does.

const WS = '[\\t\\n\\x0b\\x0c\\r ]';
const NWS = '[^\\t\\n\\x0b\\x0c\\r ]';
const LT = '[\\p{L}\\p{M}_]'; // Python: [^\d\W]
const WP = '[\\p{L}\\p{M}\\p{N}_!"\'&.,?]'; // Python: [\w!"'&.,?]

// CPython: TextWrapper.wordsep_re
const wordsepRe = new RegExp(
  `(${WS}+` +
    `|(?<=${WP})-{2,}(?=[\\p{L}\\p{M}\\p{N}_])` +
    `|${NWS}+?(?:-(?:(?<=${LT}{2}-)|(?<=${LT}-${LT}-))(?=${LT}-?${LT})|(?=${WS}|$)|(?<=${WP})(?=-{2,}[\\p{L}\\p{M}\\p{N}_])))`,
  'u',
);

const cpLen = (s: string): number => Array.from(s).length;

function split(text: string): string[] {
  return text.split(wordsepRe).filter((c) => c !== undefined && c !== '');
}

function handleLongWord(chunks: string[], curLine: string[], curLen: number, width: number): void {
  const spaceLeft = width < 1 ? 1 : width - curLen;
  const chunk = Array.from(chunks[chunks.length - 1]);
  let end = spaceLeft;
  if (chunk.length > spaceLeft) {
    const head = chunk.slice(0, spaceLeft).join('');
    const hyphen = head.lastIndexOf('-');
    if (hyphen > 0 && Array.from(head.slice(0, hyphen)).some((c) => c !== '-')) end = cpLen(head.slice(0, hyphen)) + 1;
  }
  curLine.push(chunk.slice(0, end).join(''));
  chunks[chunks.length - 1] = chunk.slice(end).join('');
}

/** textwrap.wrap(text, width, initial_indent=, subsequent_indent=). */
export function wrap(text: string, width: number, initialIndent = '', subsequentIndent = ''): string[] {
  text = text.replace(/\t/g, '        ').replace(/[\t\n\x0b\x0c\r]/g, ' ');
  const chunks = split(text).reverse();
  const lines: string[] = [];
  while (chunks.length) {
    const curLine: string[] = [];
    let curLen = 0;
    const indent = lines.length ? subsequentIndent : initialIndent;
    const w = width - cpLen(indent);
    if (chunks[chunks.length - 1].trim() === '' && lines.length) chunks.pop();
    while (chunks.length) {
      const l = cpLen(chunks[chunks.length - 1]);
      if (curLen + l <= w) {
        curLine.push(chunks.pop()!);
        curLen += l;
      } else break;
    }
    if (chunks.length && cpLen(chunks[chunks.length - 1]) > w) {
      handleLongWord(chunks, curLine, curLen, w);
      if (chunks[chunks.length - 1] === '') chunks.pop();
    }
    if (curLine.length && curLine[curLine.length - 1].trim() === '') curLine.pop();
    if (curLine.length) lines.push(indent + curLine.join(''));
  }
  return lines;
}

/** textwrap.fill. */
export function fill(text: string, width: number, initialIndent = '', subsequentIndent = ''): string {
  return wrap(text, width, initialIndent, subsequentIndent).join('\n');
}

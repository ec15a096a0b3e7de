// Caret anchors for traceback lines (CPython 3.11: traceback._extract_caret_anchors_from_line_segment
// and traceback.c's extract_anchors_from_line): parse the failing segment; for a binary operation
// mark the operator with '^' and the operands with '~' (`a / b` -> `~~^~~`); for a subscript mark
// the brackets (`d['k']` -> `~^^^^^`). Anything else: no anchors (plain '^^^').
//
// Columns are code points within the segment (pyts's AST positions count code points).

import type * as A from '../parse/ast.js';
import type { Anchors } from './traceback.js';

export type ModuleParser = (source: string, filename: string) => A.Module;

export function caretAnchors(segment: string, parse: ModuleParser): Anchors | null {
  let tree: A.Module;
  try {
    tree = parse(segment, '<string>');
  } catch {
    return null;
  }
  if (tree.body.length !== 1) return null;
  const st = tree.body[0];
  if (st.kind !== 'Expr') return null;
  const expr = st.value;
  const seg = Array.from(segment);
  const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
  if (expr.kind === 'BinOp') {
    // Positions of a one-line segment are all on line 1.
    const opStart = expr.left.end_col_offset;
    const opEnd = expr.right.col_offset;
    const opStr = seg.slice(opStart, opEnd);
    let opOffset = 0;
    while (opOffset < opStr.length && isSpace(opStr[opOffset])) opOffset++;
    let left = opStart + opOffset;
    let right = left + 1;
    if (opOffset + 1 < opStr.length && !isSpace(opStr[opOffset + 1])) right++;
    while (left < seg.length && (isSpace(seg[left]) || seg[left] === ')' || seg[left] === '#')) {
      left++;
      right++;
    }
    return { leftEnd: left, rightStart: right, primary: '~', secondary: '^' };
  }
  if (expr.kind === 'Subscript') {
    let left = expr.value.end_col_offset;
    let right = expr.slice.end_col_offset + 1;
    while (left < seg.length && (isSpace(seg[left]) || seg[left] !== '[')) left++;
    while (right < seg.length && (isSpace(seg[right]) || seg[right] !== ']')) right++;
    if (right < seg.length) right++;
    return { leftEnd: left, rightStart: right, primary: '~', secondary: '^' };
  }
  return null;
}

#!/usr/bin/env python3
"""Write FILE.ast.json next to each FILE.py: CPython's ast.parse of it, in pyts's AST shape.

The expectations of test/parse/ast-corpus.test.ts come only from here (CPython 3.11). The JSON mirrors
src/parse/ast.ts: `kind` = class name, operators/contexts as strings, Constant values tagged like
ConstantValue (ints as decimal strings, bytes as hex), columns converted from UTF-8 bytes to code points.
Fields pyts does not model are dropped: type_ignores, type_comment, Constant.kind, comprehension.is_async.

usage: python3 scripts/dump-cpython-ast.py [--out DIR] FILE.py...   (default: next to each file)
"""
import ast, json, sys

DROP = {'type_ignores', 'type_comment', 'is_async'}
POS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def const(v):
    if v is None: return {'kind': 'None'}
    if v is Ellipsis: return {'kind': 'Ellipsis'}
    if isinstance(v, bool): return {'kind': 'bool', 'value': v}
    if isinstance(v, int): return {'kind': 'int', 'value': str(v)}
    if isinstance(v, float): return {'kind': 'float', 'value': v if v == v and abs(v) != float('inf') else repr(v)}
    if isinstance(v, complex): return {'kind': 'complex', 'imag': v.imag if abs(v.imag) != float('inf') else repr(v.imag)}
    if isinstance(v, str): return {'kind': 'str', 'value': v}
    if isinstance(v, bytes): return {'kind': 'bytes', 'value': v.hex()}
    raise TypeError(type(v))


def convert(node, lines):
    if isinstance(node, list):
        return [convert(x, lines) for x in node]
    if not isinstance(node, ast.AST):
        return node
    if isinstance(node, (ast.expr_context, ast.operator, ast.unaryop, ast.cmpop, ast.boolop)):
        return type(node).__name__
    out = {'kind': type(node).__name__}
    for f in node._fields:
        if f in DROP:
            continue
        if isinstance(node, ast.Constant) and f == 'kind':
            continue
        v = getattr(node, f)
        out[f] = const(v) if isinstance(node, (ast.Constant, ast.MatchSingleton)) and f == 'value' else convert(v, lines)
    if hasattr(node, 'lineno') and 'lineno' in node._attributes:
        for a in POS:
            out[a] = getattr(node, a)
        out['col_offset'] = cp_col(lines, node.lineno, node.col_offset)
        out['end_col_offset'] = cp_col(lines, node.end_lineno, node.end_col_offset)
    return out


def cp_col(lines, lineno, col):
    if col is None or col < 0 or lineno is None or lineno - 1 >= len(lines):
        return col
    return len(lines[lineno - 1].encode('utf-8')[:col].decode('utf-8', errors='ignore'))


def main():
    import os
    args = sys.argv[1:]
    out_dir = None
    if args and args[0] == '--out':
        out_dir, args = args[1], args[2:]
    for path in args:
        with open(path, encoding='utf-8') as f:
            src = f.read()
        tree = ast.parse(src, path)
        lines = src.replace('\r\n', '\n').split('\n')
        target = path[:-3] + '.ast.json'
        if out_dir:
            target = os.path.join(out_dir, os.path.basename(target))
        with open(target, 'w', encoding='utf-8') as f:
            json.dump(convert(tree, lines), f, ensure_ascii=False, indent=None, separators=(',', ':'))
            f.write('\n')


if __name__ == '__main__':
    main()

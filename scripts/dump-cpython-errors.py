#!/usr/bin/env python3
"""Write DIR/expected.json: for each DIR/*.py, the SyntaxError CPython 3.11 raises compiling it (kind,
msg, lineno, offset, end_lineno, end_offset, text) and the exact stderr of `python3 NAME.py` run in DIR.

The expectations of test/parse/bad-corpus.test.ts come only from here.
usage: python3 scripts/dump-cpython-errors.py test/parse/bad
"""
import json, os, subprocess, sys

d = sys.argv[1]
out = {}
for name in sorted(os.listdir(d)):
    if not name.endswith('.py'):
        continue
    with open(os.path.join(d, name), 'rb') as f:
        src = f.read()
    try:
        compile(src, name, 'exec')
        raise SystemExit(f'{name}: compiles without error')
    except SyntaxError as e:
        case = {'kind': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
                'end_lineno': e.end_lineno, 'end_offset': e.end_offset, 'text': e.text}
    r = subprocess.run([sys.executable, name], cwd=d, capture_output=True, text=True)
    case['stderr'] = r.stderr
    case['exit'] = r.returncode
    out[name] = case
with open(os.path.join(d, 'expected.json'), 'w', encoding='utf-8') as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write('\n')

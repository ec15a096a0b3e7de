#!/usr/bin/env python3
"""Write DIR/expected.json: for each DIR/*.py, the SyntaxError CPython 3.11 raises running it as a script
(kind, msg, lineno, offset, end_lineno, end_offset, text; str_offset/str_end_offset for compile(str)) and the exact stderr of `python3 NAME.py` run in DIR.

The expectations of test/parse/bad-corpus.test.ts come only from here.
usage: python3 scripts/dump-cpython-errors.py test/parse/bad
"""
import json, os, subprocess, sys, tempfile

# Run each case as a script with an excepthook that reports the SyntaxError's attributes: a script's
# source is read by the file tokenizer, whose offsets differ from compile()'s in places.
HOOK = """import json, sys
def hook(t, e, tb):
    sys.stderr.write('@@ATTRS ' + json.dumps({'kind': t.__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
        'end_lineno': e.end_lineno, 'end_offset': e.end_offset, 'text': e.text}) + '\\n')
    sys.__excepthook__(t, e, tb)
sys.excepthook = hook
"""
hook_dir = tempfile.mkdtemp()
with open(os.path.join(hook_dir, 'sitecustomize.py'), 'w') as f:
    f.write(HOOK)

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
    except SyntaxError:
        pass
    case = {}
    r = subprocess.run([sys.executable, name], cwd=d, capture_output=True, text=True,
                       env={**os.environ, 'PYTHONPATH': hook_dir})
    attrs, _, stderr = r.stderr.partition('\n')
    assert attrs.startswith('@@ATTRS '), attrs
    case.update(json.loads(attrs[len('@@ATTRS '):]))
    r.stderr = stderr
    # CPython prints the script's absolute path; keep just the name so the test can pass the name.
    case['stderr'] = r.stderr.replace(os.path.abspath(os.path.join(d, name)), name)
    case['exit'] = r.returncode
    # compile(str) (exec/eval/compile of a str) counts parser-error columns in characters, not bytes
    try:
        compile(src.decode('utf-8'), name, 'exec')
    except SyntaxError as e:
        case['str_offset'], case['str_end_offset'] = e.offset, e.end_offset
    out[name] = case
with open(os.path.join(d, 'expected.json'), 'w', encoding='utf-8') as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write('\n')

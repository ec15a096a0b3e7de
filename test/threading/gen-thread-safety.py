"""Record CPython's log lines for the seed's three argparse + logging thread-safety programs run as the
tutorial runs them (`-l 1000 -t 10`): timestamps removed, the logged value split off, lines sorted (the
order in which threads finish is timing). Writes fixtures/thread-safety.expected.json.
Run: python3 test/threading/gen-thread-safety.py"""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
out = {}
for name in ('thread_safe_local_var', 'thread_unsafe_global', 'thread_unsafe_shared_instance'):
    prog = os.path.join(ROOT, 'examples', name + '.py')
    p = subprocess.run([sys.executable, '-B', prog, '-l', '1000', '-t', '10'], cwd=os.path.dirname(prog),
                       capture_output=True, timeout=120)
    rows = []
    for line in p.stderr.decode('utf-8').splitlines():
        m = re.match(r'^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d (.*) \[x = (\d+)\]$', line)
        if not m:
            raise SystemExit(f'unexpected line from {name}: {line!r}')
        rows.append([m.group(1), int(m.group(2))])
    rows.sort()
    out[name] = {'exitCode': p.returncode, 'lines': [r[0] for r in rows], 'values': [r[1] for r in rows]}
with open(os.path.join(HERE, 'fixtures', 'thread-safety.expected.json'), 'w') as f:
    json.dump(out, f, ensure_ascii=False, indent=1)

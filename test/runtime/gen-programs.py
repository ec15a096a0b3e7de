#!/usr/bin/env python3
"""Regenerate test/runtime/programs/*.expected.json by running each program under CPython 3.11.

Each program runs with cwd = programs/ as `python3 NAME.py`; the expectation keeps stdout, the exit
code and the last non-empty stderr line (what programs.test.ts compares)."""
import glob, json, os, subprocess, sys

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'programs')
for py in sorted(glob.glob(os.path.join(here, '*.py'))):
    p = subprocess.run([sys.executable, os.path.basename(py)], cwd=here, capture_output=True, text=True,
                       env={'PATH': '/usr/bin:/bin', 'PYTHONHASHSEED': '0', 'PYTHONIOENCODING': 'utf-8'})
    lines = [l for l in p.stderr.splitlines() if l.strip()]
    exp = {'stdout': p.stdout, 'exitCode': p.returncode, 'stderrLastLine': lines[-1] if lines else ''}
    with open(py[:-3] + '.expected.json', 'w') as f:
        json.dump(exp, f, indent=1, ensure_ascii=False)
        f.write('\n')
    print(os.path.basename(py), p.returncode)

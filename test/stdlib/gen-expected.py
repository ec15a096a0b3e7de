#!/usr/bin/env python3
"""Regenerate the expected outputs of test/stdlib/cases/*.py with CPython (python3, 3.11).

Each case may declare runs in its header comments:
    # run: -l 3 -t 2          (command-line arguments, shell-split; one run per line; default: one run, no args)
    # env: COLUMNS=60         (environment for every run of the case)
The case is copied to a scratch directory and run as `python3 NAME.py ARGS` there; the scratch path in
the output is replaced by /t (pyts runs the case as /t/NAME.py). Timestamps are left as they are: the
test masks `YYYY-MM-DD HH:MM:SS(,mmm)` on both sides. Writes NAME.expected.json next to the case.
"""
import json, os, shlex, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

def runs_of(src):
    runs, env = [], {}
    for line in src.splitlines():
        if line.startswith('# run:'):
            runs.append(shlex.split(line[6:]))
        elif line.startswith('# env:'):
            k, _, v = line[6:].strip().partition('=')
            env[k] = v
    return runs or [[]], env

def main():
    assert sys.version_info[:2] == (3, 11), 'expectations must come from CPython 3.11'
    names = sorted(f for f in os.listdir(CASES) if f.endswith('.py'))
    if len(sys.argv) > 1:
        names = [n for n in names if any(a in n for a in sys.argv[1:])]
    for name in names:
        src = open(os.path.join(CASES, name), encoding='utf-8').read()
        runs, env = runs_of(src)
        out = []
        with tempfile.TemporaryDirectory() as d:
            shutil.copy(os.path.join(CASES, name), os.path.join(d, name))
            for args in runs:
                e = {k: v for k, v in os.environ.items() if k not in ('COLUMNS', 'LINES')}
                e.update(env)
                e['PYTHONHASHSEED'] = '0'
                e['PYTHONIOENCODING'] = 'utf-8'
                p = subprocess.run([sys.executable, name, *args], cwd=d, env=e, capture_output=True, text=True, timeout=60)
                fix = lambda s: s.replace(os.path.realpath(d), '/t').replace(d, '/t')
                out.append({'args': args, 'stdout': fix(p.stdout), 'stderr': fix(p.stderr), 'exit': p.returncode})
        with open(os.path.join(CASES, name[:-3] + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump({'env': env, 'runs': out}, f, ensure_ascii=False, indent=1)
            f.write('\n')
        print(name, [r['exit'] for r in out])

main()

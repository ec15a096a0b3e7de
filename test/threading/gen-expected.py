#!/usr/bin/env python3
"""Regenerate test/threading/fixtures/expected.json: CPython 3.11's output for the seed programs the
threading tests run (examples/, some with a smaller fib argument so that pyts runs them quickly).
Run from the repository root: python3 test/threading/gen-expected.py
"""
import json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# name -> (example file, argv, source substitutions)
PROGRAMS = {
    'timer_impl_complete': ('timer_impl_complete.py', [], []),
    'timer_usage_complete': ('timer_usage_complete.py', [], []),
    'local_instantiate_complete': ('local_instantiate_complete.py', [], []),
    'threading_local_module_complete': ('threading_local_module_complete.py', [], []),
    'race_lock_2_10': ('race_lock.py', ['2', '10'], []),
    'race_with_lock_complete_100_1000': ('race_with_lock_complete.py', ['100', '1000'], []),
    'spinner_daemon_fib15': ('spinner_daemon.py', [], [('fib(42)', 'fib(15)')]),
    'spinner_queue_exit_fib15': ('spinner_queue_exit.py', [], [('fib(42)', 'fib(15)')]),
    # our own programs (test/threading/fixtures/)
    'errors': ('../test/threading/fixtures/errors.py', [], []),
    'properties': ('../test/threading/fixtures/properties.py', [], []),
    'queue_paths': ('../test/threading/fixtures/queue_paths.py', [], []),
}

def source_of(name):
    f, _, subs = PROGRAMS[name]
    src = open(os.path.join(ROOT, 'examples', f), encoding='utf-8').read()
    for a, b in subs:
        assert a in src, (name, a)
        src = src.replace(a, b)
    return src

def main():
    out = {}
    for name, (f, argv, subs) in PROGRAMS.items():
        src = source_of(name)
        with tempfile.TemporaryDirectory() as d:
            base = os.path.basename(f)
            path = os.path.join(d, base)
            open(path, 'w', encoding='utf-8').write(src)
            p = subprocess.run([sys.executable, base, *argv], cwd=d, capture_output=True, timeout=120)
        stdout = p.stdout.decode('utf-8')  # bytes: keep '\r' as written
        rec = {'file': f, 'argv': argv, 'subs': subs, 'exitCode': p.returncode, 'stderr': p.stderr.decode('utf-8')}
        if len(stdout) > 20000:  # big outputs: their shape only
            lines = stdout.split('\n')
            rec.update(lineCount=len(lines) - 1, lastLine=lines[-2])
        else:
            rec['stdout'] = stdout
        out[name] = rec
        print(name, p.returncode, len(stdout))
    json.dump(out, open(os.path.join(ROOT, 'test/threading/fixtures/expected.json'), 'w'), ensure_ascii=False, indent=1)

if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Regenerate the expected outputs of the conformance suite from CPython.

Every case `test/conformance/cases/<area>/NNN_name.py` is run with `python3` (which must be CPython 3.11)
RUNS times, each run in the case's own folder with

  - argv = [NNN_name.py] + the JSON list in the optional sidecar `NNN_name.argv.json`,
  - PYTHONHASHSEED=0, no user site-packages, UTF-8 stdio, a minimal environment,

and `NNN_name.expected.json` = {"stdout", "exitCode", "stderrLastLine"} is written next to it
(`stderrLastLine` is the last non-empty line of stderr, "" when there is none; a death by signal N is
recorded as exit code 128 + N, as a shell shows it).

A case whose stdout, exit code or last stderr line differ between the runs is not deterministic under
CPython: it is reported, its expectation is not written, and the script exits 1. Fix or drop such a case;
never hand-edit an expected file.

Usage: python3 scripts/regen-conformance.py [--runs N] [--jobs N] [--check] [PATH_OR_SUBSTRING ...]
  --check   write nothing; exit 1 if any committed expectation differs from what CPython prints now.
"""
import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, 'test', 'conformance', 'cases')
CASE_RE = re.compile(r'^\d{3}_[A-Za-z0-9_]+\.py$')
TIMEOUT_S = 60


def list_cases():
    """Case files: NNN_name.py directly inside an area folder (helper modules live in subfolders)."""
    out = []
    for area in sorted(os.listdir(CASES)):
        d = os.path.join(CASES, area)
        if not os.path.isdir(d):
            continue
        for f in sorted(os.listdir(d)):
            if CASE_RE.match(f):
                out.append(os.path.join(d, f))
    return out


def case_argv(path):
    side = path[:-3] + '.argv.json'
    extra = []
    if os.path.exists(side):
        with open(side, encoding='utf-8') as fh:
            extra = json.load(fh)
    return [os.path.basename(path)] + extra


def case_env():
    env = {
        'PATH': os.environ.get('PATH', '/usr/bin:/bin'),
        'PYTHONHASHSEED': '0',
        'PYTHONNOUSERSITE': '1',
        'PYTHONIOENCODING': 'utf-8',
        'PYTHONUTF8': '1',
        'LANG': 'C.UTF-8',
        'LC_ALL': 'C.UTF-8',
    }
    return env


def last_line(text):
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[-1] if lines else ''


def run_once(path):
    argv = case_argv(path)
    try:
        p = subprocess.run([sys.executable, '-s', '-B'] + argv,
                           cwd=os.path.dirname(path), env=case_env(), capture_output=True, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return {'stdout': '', 'exitCode': None, 'stderrLastLine': 'TIMEOUT'}
    # Tracebacks name the script by its absolute path (CPython 3.9+): drop the case folder so the
    # expectation holds in any checkout; the harness strips the same prefix from pyts's output.
    case_dir = os.path.dirname(path) + os.sep
    stderr = p.stderr.decode('utf-8', 'replace').replace(case_dir, '')
    if re.search(r'^\S*:\d+: (Syntax|Deprecation|Resource|Runtime)Warning', stderr, re.M):
        # A warning is an accident of the case's text, not behaviour under test: rewrite the case.
        return {'stdout': '', 'exitCode': None, 'stderrLastLine': 'WARNING: ' + stderr[:200]}
    # A process killed by a signal (CPython re-raises SIGINT after an uncaught KeyboardInterrupt) is
    # recorded as a shell reports it, 128 + signal number: an embedding API has no signals to die of.
    code = p.returncode if p.returncode >= 0 else 128 - p.returncode
    return {
        'stdout': p.stdout.decode('utf-8', 'replace').replace(case_dir, ''),
        'exitCode': code,
        'stderrLastLine': last_line(stderr),
    }


def run_case(path, runs):
    results = [run_once(path) for _ in range(runs)]
    first = results[0]
    for r in results[1:]:
        if r != first:
            return path, None, results
    if first['exitCode'] is None:
        return path, None, results
    return path, first, results


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--runs', type=int, default=5)
    ap.add_argument('--jobs', type=int, default=os.cpu_count() or 4)
    ap.add_argument('--check', action='store_true')
    ap.add_argument('select', nargs='*')
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 11):
        print('regen-conformance: expected CPython 3.11, got', sys.version.split()[0], file=sys.stderr)
        return 2
    cases = list_cases()
    if args.select:
        cases = [c for c in cases if any(s in c for s in args.select)]
    bad = 0
    written = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(run_case, c, args.runs) for c in cases]
        for fut in futures:
            path, expected, results = fut.result()
            rel = os.path.relpath(path, ROOT)
            if expected is None:
                bad += 1
                print(f'NOT DETERMINISTIC (or timed out, or warned), not written: {rel}')
                for i, r in enumerate(results):
                    print(f'  run {i + 1}: exit={r["exitCode"]} stderr={r["stderrLastLine"]!r} '
                          f'stdout={r["stdout"][:120]!r}')
                continue
            out_path = path[:-3] + '.expected.json'
            text = json.dumps(expected, ensure_ascii=False, indent=1) + '\n'
            old = open(out_path, encoding='utf-8').read() if os.path.exists(out_path) else None
            if args.check:
                if old != text:
                    bad += 1
                    print(f'STALE: {rel}')
                continue
            if old != text:
                with open(out_path, 'w', encoding='utf-8') as fh:
                    fh.write(text)
                written += 1
    print(f'{len(cases)} cases, {written} expectation files written, {bad} problems')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())

"""Record what CPython prints for the seed's verbatim traffic-light program (examples/event_traffic_light.py)
over its first 31.5 seconds: the program never ends (its light thread is not a daemon), so it is
killed; logging writes to stderr unbuffered, so every line logged before that is kept, timestamps removed. Writes fixtures/traffic-light.expected.json.
Run: python3 test/threading/gen-traffic-light.py   (takes ~32 s)"""
import json, os, re, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
prog = os.path.join(ROOT, 'examples', 'event_traffic_light.py')
p = subprocess.Popen([sys.executable, '-B', prog], cwd=os.path.dirname(prog),
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
time.sleep(31.5)
p.kill()
_, err = p.communicate(timeout=10)
lines = []
for line in err.decode('utf-8').splitlines():
    m = re.match(r'^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d (.*)$', line)
    if not m:
        raise SystemExit(f'unexpected stderr line: {line!r}')
    lines.append(m.group(1))
with open(os.path.join(HERE, 'fixtures', 'traffic-light.expected.json'), 'w') as f:
    json.dump({'seconds': 31.5, 'lines': lines}, f, ensure_ascii=False, indent=1)
print(len(lines), 'lines')

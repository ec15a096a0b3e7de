// The playground in a real browser: headless Chromium (Debian's /usr/bin/chromium) driven by
// playwright-core. Builds dist/web (scripts/build-web.mjs), serves it on localhost, then:
//   race.py 2 10 (output, two worker lanes, a hover tooltip with the source line), determinism with a
//   seed in virtual time, `while True: pass` (the page keeps painting; Stop ends it), a hard stop of a
//   program that catches KeyboardInterrupt, '\r' in the output pane, the traffic-light example in
//   virtual time. Screenshots go to test-artifacts/ (gitignored).
// Without /usr/bin/chromium the suite is skipped with a visible message (.ci/run installs chromium).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

const CHROMIUM = process.env.PYTS_CHROMIUM ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  console.warn(
    `\n*** test/browser/playground.test.ts: SKIPPED: ${CHROMIUM} not found ` +
      '(install it with `apt-get install -y chromium`; .ci/run does). ***\n',
  );
}

const ARTIFACTS = 'test-artifacts';

interface PytsApi {
  run(): Promise<{ exitCode: number; exception?: string } | null>;
  stop(): void;
  loadExample(name: string): void;
  setSource(s: string): void;
  output(): string;
  screen(): string;
  lanes(): { name: string; ident: number; segments: number }[];
  timeline(): unknown;
  running: boolean;
  runs: number;
  lastResult: { exitCode: number } | null;
}
declare const pyts: PytsApi;

describe.skipIf(!haveChromium)('playground in headless Chromium', () => {
  let browser: BrowserContext;
  let page: Page;
  let server: { url: string; close(): Promise<void> };
  let profile: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const { buildWeb } = await import('../../scripts/build-web.mjs');
    const sizes = await buildWeb({ minify: true });
    console.log(`browser build: pyts.js ${(sizes.pyts / 1024).toFixed(1)} KB, playground.js ${(sizes.playground / 1024).toFixed(1)} KB`);
    const { servePlayground } = await import('../../scripts/serve-playground.mjs');
    server = await servePlayground({ port: 0 });
    const { chromium } = await import('playwright-core');
    profile = mkdtempSync(join(tmpdir(), 'pyts-chromium-'));
    // A fresh profile directory (playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(server.url);
    await page.waitForSelector('body[data-state="idle"]', { timeout: 30_000 });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function setControls(o: { argv?: string; seed?: string; vtime?: boolean; interval?: string; limit?: string }) {
    if (o.argv !== undefined) await page.fill('#argv', o.argv);
    await page.fill('#seed', o.seed ?? '');
    await page.fill('#interval', o.interval ?? '5000');
    await page.fill('#limit', o.limit ?? '');
    await page.setChecked('#vtime', o.vtime ?? false);
  }

  async function runToEnd(timeout = 60_000) {
    const before = await page.evaluate(() => pyts.runs);
    await page.click('#run');
    await page.waitForFunction((n) => pyts.runs > n && !pyts.running, before, { timeout });
    return page.evaluate(() => pyts.lastResult);
  }

  it('lists every seed program in the examples menu', async () => {
    const options = await page.$$eval('#examples option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    const files = readdirSync('examples').filter((f) => f.endsWith('.py')).sort();
    expect(options).toEqual(files);
    expect(await page.inputValue('#argv')).toBe('2 10'); // race.py is preselected with its arguments
  });

  it('runs race.py 2 10: output, one lane per thread, source lines on hover', async () => {
    await page.evaluate(() => pyts.loadExample('race.py'));
    await setControls({ argv: '2 10' });
    const r = await runToEnd();
    expect(r?.exitCode).toBe(0);
    const out = await page.evaluate(() => pyts.output());
    expect(out).toContain('Thread 1 get loc=0');
    expect(out).toContain('Thread 2 finished');
    expect(out).toMatch(/All thread end! glob is \[\d+\]/);
    const lanes = await page.evaluate(() => pyts.lanes());
    const names = lanes.map((l) => l.name);
    expect(names).toContain('MainThread');
    expect(names).toContain('Thread-1 (incr)');
    expect(names).toContain('Thread-2 (incr)');
    for (const l of lanes.filter((x) => x.name.startsWith('Thread-'))) expect(l.segments).toBeGreaterThan(20);

    // Each output line knows the GIL hold (lane:segment) that wrote it.
    const tagged = await page.$$eval('#output [data-seg]', (els) => els.map((e) => [(e as HTMLElement).dataset.seg!, e.textContent!]));
    expect(tagged.length).toBe(43); // 40 get/set lines, 2 "finished", the total
    for (const [key, text] of tagged) {
      const m = /^Thread (\d) /.exec(text);
      if (m) expect(lanes[Number(key.split(':')[0])].name).toBe(`Thread-${m[1]} (incr)`);
    }

    // Hover the timeline along Thread-1's lane until a tooltip shows a source line.
    const box = (await page.locator('#timeline').boundingBox())!;
    const laneIndex = names.indexOf('Thread-1 (incr)');
    const y = box.y + 22 + laneIndex * 27 + 11;
    let tip = '';
    for (let x = box.x + 175; x < box.x + box.width - 10 && !/line \d+/.test(tip); x += 7) {
      await page.mouse.move(x, y);
      tip = (await page.locator('#tooltip').isVisible()) ? await page.locator('#tooltip').innerText() : '';
    }
    expect(tip).toContain('Thread-1 (incr)');
    expect(tip).toMatch(/line (12|15)/);
    expect(tip).toMatch(/print\(f"Thread \{name\}/);
    await page.screenshot({ path: join(ARTIFACTS, 'playground-race.png') });
  }, 120_000);

  it('replays the same timeline with the same seed in virtual time', async () => {
    await page.evaluate(() => pyts.loadExample('race.py'));
    await setControls({ argv: '2 10', seed: '7', vtime: true });
    await runToEnd();
    const a = await page.evaluate(() => JSON.stringify(pyts.timeline()));
    const outA = await page.evaluate(() => pyts.output());
    await runToEnd();
    const b = await page.evaluate(() => JSON.stringify(pyts.timeline()));
    const outB = await page.evaluate(() => pyts.output());
    expect(b).toBe(a);
    expect(outB).toBe(outA);
    // race.py gives up the GIL at every print, before any slice ends: its interleaving does not depend
    // on the seed. Two CPU-bound threads do: another seed, other slice lengths, another timeline.
    await page.evaluate(() =>
      pyts.setSource('from threading import Thread\ndef work():\n    for i in range(3000):\n        x = i * i\nts = [Thread(target=work) for _ in range(2)]\nfor t in ts: t.start()\nfor t in ts: t.join()\n'),
    );
    const cpu = async (seed: string) => {
      await setControls({ argv: '', seed, vtime: true, interval: '200' });
      await runToEnd();
      return page.evaluate(() => JSON.stringify(pyts.timeline()));
    };
    const s7 = await cpu('7');
    expect(await cpu('7')).toBe(s7);
    expect(await cpu('8')).not.toBe(s7);
  }, 120_000);

  it('stays responsive under `while True: pass` and a CPU-bound thread, and Stop ends it', async () => {
    await page.evaluate(() =>
      pyts.setSource('import threading\ndef spin():\n    while True: pass\nthreading.Thread(target=spin, daemon=True).start()\nn = 0\nwhile True:\n    n += 1\n'),
    );
    await setControls({ argv: '' });
    await page.click('#run');
    await page.waitForSelector('body[data-state="running"]');
    // The page keeps painting: count animation frames over one second while Python runs.
    const frames = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let n = 0;
          const t0 = performance.now();
          const tick = () => {
            n++;
            if (performance.now() - t0 < 1000) requestAnimationFrame(tick);
            else resolve(n);
          };
          requestAnimationFrame(tick);
        }),
    );
    expect(frames).toBeGreaterThan(10); // ~60 when idle; the scheduler yields every ~15 ms
    // and handles input: the editor still takes a keystroke
    expect(await page.evaluate(() => pyts.running)).toBe(true);
    await page.click('#stop');
    await page.waitForSelector('body[data-state="idle"]', { timeout: 10_000 });
    const out = await page.evaluate(() => pyts.output());
    expect(out).toContain('KeyboardInterrupt');
    // both threads held the GIL in turns (preempted at the switch interval)
    const tl = (await page.evaluate(() => pyts.timeline())) as { name: string; segments: unknown[][] }[];
    const workers = tl.filter((l) => l.name === 'MainThread' || l.name === 'Thread-1 (spin)');
    expect(workers.length).toBe(2);
    for (const lane of workers) expect(lane.segments.filter((seg) => seg[0] === 'ready').length).toBeGreaterThan(3);
    expect(await page.evaluate(() => pyts.lastResult?.exitCode)).toBe(130);
  }, 60_000);

  it('Stop ends a program that catches KeyboardInterrupt', async () => {
    await page.evaluate(() =>
      pyts.setSource('while True:\n    try:\n        while True:\n            pass\n    except KeyboardInterrupt:\n        print("caught, going on")\n'),
    );
    await page.click('#run');
    await page.waitForSelector('body[data-state="running"]');
    await page.waitForTimeout(200);
    await page.click('#stop'); // KeyboardInterrupt, caught; 1 s later the run is ended for good
    await page.waitForSelector('body[data-state="idle"]', { timeout: 10_000 });
    expect(await page.evaluate(() => pyts.output())).toContain('caught, going on');
    expect(await page.evaluate(() => pyts.lastResult?.exitCode)).toBe(137);
  }, 60_000);

  it("handles '\\r' like a terminal (the spinner redraws one line)", async () => {
    await page.evaluate(() =>
      pyts.setSource('import time\nfor c in "-\\\\|/-":\n    print(f"\\rresult = {c}", end="")\n    time.sleep(0.01)\nprint("\\rresult = ", 42)\nprint("done")\n'),
    );
    await setControls({ argv: '' });
    await runToEnd();
    const screen = await page.evaluate(() => pyts.screen());
    const lines = screen.split('\n').filter((l) => l.trim() !== '');
    expect(lines[0]).toBe('result =  42');
    expect(lines[1]).toBe('done');
  }, 60_000);

  it('animates the seed spinner (spinner_daemon.py) on one line until Stop', async () => {
    await page.evaluate(() => pyts.loadExample('spinner_daemon.py'));
    await setControls({ argv: '' });
    await page.click('#run');
    await page.waitForFunction(() => (pyts.output().match(/\rresult = /g) ?? []).length >= 4, undefined, { timeout: 10_000 });
    const screen = await page.evaluate(() => pyts.screen());
    expect(screen.trim()).toMatch(/^result = [-\\|/]$/); // four frames written, one line shown
    await page.click('#stop');
    await page.waitForSelector('body[data-state="idle"]', { timeout: 10_000 });
    expect(await page.evaluate(() => pyts.output())).toContain('KeyboardInterrupt');
  }, 60_000);

  it('input() waits for the user without freezing the page', async () => {
    await page.evaluate(() => pyts.setSource('name = input("name? ")\nprint(f"hello {name}")\n'));
    await setControls({ argv: '' });
    await page.click('#run');
    await page.waitForSelector('[data-testid="stdin"]', { timeout: 10_000 });
    expect(await page.evaluate(() => pyts.running)).toBe(true);
    await page.fill('[data-testid="stdin"]', 'Ada');
    await page.press('[data-testid="stdin"]', 'Enter');
    await page.waitForSelector('body[data-state="idle"]', { timeout: 10_000 });
    expect(await page.evaluate(() => pyts.screen())).toContain('name? Ada\nhello Ada');
  }, 60_000);

  it('runs the traffic-light example in virtual time (Event waits on the timeline)', async () => {
    await page.evaluate(() => pyts.loadExample('event_traffic_light.py'));
    await setControls({ vtime: true, limit: '3000000' });
    await runToEnd(90_000);
    const out = await page.evaluate(() => pyts.output());
    await page.screenshot({ path: join(ARTIFACTS, 'playground-traffic-light.png') });
    expect(out).toContain('红绿灯');
    expect(out).toMatch(/2024-01-01 00:00:\d\d .*红灯/);
    expect(out).toContain('绿灯');
    expect(out).toContain('在路口等待');
    const tl = (await page.evaluate(() => pyts.timeline())) as { name: string; segments: unknown[][] }[];
    const kinds = new Set(tl.flatMap((l) => l.segments.map((s) => s[0] as string)));
    expect(kinds).toContain('event');
    expect(kinds).toContain('sleep');
  }, 120_000);

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});

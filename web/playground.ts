// The pyts playground (issue 6): a CodeMirror 6 editor, the seed's examples, Run / Stop, a terminal-
// like output pane (stderr in red, '\r' returns to the start of the line, so the spinner animates in
// place), scheduling controls (switch interval, seed, virtual time, tick limit) and a thread timeline:
// one lane per thread, who held the GIL when, where each thread waited and on what, every switch
// point, the source line under the mouse.
//
// Python runs on the page's own thread: the scheduler yields to the event loop every ~15 ms, so the
// page stays responsive even under `while True: pass`. Built by scripts/build-web.mjs (esbuild).
// For tests, window.pyts exposes the run state, the output text and the timeline.

import { EditorView, basicSetup } from 'codemirror';
import { python } from '@codemirror/lang-python';
import { EditorSelection } from '@codemirror/state';
import {
  BrowserHost, Interpreter, TimelineRecorder, segmentTitle,
  type Lane, type RunOutput, type Segment, type SegmentKind, type ThreadEvent,
} from '../src/index.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

// ---------------------------------------------------------------- examples

/** Default argv for the seed programs that read sys.argv. */
const DEFAULT_ARGS: Record<string, string> = {
  'race.py': '2 10',
  'race_lock.py': '2 10',
  'race_with_lock_complete.py': '2 10',
};
const FIRST_EXAMPLE = 'race.py';

let examples: Record<string, string> = {};

// ---------------------------------------------------------------- editor

const editor = new EditorView({
  doc: '',
  extensions: [
    basicSetup,
    python(),
    EditorView.theme({ '&': { fontSize: '13px' }, '.cm-scroller': { fontFamily: 'ui-monospace, Menlo, Consolas, monospace' } }),
  ],
  parent: $('editor'),
});

function setSource(text: string): void {
  editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: text } });
}

function showLine(lineno: number): void {
  const doc = editor.state.doc;
  if (lineno < 1 || lineno > doc.lines) return;
  const line = doc.line(lineno);
  editor.dispatch({ selection: EditorSelection.range(line.from, line.to), scrollIntoView: true });
  editor.focus();
}

// ---------------------------------------------------------------- terminal output

/** A minimal terminal: lines of cells; '\r' moves to column 0, '\n' to a new line, '\b' back one. */
class Terminal {
  private lines: { chars: string[]; err: boolean[]; el: HTMLDivElement; dirty: boolean }[] = [];
  /** Who is writing now ("lane:segment" of the running thread's GIL hold), tagged on each line. */
  owner: () => string | null = () => null;
  private col = 0;
  private pending = false;
  private text = '';
  static readonly MAX_LINES = 5000;

  constructor(private readonly root: HTMLElement) {
    this.clear();
  }

  clear(): void {
    this.root.textContent = '';
    this.lines = [];
    this.col = 0;
    this.text = '';
    this.newLine();
  }

  /** Everything written, as plain text (for tests). */
  get plain(): string {
    return this.text;
  }

  write(s: string, err: boolean): void {
    this.text += s;
    const who = this.owner();
    let line = this.lines[this.lines.length - 1];
    if (who !== null && line.el.dataset.seg === undefined) line.el.dataset.seg = who;
    for (const ch of s) {
      if (ch === '\n') {
        line.dirty = true;
        line = this.newLine();
        if (who !== null) line.el.dataset.seg = who;
      } else if (ch === '\r') {
        this.col = 0;
      } else if (ch === '\b') {
        this.col = Math.max(0, this.col - 1);
      } else {
        while (line.chars.length < this.col) {
          line.chars.push(' ');
          line.err.push(err);
        }
        line.chars[this.col] = ch;
        line.err[this.col] = err;
        this.col++;
        line.dirty = true;
      }
    }
    if (line.chars.length === 0) delete line.el.dataset.seg;
    this.schedule();
  }

  /** A dim status line (exit status, stop notices). */
  meta(s: string): void {
    if (this.col > 0 || this.lines[this.lines.length - 1].chars.length > 0) this.write('\n', false);
    const el = this.lines[this.lines.length - 1].el;
    el.className = 'meta';
    el.textContent = s;
    this.lines[this.lines.length - 1].dirty = false;
    this.newLine();
    this.scroll();
  }

  /** An inline input field for input(); resolves with the line typed (Enter). */
  prompt(): Promise<string> {
    this.flush();
    const el = this.lines[this.lines.length - 1].el;
    const input = document.createElement('input');
    input.setAttribute('data-testid', 'stdin');
    el.appendChild(input);
    input.focus();
    this.scroll();
    return new Promise((resolve) => {
      input.addEventListener('keydown', (ev) => {
        if (ev.key !== 'Enter') return;
        const v = input.value;
        input.remove();
        this.write(v + '\n', false);
        resolve(v + '\n');
      });
      cancelPrompt = () => {
        input.remove();
        resolve('');
      };
    });
  }

  private newLine() {
    const el = document.createElement('div');
    this.root.appendChild(el);
    const line = { chars: [] as string[], err: [] as boolean[], el, dirty: false };
    this.lines.push(line);
    this.col = 0;
    if (this.lines.length > Terminal.MAX_LINES) this.lines.shift()!.el.remove();
    return line;
  }

  private schedule(): void {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => this.flush());
  }

  flush(): void {
    this.pending = false;
    for (let i = this.lines.length - 1; i >= 0; i--) {
      const l = this.lines[i];
      if (!l.dirty) {
        if (i < this.lines.length - 2) break;
        continue;
      }
      l.dirty = false;
      l.el.textContent = '';
      let j = 0;
      while (j < l.chars.length) {
        const e = l.err[j];
        let k = j;
        while (k < l.chars.length && l.err[k] === e) k++;
        const text = l.chars.slice(j, k).join('');
        if (e) {
          const span = document.createElement('span');
          span.className = 'err';
          span.textContent = text;
          l.el.appendChild(span);
        } else l.el.appendChild(document.createTextNode(text));
        j = k;
      }
      if (l.chars.length === 0) l.el.appendChild(document.createTextNode(''));
    }
    this.scroll();
  }

  private scroll(): void {
    this.root.scrollTop = this.root.scrollHeight;
  }
}

let cancelPrompt: (() => void) | null = null;
const term = new Terminal($('output'));

// ---------------------------------------------------------------- the timeline

const COLORS: Record<SegmentKind, string> = {
  run: '#2da44e',
  ready: '#e4e8ec',
  io: '#9ecbff',
  sleep: '#c8b6ff',
  lock: '#ff8182',
  event: '#f5c542',
  condition: '#f0a35e',
  semaphore: '#e3a3d8',
  queue: '#5fc4c0',
  join: '#a78bfa',
  input: '#7dd3fc',
  other: '#c9d1d9',
};
const LEGEND: [SegmentKind, string][] = [
  ['run', 'holds the GIL'], ['ready', 'ready (preempted)'], ['io', 'write (GIL released)'], ['sleep', 'sleep'],
  ['lock', 'lock'], ['event', 'Event'], ['condition', 'Condition'], ['queue', 'queue'], ['join', 'join'], ['input', 'input'], ['other', 'other wait'],
];

class Timeline {
  rec = new TimelineRecorder({ maxSegments: 150_000 });
  virtual = false;
  /** The GIL holder's open run segment as "laneIndex:segmentIndex" (output lines are tagged with it). */
  running: string | null = null;
  /** A segment to outline ("lane:segment"), from hovering an output line. */
  highlight: string | null = null;
  /** Called with the "lane:segment" under the mouse (or null) to highlight the output it wrote. */
  onHoverSegment: (key: string | null) => void = () => {};
  /** performance.now() (ms) at trace clock 0, from the first event (real time only). */
  private wallOrigin = -1;
  private view: { x0: number; x1: number } | null = null; // null: fit everything
  private queued = false;
  private readonly LABEL = 170;
  private readonly LANE = 22;
  private readonly GAP = 5;
  private readonly AXIS = 22;
  private drag: { x: number; x0: number; x1: number; moved: boolean } | null = null;

  constructor(private readonly canvas: HTMLCanvasElement, private readonly tip: HTMLElement) {
    canvas.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    canvas.addEventListener('mousedown', (e) => {
      const v = this.range();
      this.drag = { x: e.clientX, x0: v.x0, x1: v.x1, moved: false };
    });
    window.addEventListener('mouseup', () => setTimeout(() => (this.drag = null)));
    canvas.addEventListener('mousemove', (e) => this.onMove(e));
    canvas.addEventListener('mouseleave', () => {
      this.tip.hidden = true;
      this.onHoverSegment(null);
    });
    canvas.addEventListener('dblclick', () => {
      this.view = null;
      this.redraw();
    });
    canvas.addEventListener('click', (e) => {
      if (this.drag?.moved) return;
      const hit = this.hitTest(e);
      const loc = hit?.seg.kind === 'run' ? hit.seg.to ?? hit.seg.from : hit?.seg.from ?? hit?.seg.to;
      if (loc && loc.filename === currentFilename) showLine(loc.lineno);
    });
    new ResizeObserver(() => this.redraw()).observe(canvas.parentElement!);
  }

  reset(virtual: boolean): void {
    this.wallOrigin = -1;
    this.running = null;
    this.highlight = null;
    this.rec = new TimelineRecorder({ maxSegments: 150_000 });
    this.virtual = virtual;
    this.view = null;
    this.redraw();
  }

  handle(e: ThreadEvent): void {
    if (this.wallOrigin < 0) this.wallOrigin = performance.now() - e.ts / 1000;
    this.rec.handle(e);
    if (e.type === 'gil-take') {
      const i = this.rec.lanes.findIndex((l) => l.ident === e.thread.ident && l.end === null);
      this.running = i < 0 ? null : `${i}:${this.rec.lanes[i].segments.length - 1}`;
    } else if (e.type !== 'thread-start' && this.running !== null) {
      const i = Number(this.running.split(':')[0]);
      if (this.rec.lanes[i]?.ident === e.thread.ident) this.running = null;
    }
    this.redraw();
  }

  /** Real time: extend the open segments to now while a thread runs without switching. */
  tickLive(): void {
    if (this.virtual || this.wallOrigin < 0) return;
    this.rec.now = Math.max(this.rec.now, (performance.now() - this.wallOrigin) * 1000);
    this.redraw();
  }

  private range(): { x0: number; x1: number } {
    if (this.view) return this.view;
    return { x0: 0, x1: Math.max(this.rec.now, 1) * 1.02 };
  }

  /** While a program runs the timeline is redrawn at most every 100 ms (it competes with Python). */
  live = false;

  redraw(): void {
    if (this.queued) return;
    this.queued = true;
    const paint = () =>
      requestAnimationFrame(() => {
        this.queued = false;
        this.draw();
      });
    if (this.live) setTimeout(paint, 100);
    else paint();
  }

  private draw(): void {
    const c = this.canvas;
    const lanes = this.rec.lanes;
    const dpr = window.devicePixelRatio || 1;
    const width = c.parentElement!.clientWidth;
    const height = Math.max(this.AXIS + lanes.length * (this.LANE + this.GAP) + 8, c.parentElement!.clientHeight - 2, 60);
    c.style.height = `${height}px`;
    c.width = Math.round(width * dpr);
    c.height = Math.round(height * dpr);
    const g = c.getContext('2d')!;
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, width, height);
    g.font = '11px system-ui, sans-serif';
    const { x0, x1 } = this.range();
    const plotW = Math.max(10, width - this.LABEL - 8);
    const scale = plotW / Math.max(1e-9, x1 - x0);
    const X = (t: number) => this.LABEL + (t - x0) * scale;

    // axis
    g.fillStyle = '#57606a';
    g.strokeStyle = '#d0d7de';
    const step = niceStep((x1 - x0) / Math.max(1, plotW / 90));
    for (let t = Math.ceil(x0 / step) * step; t <= x1; t += step) {
      const x = X(t);
      g.beginPath();
      g.moveTo(x + 0.5, this.AXIS - 4);
      g.lineTo(x + 0.5, height);
      g.stroke();
      g.fillText(fmtTime(t, this.virtual), x + 2, 12);
    }
    g.fillText(this.virtual ? 'ticks + virtual time' : 'real time', 6, 12);
    if (lanes.length === 0) {
      g.fillText('Run a program to see one lane per thread here.', this.LABEL, this.AXIS + 16);
      return;
    }
    if (this.rec.truncated) {
      g.fillStyle = '#cf222e';
      g.fillText('(timeline truncated: too many switches)', width - 230, 12);
    }

    lanes.forEach((lane, i) => {
      const y = this.AXIS + i * (this.LANE + this.GAP);
      g.fillStyle = '#1f2328';
      g.save();
      g.beginPath();
      g.rect(0, y, this.LABEL - 6, this.LANE);
      g.clip();
      g.fillText(`${lane.name} (${lane.ident})${lane.daemon ? ' d' : ''}`, 6, y + 15);
      g.restore();
      g.fillStyle = '#f6f8fa';
      g.fillRect(this.LABEL, y, plotW, this.LANE);
      const segs = lane.segments;
      let first = lowerBound(segs, x0);
      let lastSwitchX = -Infinity;
      // Sub-pixel slices are merged into one rectangle per pixel run (a CPU-bound thread makes
      // tens of thousands of them): waits first, then GIL holds on top.
      const waits: [SegmentKind, number, number][] = [];
      const runs: [number, number][] = [];
      for (let k = Math.max(0, first - 1); k < segs.length; k++) {
        const s = segs[k];
        const end = s.end < 0 ? this.rec.now : s.end;
        if (s.start > x1) break;
        if (end < x0) continue;
        const a = Math.max(this.LABEL, X(s.start));
        const b = Math.min(this.LABEL + plotW, X(end));
        if (s.kind === 'run') {
          const last = runs[runs.length - 1];
          if (last && a <= last[1] + 0.75) last[1] = Math.max(last[1], b);
          else runs.push([a, b]);
          // a switch point: the thread took the GIL here
          if (a - lastSwitchX > 3) {
            g.fillStyle = '#1a7f37';
            g.fillRect(a, y - 2, 1, this.LANE + 4);
            lastSwitchX = a;
          }
        } else if (b > a) {
          const last = waits[waits.length - 1];
          if (last && last[0] === s.kind && a <= last[2] + 0.75) last[2] = Math.max(last[2], b);
          else if (!last || b - a >= 0.5 || a > last[2] + 0.75) waits.push([s.kind, a, b]);
        }
      }
      for (const [kind, a, b] of waits) {
        g.fillStyle = COLORS[kind];
        const inset = kind === 'ready' ? 7 : 4;
        g.fillRect(a, y + inset, b - a, this.LANE - 2 * inset);
      }
      g.fillStyle = COLORS.run;
      for (const [a, b] of runs) g.fillRect(a, y + 1, Math.max(b - a, 1.5), this.LANE - 2);
      const hl = this.highlight?.split(':').map(Number);
      if (hl && hl[0] === i && segs[hl[1]]) {
        const s = segs[hl[1]];
        const a = X(s.start);
        const b = Math.max(a + 2, X(s.end < 0 ? this.rec.now : s.end));
        g.strokeStyle = '#cf222e';
        g.lineWidth = 2;
        g.strokeRect(a - 2, y - 2, b - a + 4, this.LANE + 4);
        g.fillStyle = 'rgba(207, 34, 46, .12)';
        g.fillRect(a - 2, this.AXIS - 4, b - a + 4, height);
        g.lineWidth = 1;
      }
      if (lane.end !== null && lane.end >= x0 && lane.end <= x1) {
        g.fillStyle = '#57606a';
        g.fillRect(X(lane.end), y + 3, 1, this.LANE - 6);
      }
    });
  }

  private hitTest(e: MouseEvent): { lane: Lane; seg: Segment } | null {
    const r = this.canvas.getBoundingClientRect();
    const mx = e.clientX - r.left;
    const my = e.clientY - r.top;
    const i = Math.floor((my - this.AXIS) / (this.LANE + this.GAP));
    const lane = this.rec.lanes[i];
    if (!lane || mx < this.LABEL || my - this.AXIS - i * (this.LANE + this.GAP) > this.LANE) return null;
    const { x0, x1 } = this.range();
    const plotW = Math.max(10, r.width - this.LABEL - 8);
    const t = x0 + ((mx - this.LABEL) / plotW) * (x1 - x0);
    const slack = (2 / plotW) * (x1 - x0); // 2 px: thin run slices stay hoverable
    const segs = lane.segments;
    let k = Math.max(0, lowerBound(segs, t) - 1);
    let best: Segment | null = null;
    for (; k < segs.length && segs[k].start <= t + slack; k++) {
      const s = segs[k];
      const end = s.end < 0 ? this.rec.now : s.end;
      if (t >= s.start - slack && t <= end + slack) {
        if (!best || s.kind === 'run') best = s;
        if (s.kind === 'run' && t >= s.start && t <= end) break;
      }
    }
    return best ? { lane, seg: best } : null;
  }

  private onMove(e: MouseEvent): void {
    if (this.drag) {
      const dx = e.clientX - this.drag.x;
      if (Math.abs(dx) > 2) this.drag.moved = true;
      const plotW = Math.max(10, this.canvas.clientWidth - this.LABEL - 8);
      const dt = (dx / plotW) * (this.drag.x1 - this.drag.x0);
      this.view = { x0: this.drag.x0 - dt, x1: this.drag.x1 - dt };
      this.redraw();
    }
    const hit = this.hitTest(e);
    if (!hit) {
      this.tip.hidden = true;
      this.onHoverSegment(null);
      return;
    }
    const { lane, seg } = hit;
    const li = this.rec.lanes.indexOf(lane);
    this.onHoverSegment(seg.kind === 'run' ? `${li}:${lane.segments.indexOf(seg)}` : null);
    const end = seg.end < 0 ? this.rec.now : seg.end;
    const loc = (l: Segment['from'], label: string) =>
      l ? `<div><span class="k">${label}</span> line ${l.lineno} in ${esc(l.name)}${l.line ? `: <code>${esc(l.line)}</code>` : ''}</div>` : '';
    let html = `<div><b>${esc(lane.name)}</b> <span class="k">(ident ${lane.ident})</span> — ${esc(segmentTitle(seg))}</div>`;
    if (seg.kind === 'run') {
      html += loc(seg.from, 'took the GIL at');
      html += loc(seg.to, seg.endReason === 'preempted' ? 'preempted at' : 'released it at');
      if (seg.ticks !== undefined) html += `<div><span class="k">ticks</span> ${seg.ticks}${seg.endReason ? ` <span class="k">· released:</span> ${seg.endReason}` : ''}</div>`;
    } else {
      html += loc(seg.from, 'at');
    }
    html += `<div><span class="k">${this.virtual ? 'trace clock' : 'time'}</span> ${fmtTime(seg.start, this.virtual)} → ${fmtTime(end, this.virtual)}` +
      `${this.virtual ? ` <span class="k">· virtual clock</span> ${seg.t0.toFixed(3)} s` : ''}</div>`;
    this.tip.innerHTML = html;
    this.tip.hidden = false;
    const tw = this.tip.offsetWidth;
    const left = e.clientX + 14 + tw > window.innerWidth ? e.clientX - tw - 10 : e.clientX + 14;
    this.tip.style.left = `${Math.max(0, left)}px`;
    this.tip.style.top = `${Math.max(0, e.clientY - this.tip.offsetHeight - 10)}px`;
  }

  private onWheel(e: WheelEvent): void {
    e.preventDefault();
    const r = this.canvas.getBoundingClientRect();
    const { x0, x1 } = this.range();
    const plotW = Math.max(10, r.width - this.LABEL - 8);
    const f = Math.min(1, Math.max(0, (e.clientX - r.left - this.LABEL) / plotW));
    const at = x0 + f * (x1 - x0);
    const k = Math.exp(e.deltaY * 0.002);
    const span = Math.max(0.5, (x1 - x0) * k);
    this.view = { x0: at - f * span, x1: at + (1 - f) * span };
    this.redraw();
  }

  /** The lanes as plain data (tests compare two runs). */
  snapshot(): unknown {
    return this.rec.lanes.map((l) => ({
      name: l.name,
      ident: l.ident,
      segments: l.segments.map((s) => [s.kind, s.start, s.end, s.waitingOn ?? null, s.from?.lineno ?? null, s.to?.lineno ?? null]),
    }));
  }
}

function lowerBound(segs: Segment[], t: number): number {
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid].start < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function niceStep(raw: number): number {
  const p = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-9))));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

function fmtTime(us: number, virtual: boolean): string {
  if (virtual && us < 1e4) return `${Math.round(us)}`;
  if (us < 1e3) return `${us.toFixed(0)} µs`;
  if (us < 1e6) return `${(us / 1e3).toFixed(us < 1e4 ? 2 : 1)} ms`;
  return `${(us / 1e6).toFixed(us < 1e7 ? 3 : 2)} s`;
}

function esc(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

const timeline = new Timeline($('timeline') as HTMLCanvasElement, $('tooltip'));

// Output <-> timeline: each output line knows the GIL hold that wrote it. Hover a line: its run
// segment is outlined on the timeline; hover a run segment: the lines it wrote light up.
term.owner = () => timeline.running;
const outputEl = $('output');
outputEl.addEventListener('mousemove', (e) => {
  const key = (e.target as HTMLElement).closest<HTMLElement>('[data-seg]')?.dataset.seg ?? null;
  if (key !== timeline.highlight) {
    timeline.highlight = key;
    timeline.redraw();
  }
});
outputEl.addEventListener('mouseleave', () => {
  timeline.highlight = null;
  timeline.redraw();
});
let lit: HTMLElement[] = [];
timeline.onHoverSegment = (key) => {
  for (const el of lit) el.classList.remove('hl');
  lit = key === null ? [] : [...outputEl.querySelectorAll<HTMLElement>(`[data-seg="${key}"]`)];
  for (const el of lit) el.classList.add('hl');
};
$('legend').innerHTML = LEGEND.map(([k, label]) => `<span><i style="background:${COLORS[k]}"></i>${label}</span>`).join('');

// ---------------------------------------------------------------- running

let interp: Interpreter | null = null;
let currentFilename = 'main.py';
let runs = 0;
let lastResult: RunOutput | null = null;
let finishedRuns = 0;
const runBtn = $<HTMLButtonElement>('run');
const stopBtn = $<HTMLButtonElement>('stop');
const status = $('status');

function setState(state: 'idle' | 'running'): void {
  document.body.dataset.state = state;
  runBtn.disabled = state === 'running';
  stopBtn.disabled = state !== 'running';
}

function splitArgs(s: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

function intOrUndefined(id: string): number | undefined {
  const v = ($(id) as HTMLInputElement).value.trim();
  if (v === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? Math.floor(n) : undefined;
}

async function run(): Promise<RunOutput | null> {
  if (interp) return null;
  const example = ($('examples') as HTMLSelectElement).value;
  currentFilename = example && examples[example] === editor.state.doc.toString() ? example : 'main.py';
  const argv = [currentFilename, ...splitArgs(($('argv') as HTMLInputElement).value)];
  const virtualTime = ($('vtime') as HTMLInputElement).checked;
  const switchInterval = Math.min(1_000_000, Math.max(1, intOrUndefined('interval') ?? 5000));
  const seed = intOrUndefined('seed');
  const limit = intOrUndefined('limit');
  term.clear();
  timeline.reset(virtualTime);
  const files: Record<string, string> = { ...examples };
  files[currentFilename] = editor.state.doc.toString();
  const host = new BrowserHost({
    files,
    cwd: '/home/user',
    argv,
    onStdout: (s) => term.write(s, false),
    onStderr: (s) => term.write(s, true),
    stdin: () => term.prompt(),
    isatty: true,
  });
  const py = new Interpreter({
    host,
    switchInterval,
    seed,
    virtualTime,
    instructionLimit: limit && limit > 0 ? limit : undefined,
    onThreadEvent: (e) => timeline.handle(e),
  });
  interp = py;
  delete stopBtn.dataset.pressed;
  const n = ++runs;
  setState('running');
  const t0 = performance.now();
  status.textContent = `running ${argv.join(' ')}…`;
  const live = setInterval(() => timeline.tickLive(), 250);
  timeline.live = true;
  const r = await py.run(files[currentFilename], { filename: currentFilename });
  timeline.live = false;
  clearInterval(live);
  cancelPrompt?.();
  cancelPrompt = null;
  timeline.rec.finish();
  timeline.redraw();
  term.flush();
  const secs = ((performance.now() - t0) / 1000).toFixed(2);
  const threads = timeline.rec.lanes.length;
  term.meta(r.exitCode === 137 ? `[stopped after ${secs} s]` : `[exit status ${r.exitCode} · ${secs} s · ${threads} thread${threads === 1 ? '' : 's'}]`);
  status.textContent = `run ${n}: exit status ${r.exitCode}`;
  interp = null;
  lastResult = r;
  finishedRuns++;
  setState('idle');
  return r;
}

function stop(): void {
  const py = interp;
  if (!py) return;
  if (stopBtn.dataset.pressed === '1') {
    py.stop();
    return;
  }
  // First KeyboardInterrupt (a program may catch it); if the run is still going 1 s later, end it.
  stopBtn.dataset.pressed = '1';
  py.interrupt();
  setTimeout(() => {
    delete stopBtn.dataset.pressed;
    if (interp === py) py.stop();
  }, 1000);
}

function loadExample(name: string): void {
  setSource(examples[name] ?? '');
  ($('argv') as HTMLInputElement).value = DEFAULT_ARGS[name] ?? '';
  if (location.hash !== `#${name}`) history.replaceState(null, '', `#${name}`);
}

runBtn.addEventListener('click', () => void run());
stopBtn.addEventListener('click', stop);
window.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    void run();
  }
});
$('examples').addEventListener('change', (e) => loadExample((e.target as HTMLSelectElement).value));

async function init(): Promise<void> {
  examples = await (await fetch('examples.json')).json();
  const sel = $('examples') as HTMLSelectElement;
  for (const name of Object.keys(examples)) {
    const o = document.createElement('option');
    o.value = o.textContent = name;
    sel.appendChild(o);
  }
  const want = decodeURIComponent(location.hash.slice(1));
  sel.value = want in examples ? want : FIRST_EXAMPLE in examples ? FIRST_EXAMPLE : sel.options[0]?.value ?? '';
  loadExample(sel.value);
  setState('idle');
  status.textContent = 'ready';
}

/** For tests and the console. */
(window as unknown as { pyts: unknown }).pyts = {
  run,
  stop,
  interrupt: () => interp?.interrupt(),
  loadExample: (name: string) => {
    ($('examples') as HTMLSelectElement).value = name;
    loadExample(name);
  },
  setSource,
  output: () => term.plain,
  screen: () => $('output').innerText,
  lanes: () => timeline.rec.lanes.map((l) => ({ name: l.name, ident: l.ident, segments: l.segments.length })),
  timeline: () => timeline.snapshot(),
  get running() {
    return interp !== null;
  },
  /** Runs finished so far. */
  get runs() {
    return lastResult === null ? 0 : finishedRuns;
  },
  get lastResult() {
    return lastResult;
  },
};

void init();

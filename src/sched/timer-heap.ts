// The scheduler's timer heap: a binary min-heap of (when, seq) -> callback. `seq` breaks ties in
// insertion order, so timers due at the same instant fire in the order they were set (this is what
// makes virtual time deterministic). Cancelled entries stay in the heap and are skipped lazily.

export interface TimerEntry {
  /** Due time on the scheduler's clock (seconds). */
  when: number;
  seq: number;
  fire: () => void;
  cancelled: boolean;
}

export class TimerHeap {
  private h: TimerEntry[] = [];
  private seq = 0;
  private live = 0;

  add(when: number, fire: () => void): TimerEntry {
    const e: TimerEntry = { when, seq: this.seq++, fire, cancelled: false };
    const h = this.h;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
    this.live++;
    return e;
  }

  cancel(e: TimerEntry): void {
    if (!e.cancelled) {
      e.cancelled = true;
      this.live--;
    }
  }

  /** Number of pending (not cancelled) timers. */
  get size(): number {
    return this.live;
  }

  /** The earliest pending timer, or undefined. */
  peek(): TimerEntry | undefined {
    this.dropCancelled();
    return this.h[0];
  }

  /** Remove and return the earliest pending timer if it is due at `now`. */
  popDue(now: number): TimerEntry | undefined {
    const top = this.peek();
    if (!top || top.when > now) return undefined;
    this.pop();
    this.live--;
    top.cancelled = true; // fired: a later cancel() is a no-op
    return top;
  }

  private dropCancelled(): void {
    while (this.h.length && this.h[0].cancelled) this.pop();
  }

  private pop(): void {
    const h = this.h;
    const last = h.pop()!;
    if (h.length === 0) return;
    h[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && less(h[l], h[m])) m = l;
      if (r < h.length && less(h[r], h[m])) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m], h[i]];
      i = m;
    }
  }
}

function less(a: TimerEntry, b: TimerEntry): boolean {
  return a.when < b.when || (a.when === b.when && a.seq < b.seq);
}

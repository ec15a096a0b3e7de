// ItemLoop: a native's "for x in iterator" driven by the VM with no allocation per item (sum, min, max,
// list(), any/all ... over a Python generator). It is a hand-written NativeGen (the driver in
// src/vm/native-driver.ts only calls next/throw), so no JS generator object, request, GenResume or
// IteratorResult is made per item: for a Python generator it yields the same CallRequest each time (a
// GenResume the VM turns into an inline resume of the generator's frame, Ret.GenNext), and the VM
// answers with the yielded value or throws StopIteration into it when the generator ends.
// Other iterators step through nextOf (PyIterator.next or ops.iterNext); a pending step (a Python
// __next__) is driven like `yield*` would.
//
// The consumer is two callbacks: item(v) returns undefined to go on, a value to finish the loop early
// with that value (any/all), or a NativeGen to run first (Python code: a user __add__, a key function),
// whose own result means the same (undefined = go on). end() gives the result at exhaustion.

import { isPending, type CallRequest, type NativeGen, type PyValue, type Suspend } from './object.js';
import { None } from './builtin-types.js';
import { StopIteration, isExcOf } from './exceptions.js';
import { PyGenerator, GenResume, ResumeMode, generatorType } from './generator.js';
import { nextOf } from './iterators.js';
import { seqLoops } from './seq.js';

const NO_ARGS: PyValue[] = [];

const enum Wait {
  /** Nothing requested yet (start). */
  Start,
  /** The shared request resuming the Python generator: input = the yielded value. */
  GenItem,
  /** `sub` is a pending next() step of a non-generator iterator: its result is the item. */
  SubNext,
  /** `sub` is the consumer's pending work for an item: its result: undefined = go on, else finish. */
  SubItem,
  Done,
}

export type ItemFn = (v: PyValue) => PyValue | NativeGen | undefined;

export class ItemLoop implements Generator<Suspend, PyValue, PyValue> {
  private readonly gen: PyGenerator | null;
  private readonly req: CallRequest | null;
  private wait = Wait.Start;
  private sub: NativeGen | null = null;
  private readonly step: { done: boolean; value: any } = { done: false, value: undefined };

  constructor(
    private readonly it: PyValue,
    private readonly item: ItemFn,
    private readonly end: () => PyValue,
  ) {
    if (it instanceof PyGenerator && it.type === generatorType) {
      this.gen = it;
      this.req = { op: 'call', fn: new GenResume(it, ResumeMode.Send, None), args: NO_ARGS, kwargs: null };
    } else {
      this.gen = null;
      this.req = null;
    }
  }

  next(input?: PyValue): IteratorResult<Suspend, PyValue> {
    try {
      switch (this.wait) {
        case Wait.GenItem:
          return this.take(input as PyValue);
        case Wait.SubNext:
        case Wait.SubItem:
          return this.subStep(this.sub!.next(input as PyValue));
        case Wait.Done:
          return this.finish(undefined as unknown as PyValue);
        default:
          return this.pull();
      }
    } catch (e) {
      // A Python __next__ that raised StopIteration: the iterator is exhausted.
      if (this.wait === Wait.SubNext && isExcOf(e, StopIteration)) return this.finish(this.end());
      this.wait = Wait.Done;
      throw e;
    }
  }

  throw(e: unknown): IteratorResult<Suspend, PyValue> {
    try {
      switch (this.wait) {
        case Wait.GenItem:
          // The generator returned (or was already finished): StopIteration ends the loop. One raised
          // inside its body became RuntimeError (PEP 479), so this one always means exhaustion.
          if (isExcOf(e, StopIteration)) return this.finish(this.end());
          throw e;
        case Wait.SubNext:
        case Wait.SubItem: {
          return this.subStep(this.sub!.throw(e));
        }
        default:
          throw e;
      }
    } catch (e2) {
      if (this.wait === Wait.SubNext && isExcOf(e2, StopIteration)) return this.finish(this.end());
      this.wait = Wait.Done;
      throw e2;
    }
  }

  return(v: PyValue): IteratorResult<Suspend, PyValue> {
    if (this.sub !== null && this.wait !== Wait.Done) this.sub.return(v);
    return this.finish(v);
  }

  [Symbol.iterator](): this {
    return this;
  }

  private finish(v: PyValue): IteratorResult<Suspend, PyValue> {
    this.wait = Wait.Done;
    this.sub = null;
    const s = this.step;
    s.done = true;
    s.value = v;
    return s;
  }

  private request(r: Suspend): IteratorResult<Suspend, PyValue> {
    const s = this.step;
    s.done = false;
    s.value = r;
    return s;
  }

  /** A step of `sub` came back: forward its request, or use its result. */
  private subStep(r: IteratorResult<Suspend, PyValue>): IteratorResult<Suspend, PyValue> {
    if (!r.done) return this.request(r.value);
    const v = r.value;
    this.sub = null;
    if (this.wait === Wait.SubNext) {
      this.wait = Wait.Start;
      if (v === undefined) return this.finish(this.end());
      return this.take(v);
    }
    if (v !== undefined) return this.finish(v);
    return this.pull();
  }

  /** Hand item v to the consumer, then pull the next one. */
  private take(v: PyValue): IteratorResult<Suspend, PyValue> {
    for (;;) {
      const r = this.item(v);
      if (r !== undefined) {
        if (!isPending(r)) return this.finish(r);
        this.sub = r;
        this.wait = Wait.SubItem;
        return this.subStep(r.next(undefined as unknown as PyValue));
      }
      // Pull the next item (inline for native iterators, so a list/range costs no driver round trip).
      if (this.gen !== null) {
        this.wait = Wait.GenItem;
        return this.request(this.req!);
      }
      let n: PyValue | NativeGen | undefined;
      try {
        n = nextOf(this.it);
      } catch (e) {
        if (isExcOf(e, StopIteration)) return this.finish(this.end());
        throw e;
      }
      if (n === undefined) return this.finish(this.end());
      if (isPending(n)) {
        this.sub = n;
        this.wait = Wait.SubNext;
        return this.subStep(n.next(undefined as unknown as PyValue));
      }
      v = n;
    }
  }

  private pull(): IteratorResult<Suspend, PyValue> {
    if (this.gen !== null) {
      this.wait = Wait.GenItem;
      return this.request(this.req!);
    }
    let n: PyValue | NativeGen | undefined;
    try {
      n = nextOf(this.it);
    } catch (e) {
      if (isExcOf(e, StopIteration)) return this.finish(this.end());
      throw e;
    }
    if (n === undefined) return this.finish(this.end());
    if (isPending(n)) {
      this.sub = n;
      this.wait = Wait.SubNext;
      return this.subStep(n.next(undefined as unknown as PyValue));
    }
    return this.take(n);
  }
}

/** The remaining items of iterator `it` as a JS array (seq.ts's toArray/itemsOf for list(), tuple(), join ...). */
export function collectItems(it: PyValue): NativeGen {
  const out: PyValue[] = [];
  return new ItemLoop(
    it,
    (x) => {
      out.push(x);
      return undefined;
    },
    () => out as unknown as PyValue,
  );
}

seqLoops.collect = collectItems;

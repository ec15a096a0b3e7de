// The `gc` module (CPython: Modules/gcmodule.c). pyts objects live in the JS heap and are freed by the
// JS engine's own collector, which pyts can neither run nor observe on demand: there is no cycle
// collector to switch on or off. So this module keeps CPython's interface with honest answers:
//   - collect() returns 0 (no unreachable objects found *by pyts*); enable/disable/isenabled keep a
//     flag that changes nothing else; get_count() is (0, 0, 0); thresholds are stored and reported.
//   - get_objects/get_referrers/get_referents return empty lists: pyts cannot enumerate the JS heap.
//   - gc.callbacks are called around collect() with CPython's ("start"/"stop", info) arguments.
// Weakref callbacks are driven by the JS engine's FinalizationRegistry (stdlib/weakref.ts), so
// `del x; gc.collect()` does not make a weakref die at once as it does in CPython.

import type { PyValue } from '../src/objects/object.js';
import { None, boolType } from '../src/objects/builtin-types.js';
import { pyErr, ValueError } from '../src/objects/exceptions.js';
import { PyList } from '../src/objects/list.js';
import { PyDict } from '../src/objects/dict.js';
import { pyTuple } from '../src/objects/tuple.js';
import { checkCount, signature, typeName } from '../src/builtins/args.js';
import { asIndex } from '../src/builtins/num.js';
import { settle, type NativeGen } from '../src/objects/object.js';
import * as ops from '../src/objects/ops.js';
import { defineModule } from './index.js';

const collectSig = signature('collect', 'generation=2');

function intOf(v: PyValue): number {
  const i = asIndex(v);
  if (i === undefined) throw pyErr(ValueError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  return Number(i);
}

export default defineModule({
  name: 'gc',
  init: () => {
    let enabled = true;
    let thresholds: PyValue[] = [700, 10, 10];
    const callbacks = new PyList([]);
    const stats = () => new PyList([0, 1, 2].map(() => {
      const d = new PyDict();
      d.setStr('collections', 0);
      d.setStr('collected', 0);
      d.setStr('uncollectable', 0);
      return d;
    }));
    return {
      collect: (args, kwargs) => {
        const [g] = collectSig.parse(args, kwargs);
        const generation = g === undefined ? 2 : intOf(g);
        if (generation < 0 || generation > 2) throw pyErr(ValueError, 'invalid generation');
        if (callbacks.items.length === 0) return 0;
        return (function* (): NativeGen {
          for (const phase of ['start', 'stop']) {
            const info = new PyDict();
            info.setStr('generation', generation);
            info.setStr('collected', 0);
            info.setStr('uncollectable', 0);
            for (const cb of callbacks.items.slice()) yield* settle(ops.call(cb, [phase, info], null));
          }
          return 0;
        })();
      },
      enable: (a) => (checkCount('enable', a, 0, 0), (enabled = true), None),
      disable: (a) => (checkCount('disable', a, 0, 0), (enabled = false), None),
      isenabled: (a) => (checkCount('isenabled', a, 0, 0), enabled),
      get_count: () => pyTuple([0, 0, 0]),
      get_threshold: () => pyTuple(thresholds),
      set_threshold: (a) => {
        checkCount('set_threshold', a, 1, 3);
        thresholds = thresholds.map((t, i) => (a[i] === undefined ? t : intOf(a[i])));
        return None;
      },
      get_objects: () => new PyList([]),
      get_referrers: () => new PyList([]),
      get_referents: () => new PyList([]),
      get_stats: () => stats(),
      is_tracked: (a) => {
        checkCount('is_tracked', a, 1, 1);
        const v = a[0];
        return !(typeof v !== 'object' || v === None || v.type === boolType);
      },
      is_finalized: (a) => (checkCount('is_finalized', a, 1, 1), false),
      freeze: () => None,
      unfreeze: () => None,
      get_freeze_count: () => 0,
      get_debug: () => 0,
      set_debug: () => None,
      garbage: new PyList([]),
      callbacks,
      DEBUG_STATS: 1,
      DEBUG_COLLECTABLE: 2,
      DEBUG_UNCOLLECTABLE: 4,
      DEBUG_SAVEALL: 32,
      DEBUG_LEAK: 38,
    };
  },
});

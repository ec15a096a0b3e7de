// "Did you mean" suggestions printed after an uncaught AttributeError / NameError
// (CPython 3.11: Python/suggestions.c, _Py_Offer_Suggestions; the same weights and limits).
//
// AttributeError: the candidates are dir(exc.obj) (so they may come from a Python __dir__);
// NameError: the failing frame's co_varnames, then its globals, then its builtins, each set tried in turn.
// A candidate is accepted when its weighted Levenshtein distance (a move costs 2, a case change 1) is at
// most a third of the involved characters; the closest one wins, the first of equals.

import { isPending, type NativeGen, type PyValue } from '../objects/object.js';
import { AttributeError, NameError, excField, type PyBaseException } from '../objects/exceptions.js';
import { PyDict } from '../objects/dict.js';
import { PyList } from '../objects/list.js';
import { call } from '../objects/call.js';
import { dir } from '../builtins/introspection.js';
import type { Frame } from '../vm/frame.js';

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

/** CPython: levenshtein_distance (on UTF-8 bytes). */
function levenshtein(as: Uint8Array, bs: Uint8Array, maxCost: number): number {
  let a0 = 0, aN = as.length, b0 = 0, bN = bs.length;
  while (a0 < aN && b0 < bN && as[a0] === bs[b0]) {
    a0++;
    b0++;
  }
  while (aN > a0 && bN > b0 && as[aN - 1] === bs[bN - 1]) {
    aN--;
    bN--;
  }
  let a = as.subarray(a0, aN), b = bs.subarray(b0, bN);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer = new Array<number>(a.length);
  for (let i = 0, tmp = MOVE_COST; i < a.length; i++, tmp += MOVE_COST) buffer[i] = tmp;
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi];
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(code, a[i]);
      distance = buffer[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

const utf8 = new TextEncoder();

/** CPython: calculate_suggestions. */
export function closestName(candidates: readonly PyValue[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  const nameBytes = utf8.encode(name);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const item of candidates) {
    if (typeof item !== 'string' || item === name) continue;
    const itemBytes = utf8.encode(item);
    const maxDistance = Math.min(Math.floor(((nameBytes.length + itemBytes.length + 3) * MOVE_COST) / 6), bestDistance - 1);
    const d = levenshtein(nameBytes, itemBytes, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

function keysOf(d: unknown): PyValue[] {
  if (!(d instanceof PyDict)) return [];
  const out: PyValue[] = [];
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k !== undefined) out.push(k);
  }
  return out;
}

/** The suggested name for an uncaught exception, or null (CPython: _Py_Offer_Suggestions). */
export function* offerSuggestion(exc: PyBaseException): Generator<any, string | null, any> {
  const name = excField(exc, 'name');
  if (typeof name !== 'string') return null;
  if (exc.type.isSubtypeOf(AttributeError)) {
    const obj = excField(exc, 'obj');
    if (obj === undefined) return null;
    let r = call(dir, [obj], null);
    if (isPending(r)) r = yield* (r as NativeGen);
    return r instanceof PyList ? closestName(r.items, name) : null;
  }
  if (exc.type.isSubtypeOf(NameError)) {
    const entries = exc.traceback;
    const f = entries.length ? (entries[entries.length - 1].frame as Frame | undefined) : undefined;
    if (f === undefined || f.code === null) return null;
    return (
      closestName(f.code.varnames, name) ??
      closestName(keysOf(f.globals), name) ??
      closestName(keysOf(f.builtins), name)
    );
  }
  return null;
}

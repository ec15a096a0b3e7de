// Our AST as the plain JSON scripts/dump-cpython-ast.py writes for CPython's: bigints as decimal strings,
// bytes as hex, non-finite floats as Python's repr.
export function astToJson(node: unknown): unknown {
  return JSON.parse(JSON.stringify(node, (_k, v) => {
    if (typeof v === 'bigint') return v.toString();
    if (v instanceof Uint8Array) return Buffer.from(v).toString('hex');
    if (typeof v === 'number' && !Number.isFinite(v)) return Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf';
    return v;
  }));
}

/** The first path where two JSON values differ, for readable failures. */
export function firstDiff(a: unknown, b: unknown, path = ''): string | null {
  if (a === b) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return `${path}: ${JSON.stringify(a)?.slice(0, 200)} != ${JSON.stringify(b)?.slice(0, 200)}`;
  }
  const ka = Object.keys(a as object), kb = Object.keys(b as object);
  for (const k of new Set([...ka, ...kb])) {
    const d = firstDiff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d) {
      const node = a as Record<string, unknown>;
      return node.kind ? `${d}   (in ${node.kind} at ${node.lineno}:${node.col_offset})` : d;
    }
  }
  return null;
}

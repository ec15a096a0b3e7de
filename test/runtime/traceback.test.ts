// The traceback formatter against CPython 3.11's own stderr. Each traceback-cases/NAME.json was made by
// scripts/gen-traceback-cases.py with python3: the exact stderr of `python3 NAME.py` plus the
// exception chain (types, str(), entries with columns). We rebuild the chain as pyts exceptions, format
// it, and compare byte for byte. No VM involved.

import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PyBaseException, excTypes } from '../../src/objects/exceptions.js';
import { PyType } from '../../src/objects/type.js';
import { typeType } from '../../src/objects/builtin-types.js';
import { formatException, type FormatContext, type TbEntry } from '../../src/runtime/traceback.js';
import { caretAnchors } from '../../src/runtime/caret-anchors.js';
import { parseModule } from '../../src/parse/index.js';

const DIR = join(import.meta.dirname, 'traceback-cases');

interface Desc {
  type: string;
  display: string;
  str: string;
  entries: TbEntry[];
  cause: Desc | null;
  context: Desc | null;
  suppressContext: boolean;
}

function build(d: Desc, strs: Map<PyBaseException, string>): PyBaseException {
  const t = excTypes[d.type] ?? new PyType(typeType, d.type, [excTypes.Exception], null, true);
  const e = new PyBaseException(t, []);
  e.traceback = d.entries;
  strs.set(e, d.str);
  if (d.cause) e.cause = build(d.cause, strs);
  if (d.context) e.context = build(d.context, strs);
  e.suppressContext = d.suppressContext;
  return e;
}

describe('traceback text matches CPython 3.11', () => {
  for (const f of readdirSync(DIR).filter((n) => n.endsWith('.json'))) {
    it(f.replace('.json', ''), () => {
      const c = JSON.parse(readFileSync(join(DIR, f), 'utf8'));
      const strs = new Map<PyBaseException, string>();
      const exc = build(c.exception, strs);
      const ctx: FormatContext = {
        sourceLine: (file, n) => {
          const text = readFileSync(join(DIR, file.replace('<DIR>/', '')), 'utf8');
          return text.split('\n')[n - 1] ?? null;
        },
        str: (v) => strs.get(v as PyBaseException) ?? '',
        anchors: (seg) => caretAnchors(seg, parseModule),
      };
      const r = formatException(exc, ctx).next();
      expect(r.done).toBe(true);
      expect(r.value).toBe(c.stderr);
    });
  }
});

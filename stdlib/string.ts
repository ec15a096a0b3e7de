// The `string` module (CPython: Lib/string.py): the character-class constants, capwords, and
// Template ($-substitution: $name, ${name}, $$; substitute / safe_substitute).

import { type NativeGen, type PyValue, PyObject, settle } from '../src/objects/object.js';
import { None, builtinType } from '../src/objects/builtin-types.js';
import { KeyError, TypeError, ValueError, pyErr } from '../src/objects/exceptions.js';
import { PyDict } from '../src/objects/dict.js';
import { nativeFunction, nativeMethod } from '../src/objects/native.js';
import * as ops from '../src/objects/ops.js';
import { signature, typeName } from '../src/builtins/args.js';
import { defineModule } from './index.js';

const ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz';
const ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const digits = '0123456789';
const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const whitespace = ' \t\n\r\x0b\x0c';

/** str.capitalize: first character title-cased, the rest lower-cased. */
function capitalize(w: string): string {
  const chars = Array.from(w);
  if (chars.length === 0) return '';
  return chars[0].toUpperCase() + chars.slice(1).join('').toLowerCase();
}

const capwordsSig = signature('capwords', 's, sep=None');
const capwords = nativeFunction('capwords', (args, kwargs) => {
  const [s, sep] = capwordsSig.parse(args, kwargs);
  if (typeof s !== 'string') throw pyErr(TypeError, `descriptor 'split' for 'str' objects doesn't apply to a '${typeName(s as PyValue)}' object`);
  if (sep === undefined || sep === None || sep === '') {
    if (sep === '') throw pyErr(ValueError, 'empty separator');
    return s.split(/[ \t\n\r\x0b\x0c\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/).filter((w) => w !== '').map(capitalize).join(' ');
  }
  if (typeof sep !== 'string') throw pyErr(TypeError, `must be str or None, not ${typeName(sep)}`);
  return s.split(sep).map(capitalize).join(sep);
});

// ---- Template ----

export const templateType = builtinType('Template');
templateType.instancesHaveDict = true;

const ID = '[_a-z][_a-z0-9]*';

function* templateText(self: PyValue): Generator<any, [string, string], PyValue> {
  const t = yield* settle(ops.getAttr(self, 'template'));
  const d = yield* settle(ops.getAttr(self, 'delimiter'));
  return [String(t), String(d)];
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function* lookupKey(mapping: PyValue, kws: Map<string, PyValue> | null, name: string): Generator<any, PyValue | undefined, PyValue> {
  if (kws !== null && kws.has(name)) return kws.get(name);
  if (mapping === None) return undefined;
  if (mapping instanceof PyDict) {
    const v = mapping.getStr(name);
    return v;
  }
  try {
    return yield* settle(ops.getItem(mapping, name));
  } catch (e) {
    if (e instanceof PyObject && e.type.isSubtypeOf(KeyError)) return undefined;
    throw e;
  }
}

function* substitute(args: PyValue[], kwargs: Map<string, PyValue> | null, safe: boolean): NativeGen {
  const self = args[0];
  const mapping = args.length > 1 ? args[1] : None;
  if (args.length > 2) throw pyErr(TypeError, `${safe ? 'safe_substitute' : 'substitute'}() takes from 1 to 2 positional arguments but ${args.length} were given`);
  const [text, delim] = yield* templateText(self);
  const re = new RegExp(`${escapeRe(delim)}(?:(${escapeRe(delim)})|(${ID})|\\{(${ID})\\}|())`, 'gi');
  let out = '';
  let last = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out += text.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[1] !== undefined) {
      out += delim;
      continue;
    }
    const name = m[2] ?? m[3];
    if (name !== undefined) {
      const v = yield* lookupKey(mapping, kwargs, name);
      if (v === undefined) {
        if (safe) {
          out += m[0];
          continue;
        }
        throw pyErr(KeyError, name);
      }
      out += typeof v === 'string' ? v : ((yield* settle(ops.str(v))) as string);
      continue;
    }
    // invalid placeholder
    if (safe) {
      out += m[0];
      continue;
    }
    const before = text.slice(0, m.index);
    const lines = before.split('\n');
    const col = lines[lines.length - 1].length + 1;
    throw pyErr(ValueError, `Invalid placeholder in string: line ${lines.length}, col ${col}`);
  }
  return out + text.slice(last);
}

templateType.define({
  delimiter: '$',
  __init__: nativeMethod('Template', '__init__', (args, kwargs) => {
    const [t] = signature('Template', 'template').parse(args.slice(1), kwargs);
    return (function* (): NativeGen {
      yield* settle(ops.setAttr(args[0], 'template', t as PyValue));
      return None;
    })();
  }),
  substitute: nativeMethod('Template', 'substitute', (args, kwargs) => substitute(args, kwargs, false)),
  safe_substitute: nativeMethod('Template', 'safe_substitute', (args, kwargs) => substitute(args, kwargs, true)),
});

/** The `string` module's namespace. */
export function stringNamespace(): Record<string, PyValue> {
  return {
    ascii_letters: ascii_lowercase + ascii_uppercase,
    ascii_lowercase,
    ascii_uppercase,
    digits,
    hexdigits: digits + 'abcdef' + 'ABCDEF',
    octdigits: '01234567',
    punctuation,
    whitespace,
    printable: digits + ascii_lowercase + ascii_uppercase + punctuation + whitespace,
    capwords,
    Template: templateType,
  };
}

export default defineModule({ name: 'string', doc: 'A collection of string constants.', init: () => stringNamespace() });

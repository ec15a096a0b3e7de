// The `string` module (CPython: Lib/string.py): the character-class constants, capwords, and
// Template ($-substitution: $name, ${name}, $$; substitute / safe_substitute).

import { type NativeGen, type PyValue, PyObject, settle } from '../src/objects/object.js';
import { None, builtinType, objectType } from '../src/objects/builtin-types.js';
import { PyList } from '../src/objects/list.js';
import { pyTuple } from '../src/objects/tuple.js';
import { PySet, setType } from '../src/objects/set.js';
import { defineClass, callM, itemsOf, strOf } from './lib/pyclass.js';
import { KeyError, TypeError, ValueError, pyErr } from '../src/objects/exceptions.js';
import { PyDict } from '../src/objects/dict.js';
import { nativeFunction, methodTable } from '../src/objects/native.js';
import { asciiEscape } from '../src/objects/format/str-repr.js';
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

// ---- Formatter (CPython: string.Formatter over _string.formatter_parser / formatter_field_name_split) ----

type Piece = [string, string | null, string | null, string | null];

/** CPython: MarkupIterator (Objects/stringlib/unicode_format.h): (literal, field_name, spec, conversion). */
export function formatterParse(fmt: string): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    let lit = '';
    let field: Piece | null = null;
    while (i < n) {
      const c = fmt[i];
      if (c === '{' || c === '}') {
        if (i + 1 < n && fmt[i + 1] === c) {
          lit += c;
          i += 2;
          out.push([lit, null, null, null]);
          lit = '';
          continue;
        }
        if (c === '}') throw pyErr(ValueError, "Single '}' encountered in format string");
        // a replacement field: find its matching '}'
        let depth = 1;
        let j = i + 1;
        while (j < n && depth > 0) {
          if (fmt[j] === '{') depth++;
          else if (fmt[j] === '}') depth--;
          if (depth > 0) j++;
        }
        if (depth > 0) throw pyErr(ValueError, i + 1 >= n ? "Single '{' encountered in format string" : "expected '}' before end of string");
        const body = fmt.slice(i + 1, j);
        i = j + 1;
        // the field name ends at the first '!' or ':' outside [...]
        let k = 0;
        let bracket = false;
        for (; k < body.length; k++) {
          const ch = body[k];
          if (ch === '[') bracket = true;
          else if (ch === ']') bracket = false;
          else if (!bracket && (ch === '!' || ch === ':')) break;
        }
        const name = body.slice(0, k);
        let conv: string | null = null;
        let spec = '';
        if (body[k] === '!') {
          if (k + 1 >= body.length) throw pyErr(ValueError, 'end of string while looking for conversion specifier');
          conv = body[k + 1];
          if (k + 2 < body.length) {
            if (body[k + 2] !== ':') throw pyErr(ValueError, "expected ':' after conversion specifier");
            spec = body.slice(k + 3);
          }
        } else if (body[k] === ':') spec = body.slice(k + 1);
        field = [lit, name, spec, conv];
        break;
      }
      lit += c;
      i++;
    }
    if (field !== null) out.push(field);
    else if (lit !== '') out.push([lit, null, null, null]);
  }
  return out;
}

/** CPython: formatter_field_name_split: (first, [(is_attr, key), ...]); digit-only parts become ints. */
export function fieldNameSplit(name: string): [PyValue, [boolean, PyValue][]] {
  const asKey = (x: string): PyValue => (/^[0-9]+$/.test(x) ? Number(x) : x);
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const first = asKey(name.slice(0, i));
  const rest: [boolean, PyValue][] = [];
  while (i < name.length) {
    if (name[i] === '.') {
      let j = i + 1;
      while (j < name.length && name[j] !== '.' && name[j] !== '[') j++;
      const attr = name.slice(i + 1, j);
      if (attr === '') throw pyErr(ValueError, 'Empty attribute in format string');
      rest.push([true, attr]);
      i = j;
    } else {
      const j = name.indexOf(']', i);
      if (j < 0) throw pyErr(ValueError, "Missing ']' in format string");
      const key = name.slice(i + 1, j);
      if (key === '') throw pyErr(ValueError, 'Empty attribute in format string');
      rest.push([false, asKey(key)]);
      i = j + 1;
      if (i < name.length && name[i] !== '.' && name[i] !== '[') throw pyErr(ValueError, 'Only \'.\' or \'[\' may follow \']\' in format field specifier');
    }
  }
  return [first, rest];
}

const optStr = (v: string | null): PyValue => (v === null ? None : v);

function* vformatGen(self: PyValue, fmt: string, args: PyValue, kwargs: PyValue, used: PySet, depth: number, autoIndex: number | false): Generator<any, [string, number | false], any> {
  if (depth < 0) throw pyErr(ValueError, 'Max string recursion exceeded');
  const parsed = yield* itemsOf(yield* callM(self, 'parse', [fmt]));
  let result = '';
  for (const piece of parsed) {
    const [lit, nameV, specV, conv] = yield* itemsOf(piece);
    if (typeof lit === 'string') result += lit;
    if (nameV === None) continue;
    let name = nameV as string;
    if (name === '') {
      if (autoIndex === false) throw pyErr(ValueError, 'cannot switch from manual field specification to automatic field numbering');
      name = String(autoIndex);
      autoIndex++;
    } else if (/^[0-9]+$/.test(name)) {
      // (CPython's Lib/string.py raises the same message in both directions)
      if (autoIndex !== false && autoIndex !== 0) throw pyErr(ValueError, 'cannot switch from manual field specification to automatic field numbering');
      autoIndex = false;
    }
    const got = yield* itemsOf(yield* callM(self, 'get_field', [name, args, kwargs]));
    yield* settle(ops.callMethod(used, 'add', [got[1]]));
    const obj = yield* callM(self, 'convert_field', [got[0], conv]);
    const [spec, next] = yield* vformatGen(self, typeof specV === 'string' ? specV : '', args, kwargs, used, depth - 1, autoIndex);
    autoIndex = next;
    const piece2 = yield* callM(self, 'format_field', [obj, spec]);
    result += yield* strOf(piece2);
  }
  return [result, autoIndex];
}

export const formatterType = defineClass('string', 'Formatter', [objectType], {
  format: function* (a, kw): NativeGen {
    if (a.length < 2) throw pyErr(TypeError, "Formatter.format() missing 1 required positional argument: 'format_string'");
    const kwd = new PyDict();
    if (kw !== null) for (const [k, v] of kw) kwd.setStr(k, v);
    return yield* callM(a[0], 'vformat', [a[1], pyTuple(a.slice(2)), kwd]);
  },
  vformat: function* (a): NativeGen {
    const [self, fmt, args, kwargs] = a;
    const used = new PySet(setType);
    const [res] = yield* vformatGen(self, yield* strOf(fmt), args, kwargs, used, 2, 0);
    yield* callM(self, 'check_unused_args', [used, args, kwargs]);
    return res;
  },
  get_value: function* (a): NativeGen {
    const [, key, args, kwargs] = a;
    if (typeof key === 'number' || typeof key === 'bigint' || typeof key === 'boolean') return yield* settle(ops.getItem(args, key));
    return yield* settle(ops.getItem(kwargs, key));
  },
  check_unused_args: () => None,
  format_field: function* (a): NativeGen {
    return yield* settle(ops.format(a[1], yield* strOf(a[2])));
  },
  convert_field: function* (a): NativeGen {
    const [, value, conv] = a;
    if (conv === None || conv === undefined) return value;
    if (conv === 's') return yield* strOf(value);
    if (conv === 'r') return yield* settle(ops.repr(value));
    if (conv === 'a') return asciiEscape((yield* settle(ops.repr(value))) as string);
    throw pyErr(ValueError, `Unknown conversion specifier ${yield* strOf(conv)}`);
  },
  parse: (a) => {
    if (typeof a[1] !== 'string') throw pyErr(TypeError, `expected str, got ${typeName(a[1])}`);
    return new PyList(formatterParse(a[1]).map((p) => pyTuple([p[0], optStr(p[1]), optStr(p[2]), optStr(p[3])])));
  },
  get_field: function* (a): NativeGen {
    const [self, name, args, kwargs] = a;
    const [first, rest] = fieldNameSplit(yield* strOf(name));
    let obj = yield* callM(self, 'get_value', [first, args, kwargs]);
    for (const [isAttr, k] of rest) obj = isAttr ? yield* settle(ops.getAttr(obj, k as string)) : yield* settle(ops.getItem(obj, k));
    return pyTuple([obj, first]);
  },
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

templateType.define(methodTable('Template', {
  delimiter: '$',
  __init__: (args, kwargs) => {
    const [t] = signature('Template', 'template').parse(args.slice(1), kwargs);
    return (function* (): NativeGen {
      yield* settle(ops.setAttr(args[0], 'template', t as PyValue));
      return None;
    })();
  },
  substitute: (args, kwargs) => substitute(args, kwargs, false),
  safe_substitute: (args, kwargs) => substitute(args, kwargs, true),
}));

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
    Formatter: formatterType,
  };
}

export default defineModule({ name: 'string', doc: 'A collection of string constants.', init: () => stringNamespace() });

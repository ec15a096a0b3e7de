// `pyts --ast`: our AST rendered exactly as CPython's `ast.dump(tree, indent=2)` prints it (Lib/ast.py
// dump), so `diff <(pyts --ast f.py) <(python3 -c '...ast.dump(...)')` is empty. Field order and which
// fields are optional (omitted when None) are CPython 3.11's, from ast._fields.
import type * as A from '../parse/ast.js';
import { U_PREFIX } from '../parse/strings.js';

const FIELDS: Record<string, string[]> = {"AnnAssign":["target","annotation","value?","simple"],"Assert":["test","msg?"],"Assign":["targets","value","type_comment?"],"Attribute":["value","attr","ctx"],"AugAssign":["target","op","value"],"BinOp":["left","op","right"],"BoolOp":["op","values"],"Break":[],"Call":["func","args","keywords"],"ClassDef":["name","bases","keywords","body","decorator_list"],"Compare":["left","ops","comparators"],"Constant":["value","kind?"],"Continue":[],"Delete":["targets"],"Dict":["keys","values"],"DictComp":["key","value","generators"],"ExceptHandler":["type?","name?","body"],"Expr":["value"],"For":["target","iter","body","orelse","type_comment?"],"FormattedValue":["value","conversion","format_spec?"],"FunctionDef":["name","args","body","decorator_list","returns?","type_comment?"],"GeneratorExp":["elt","generators"],"Global":["names"],"If":["test","body","orelse"],"IfExp":["test","body","orelse"],"Import":["names"],"ImportFrom":["module?","names","level?"],"JoinedStr":["values"],"Lambda":["args","body"],"List":["elts","ctx"],"ListComp":["elt","generators"],"Module":["body","type_ignores"],"Name":["id","ctx"],"NamedExpr":["target","value"],"Nonlocal":["names"],"Pass":[],"Raise":["exc?","cause?"],"Return":["value?"],"Set":["elts"],"SetComp":["elt","generators"],"Slice":["lower?","upper?","step?"],"Starred":["value","ctx"],"Subscript":["value","slice","ctx"],"Try":["body","handlers","orelse","finalbody"],"TryStar":["body","handlers","orelse","finalbody"],"Tuple":["elts","ctx"],"UnaryOp":["op","operand"],"While":["test","body","orelse"],"With":["items","body","type_comment?"],"Yield":["value?"],"YieldFrom":["value"],"alias":["name","asname?"],"arg":["arg","annotation?","type_comment?"],"arguments":["posonlyargs","args","vararg?","kwonlyargs","kw_defaults","kwarg?","defaults"],"comprehension":["target","iter","ifs","is_async"],"keyword":["arg?","value"],"withitem":["context_expr","optional_vars?"]};
/** Fields pyts does not model, with the value CPython always has for them. */
const MISSING: Record<string, unknown> = { type_ignores: [], is_async: 0, type_comment: null, kind: null };
const ENUM_FIELDS = new Set(['ctx', 'op']);

export function astDump(node: A.Node, indent = '  '): string {
  return format(node, 0, indent)[0];
}

function format(node: unknown, level: number, indent: string): [string, boolean] {
  level++;
  const prefix = '\n' + indent.repeat(level);
  const sep = ',\n' + indent.repeat(level);
  if (Array.isArray(node)) {
    if (!node.length) return ['[]', true];
    return ['[' + prefix + node.map((x) => format(x, level, indent)[0]).join(sep) + ']', false];
  }
  if (node !== null && typeof node === 'object' && 'kind' in node && typeof (node as { kind: unknown }).kind === 'string' && FIELDS[(node as { kind: string }).kind]) {
    const n = node as Record<string, unknown>;
    const args: string[] = [];
    let allSimple = true;
    for (const spec of FIELDS[n.kind as string]) {
      const optional = spec.endsWith('?');
      const name = optional ? spec.slice(0, -1) : spec;
      let value = n.kind === 'Constant' && name === 'kind' ? ((n as { [U_PREFIX]?: string })[U_PREFIX] ?? null)
        : name in n ? n[name] : MISSING[name];
      if (value === undefined) value = null;
      if (value === null && optional) continue;
      let text: string, simple: boolean;
      if (n.kind === 'Constant' && name === 'value') { text = constRepr(value as A.ConstantValue); simple = true; }
      else if (ENUM_FIELDS.has(name) || (name === 'ops' && Array.isArray(value))) {
        [text, simple] = Array.isArray(value) ? format(value.map((v) => ({ $enum: v })), level, indent) : [value + '()', true];
      } else [text, simple] = format(value, level, indent);
      allSimple &&= simple;
      args.push(`${name}=${text}`);
    }
    if (allSimple && args.length <= 3) return [`${n.kind}(${args.join(', ')})`, args.length === 0];
    return [`${n.kind}(${prefix}${args.join(sep)})`, false];
  }
  if (node !== null && typeof node === 'object' && '$enum' in node) return [(node as { $enum: string }).$enum + '()', true];
  if (typeof node === 'string') return [strRepr(node), true];
  if (node === null) return ['None', true];
  return [String(node), true];
}

// ---- Python reprs of constants ----
export function constRepr(v: A.ConstantValue): string {
  switch (v.kind) {
    case 'int': return v.value.toString();
    case 'float': return floatRepr(v.value);
    case 'complex': { const r = floatRepr(v.imag); return (r.endsWith('.0') ? r.slice(0, -2) : r) + 'j'; }
    case 'str': return strRepr(v.value);
    case 'bytes': return bytesRepr(v.value);
    case 'bool': return v.value ? 'True' : 'False';
    case 'None': return 'None';
    case 'Ellipsis': return 'Ellipsis';
  }
}

/** CPython: float_repr (shortest round-trip digits, exponent outside 1e-4 <= |x| < 1e16). */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expStr] = x.toExponential().split('e');
  const exp = Number(expStr);
  const neg = mant.startsWith('-');
  const digits = mant.replace(/^-/, '').replace('.', '');
  let out: string;
  if (exp >= -4 && exp < 16) {
    if (exp < 0) out = '0.' + '0'.repeat(-exp - 1) + digits;
    else if (digits.length <= exp + 1) out = digits + '0'.repeat(exp + 1 - digits.length) + '.0';
    else out = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  } else {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    out = m + 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
  }
  return (neg ? '-' : '') + out;
}

/** CPython: unicode_repr. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x7f) out += ch;
    else if (/[\p{C}\p{Z}]/u.test(ch) && ch !== ' ') {
      out += c <= 0xff ? '\\x' + c.toString(16).padStart(2, '0') : c <= 0xffff ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}

export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const c of b) { if (c === 39) hasSingle = true; else if (c === 34) hasDouble = true; }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

// The disassembler (`pyts --dis`, tests): CodeObject -> text laid out like `python3 -m dis`:
//   line  offset  OPNAME  arg (annotation)
// with `>>` marking jump targets, then nested code objects, each under a "Disassembly of <code ...>:"
// header. Offsets are instruction indices (pyts has no CACHE entries; CPython's are byte offsets),
// and the exception table is printed after each code object as in 3.11's dis.

import type { PyValue } from '../objects/object.js';
import { None, Ellipsis } from '../objects/builtin-types.js';
import { PyFloat } from '../objects/float.js';
import { PyTuple } from '../objects/tuple.js';
import { CodeObject } from './code.js';
import { Arg, BINOP_SYMBOLS, CMPOP_SYMBOLS, Op, opArg, opName } from './opcodes.js';

/** A Python-like repr of a constant, for annotations (no dependency on the runtime's repr). */
export function constRepr(v: PyValue): string {
  switch (typeof v) {
    case 'number': case 'bigint': return String(v);
    case 'boolean': return v ? 'True' : 'False';
    case 'string': return pyStrRepr(v);
  }
  if (v === None) return 'None';
  if (v === Ellipsis) return 'Ellipsis';
  if (v instanceof PyFloat) {
    const x = v.value;
    if (Number.isInteger(x) && Math.abs(x) < 1e16) return x.toFixed(1);
    return Number.isNaN(x) ? 'nan' : x === Infinity ? 'inf' : x === -Infinity ? '-inf' : String(x);
  }
  if (v instanceof PyTuple) {
    const items = v.items.map(constRepr);
    return '(' + items.join(', ') + (items.length === 1 ? ',' : '') + ')';
  }
  if (v instanceof CodeObject) return codeRepr(v);
  return `<${v.type.name}>`;
}

function pyStrRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch < ' ' || ch === '\x7f') out += '\\x' + ch.charCodeAt(0).toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + q;
}

function codeRepr(c: CodeObject): string {
  return `<code object ${c.name} at 0x0, file "${c.filename}", line ${c.firstlineno}>`;
}

/** The annotation dis prints in parentheses after the argument, or ''. */
function annotate(code: CodeObject, op: number, arg: number): string {
  switch (opArg(op)) {
    case Arg.Const: return constRepr(code.consts[arg]);
    case Arg.Name: return code.names[arg];
    case Arg.GlobalName: return (arg & 1 ? 'NULL + ' : '') + code.names[arg >> 1];
    case Arg.Local: case Arg.Deref: return code.slotName(arg);
    case Arg.Jump: return `to ${arg}`;
    case Arg.BinOp: return BINOP_SYMBOLS[arg] ?? '?';
    case Arg.CmpOp: return CMPOP_SYMBOLS[arg] ?? '?';
  }
  if (op === Op.FORMAT_VALUE) {
    const conv = ['', 'str', 'repr', 'ascii'][arg & 3];
    return [conv, arg & 4 ? 'with format' : ''].filter(Boolean).join(', ');
  }
  return '';
}

/** Disassemble one code object (no nested ones). */
export function disassembleOne(code: CodeObject): string {
  const ins = code.instructions;
  const targets = new Set<number>();
  for (let i = 0; i < code.ninstr; i++) {
    const op = ins[2 * i];
    if (opArg(op) === Arg.Jump) targets.add(ins[2 * i + 1]);
  }
  for (let k = 0; k < code.exceptionTable.length; k += 4) targets.add(code.exceptionTable[k + 2]);
  const lines: string[] = [];
  let lastLine = -2;
  for (let i = 0; i < code.ninstr; i++) {
    const op = ins[2 * i];
    const arg = ins[2 * i + 1];
    const line = code.lineOf(i);
    let lineCol = '';
    if (line !== lastLine) {
      if (i > 0) lines.push('');
      lineCol = line < 0 ? 'None' : String(line);
      lastLine = line;
    }
    const mark = targets.has(i) ? '>>' : '  ';
    let text = `${lineCol.padStart(4)} ${mark} ${String(i).padStart(4)} ${opName(op).padEnd(26)} `;
    if (opArg(op) !== Arg.None || arg !== 0) {
      text += String(arg).padStart(3);
      const ann = annotate(code, op, arg);
      if (ann) text += ` (${ann})`;
    }
    lines.push(text.trimEnd());
  }
  if (code.exceptionTable.length) {
    lines.push('ExceptionTable:');
    const t = code.exceptionTable;
    for (let k = 0; k < t.length; k += 4) {
      lines.push(`  ${t[k]} to ${t[k + 1] - 1} -> ${t[k + 2]} [${t[k + 3] >> 1}]${t[k + 3] & 1 ? ' lasti' : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** Disassemble a code object and, recursively, the code objects among its constants (as `python3 -m dis`). */
export function disassemble(code: CodeObject): string {
  let out = disassembleOne(code);
  for (const k of code.consts) {
    if (k instanceof CodeObject) out += `\nDisassembly of ${codeRepr(k)}:\n` + disassemble(k);
  }
  return out;
}

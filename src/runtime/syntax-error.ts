// The front end's PySyntaxError (a JS error) as a Python SyntaxError / IndentationError / TabError
// instance: args = (msg, (filename, lineno, offset, text, end_lineno, end_offset)) and the member
// fields CPython's SyntaxError has (msg, filename, lineno, offset, text, end_lineno, end_offset).

import { excTypes, pyErr, setExcField, type PyBaseException } from '../objects/exceptions.js';
import { None } from '../objects/builtin-types.js';
import { pyTuple } from '../objects/tuple.js';
import type { PySyntaxError } from '../parse/syntax-error.js';

export function toPySyntaxError(e: PySyntaxError): PyBaseException {
  const exc = pyErr(excTypes[e.kind] ?? excTypes.SyntaxError, e.msg);
  if (e.noLocation) {
    exc.args = [e.msg];
    setExcField(exc, 'msg', e.msg);
    for (const f of ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line']) setExcField(exc, f, None);
    return exc;
  }
  const text = e.text ?? None;
  const details = [e.filename, e.lineno, e.offset, text, e.end_lineno, e.end_offset] as const;
  exc.args = [e.msg, pyTuple([...details])];
  setExcField(exc, 'msg', e.msg);
  setExcField(exc, 'filename', e.filename);
  setExcField(exc, 'lineno', e.lineno);
  setExcField(exc, 'offset', e.offset);
  setExcField(exc, 'text', text);
  setExcField(exc, 'end_lineno', e.end_lineno);
  setExcField(exc, 'end_offset', e.end_offset);
  setExcField(exc, 'print_file_and_line', None);
  return exc;
}

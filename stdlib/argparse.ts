// The `argparse` module (CPython: Lib/argparse.py, 3.11), in TypeScript.
//
// As in CPython, the parser's state is ordinary Python attributes (parser._actions is a list shared
// with its argument groups, parser._option_string_actions a dict, parser._defaults a dict...), and
// actions are Python objects (Action subclasses) whose attributes (option_strings, dest, nargs, const,
// default, type, choices, required, help, metavar) the parser reads. So a user Action subclass, a
// user `type=` function, an ArgumentParser subclass overriding error()/exit() all work: they are
// called through the attribute rules, from generator natives (Python code may run inside).
//
// The help formatter is TypeScript (HelpFormatter's algorithm: usage wrapping, the options table,
// textwrap of help and description), selected by formatter_class: HelpFormatter,
// RawDescriptionHelpFormatter, RawTextHelpFormatter, ArgumentDefaultsHelpFormatter,
// MetavarTypeHelpFormatter and their combinations (a subclass of several); constructor arguments
// (prog, indent_increment, max_help_position, width) are honoured, method overrides are not.
// The width is COLUMNS from the environment, else 80 (CPython: shutil.get_terminal_size() - 2).
//
// Not implemented: parse_intermixed_args, fromfile_prefix_chars, FileType, parents=.

import { PyObject, settle, type KwArgs, type NativeGen, type PyValue } from '../src/objects/object.js';
import { PyType } from '../src/objects/type.js';
import { None, NotImplemented, typeOf, objectType } from '../src/objects/builtin-types.js';
import {
  PyBaseException, Exception, TypeError, ValueError, NotImplementedError, AttributeError, pyErr, isExcOf,
} from '../src/objects/exceptions.js';
import { PyDict } from '../src/objects/dict.js';
import { PyList } from '../src/objects/list.js';
import { PyTuple, pyTuple } from '../src/objects/tuple.js';
import { PyModule } from '../src/objects/module.js';
import { nativeFunction, type NativeFn } from '../src/objects/native.js';
import * as ops from '../src/objects/ops.js';
import { BinOp, CmpOp } from '../src/objects/ops.js';
import { typeName } from '../src/builtins/args.js';
import type { Runtime } from '../src/runtime/runtime.js';
import { defineModule } from './index.js';
import {
  defineClass, itemsOf, containsOf, getA, getOpt, setA, callM, callF, strOf, reprOf, truth, field, setField, type G,
} from './lib/pyclass.js';
import { wrap, fill } from './lib/textwrap.js';

const SUPPRESS = '==SUPPRESS==';
const OPTIONAL = '?';
const ZERO_OR_MORE = '*';
const ONE_OR_MORE = '+';
const PARSER = 'A...';
const REMAINDER = '...';
const UNRECOGNIZED = '_unrecognized_args';

const cpLen = (s: string): number => Array.from(s).length;
const isIdentifier = (s: string): boolean => /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s);

/** An attribute of a plain-data object (instance dict, then class), without descriptors. */
function F(o: PyValue, name: string): PyValue {
  const v = field(o, name);
  if (v !== undefined) return v;
  return typeOf(o).lookup(name) ?? None;
}

function kwMap(entries: [string, PyValue | undefined][]): Map<string, PyValue> {
  const m = new Map<string, PyValue>();
  for (const [k, v] of entries) if (v !== undefined) m.set(k, v);
  return m;
}

function listItems(v: PyValue): PyValue[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items;
  return [];
}

/** Keyword arguments by name, with Python's "unexpected keyword" / "missing" errors for natives. */
function bind(fname: string, params: string[], defaults: Record<string, PyValue>, args: PyValue[], kwargs: KwArgs, kwOnly = 0): Record<string, PyValue> {
  const out: Record<string, PyValue> = {};
  const npos = params.length - kwOnly;
  if (args.length > npos) throw pyErr(TypeError, `${fname}() takes from 1 to ${npos + 1} positional arguments but ${args.length + 1} were given`);
  args.forEach((v, i) => (out[params[i]] = v));
  for (const [k, v] of kwargs ?? []) {
    if (!params.includes(k)) throw pyErr(TypeError, `${fname}() got an unexpected keyword argument '${k}'`);
    if (k in out) throw pyErr(TypeError, `${fname}() got multiple values for argument '${k}'`);
    out[k] = v;
  }
  const missing = params.filter((p) => !(p in out) && !(p in defaults));
  if (missing.length) {
    const q = missing.map((m) => `'${m}'`);
    const list = q.length === 1 ? q[0] : q.length === 2 ? `${q[0]} and ${q[1]}` : `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
    throw pyErr(TypeError, `${fname}() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${list}`);
  }
  for (const p of params) if (!(p in out)) out[p] = defaults[p];
  return out;
}

export function initArgparse(mod: PyModule, rt: Runtime): Record<string, PyValue | NativeFn> {
  const M = 'argparse';
  void mod;

  // ---- _AttributeHolder / Namespace ----------------------------------------------------------------
  function* attrRepr(self: PyValue, kwargs: [string, PyValue][]): G<string> {
    const parts: string[] = [];
    const star: [string, PyValue][] = [];
    for (const [k, v] of kwargs) {
      if (isIdentifier(k)) parts.push(`${k}=${yield* reprOf(v)}`);
      else star.push([k, v]);
    }
    if (star.length) {
      const d = new PyDict();
      for (const [k, v] of star) d.setStr(k, v);
      parts.push(`**${yield* reprOf(d)}`);
    }
    return `${typeOf(self).name}(${parts.join(', ')})`;
  }

  function* dictItems(o: PyValue): G<[string, PyValue][]> {
    const d = yield* getA(o, '__dict__');
    const out: [string, PyValue][] = [];
    if (d instanceof PyDict) d.keys.forEach((k, i) => { if (k !== undefined) out.push([k as string, d.vals[i] as PyValue]); });
    return out;
  }

  const AttributeHolder = defineClass(M, '_AttributeHolder', [objectType], {
    __repr__: function* (a): NativeGen {
      const kw = yield* callM(a[0], '_get_kwargs');
      const pairs: [string, PyValue][] = [];
      for (const it of yield* itemsOf(kw)) {
        const t = yield* itemsOf(it);
        pairs.push([yield* strOf(t[0]), t[1]]);
      }
      const args = yield* itemsOf(yield* callM(a[0], '_get_args'));
      const s = yield* attrRepr(a[0], pairs);
      if (!args.length) return s;
      const head: string[] = [];
      for (const x of args) head.push(yield* reprOf(x));
      const open = s.indexOf('(');
      const rest = s.slice(open + 1, -1);
      return `${s.slice(0, open)}(${[...head, ...(rest ? [rest] : [])].join(', ')})`;
    },
    _get_kwargs: function* (a): NativeGen {
      return new PyList((yield* dictItems(a[0])).map(([k, v]) => pyTuple([k, v])));
    },
    _get_args: () => new PyList([]),
  });

  const Namespace = defineClass(M, 'Namespace', [AttributeHolder], {
    __init__: function* (a, k): NativeGen {
      if (a.length > 1) throw pyErr(TypeError, `Namespace.__init__() takes 1 positional argument but ${a.length} were given`);
      for (const [n, v] of k ?? []) yield* setA(a[0], n, v);
      return None;
    },
    __eq__: function* (a): NativeGen {
      const [self, other] = a;
      if (!typeOf(other).isSubtypeOf(Namespace)) return NotImplemented;
      return yield* settle(ops.richCompare(yield* getA(self, '__dict__'), yield* getA(other, '__dict__'), CmpOp.Eq));
    },
    __contains__: function* (a): NativeGen {
      return yield* containsOf(yield* getA(a[0], '__dict__'), a[1]);
    },
    __hash__: None,
  });

  // ---- errors --------------------------------------------------------------------------------------
  function actionName(arg: PyValue): PyValue {
    if (arg === None) return None;
    const os = listItems(F(arg, 'option_strings'));
    if (os.length) return os.join('/');
    const metavar = F(arg, 'metavar');
    if (metavar !== None && metavar !== SUPPRESS) return metavar;
    const dest = F(arg, 'dest');
    if (dest !== None && dest !== SUPPRESS) return dest;
    const choices = F(arg, 'choices');
    // a list or tuple, or the name -> parser dict of a subparsers action
    const names = choices instanceof PyDict ? choices.keys.filter((k) => k !== undefined) : listItems(choices);
    if (names.length) return '{' + names.join(',') + '}';
    return None;
  }

  const ArgumentError = defineClass(M, 'ArgumentError', [Exception], {
    __init__: (a) => {
      const [self, argument, message] = a;
      setField(self, 'argument_name', actionName(argument));
      setField(self, 'message', message);
      (self as PyBaseException).args = [argument, message];
      return None;
    },
    __str__: function* (a): NativeGen {
      const name = F(a[0], 'argument_name');
      const msg = yield* strOf(F(a[0], 'message'));
      if (name === None) return msg;
      return `argument ${yield* strOf(name)}: ${msg}`;
    },
  }, 'An error from creating or using an argument (optional or positional).');
  const ArgumentTypeError = defineClass(M, 'ArgumentTypeError', [Exception], {}, 'An error from trying to convert a command line string to a type.');

  function* argError(action: PyValue, msg: string): G<PyBaseException> {
    return (yield* callF(ArgumentError, [action, msg])) as PyBaseException;
  }

  // ---- actions -------------------------------------------------------------------------------------
  const actionParams = ['option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices', 'required', 'help', 'metavar'];
  const actionDefaults: Record<string, PyValue> = { nargs: None, const: None, default: None, type: None, choices: None, required: false, help: None, metavar: None };

  function setAll(self: PyValue, vals: Record<string, PyValue>): void {
    for (const n of actionParams) setField(self, n, vals[n] ?? actionDefaults[n] ?? None);
  }

  const Action = defineClass(M, 'Action', [AttributeHolder], {
    __init__: (a, k) => {
      setAll(a[0], bind('Action.__init__', actionParams, actionDefaults, a.slice(1), k));
      return None;
    },
    _get_kwargs: (a) => new PyList(actionParams.map((n) => pyTuple([n, F(a[0], n)]))),
    format_usage: (a) => listItems(F(a[0], 'option_strings'))[0] ?? None,
    __call__: () => {
      throw pyErr(NotImplementedError, '.__call__() not defined');
    },
  });

  /** A builtin action class: fixed parameters mapped onto Action's, validation, and __call__. */
  function actionClass(name: string, params: string[], defaults: Record<string, PyValue>, fixed: Record<string, PyValue>,
    call: (self: PyValue, parser: PyValue, ns: PyValue, values: PyValue, optionString: PyValue) => G<void>,
    validate?: (v: Record<string, PyValue>) => void, base: PyType = Action): PyType {
    return defineClass(M, name, [base], {
      __init__: (a, k) => {
        const v = bind(`${name}.__init__`, params, defaults, a.slice(1), k);
        validate?.(v);
        setAll(a[0], { ...v, ...fixed });
        return None;
      },
      __call__: function* (a, k): NativeGen {
        const v = bind('__call__', ['parser', 'namespace', 'values', 'option_string'], { option_string: None }, a.slice(1), k);
        yield* call(a[0], v.parser, v.namespace, v.values, v.option_string);
        return None;
      },
    });
  }

  const storeParams = ['option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices', 'required', 'help', 'metavar'];
  function checkNargs(kind: string, tail: string) {
    return (v: Record<string, PyValue>) => {
      if (v.nargs === 0) throw pyErr(ValueError, `nargs for ${kind} actions must be != 0; ${tail}`);
      if (v.const !== None && v.nargs !== OPTIONAL) throw pyErr(ValueError, `nargs must be '?' to supply const`);
    };
  }
  const StoreAction = actionClass('_StoreAction', storeParams, actionDefaults, {}, function* (self, _p, ns, values) {
    yield* setA(ns, F(self, 'dest') as string, values);
  }, checkNargs('store', 'if you have nothing to store, actions such as store true or store const may be more appropriate'));

  const constParams = ['option_strings', 'dest', 'const', 'default', 'required', 'help', 'metavar'];
  const StoreConstAction = actionClass('_StoreConstAction', constParams, { const: None, default: None, required: false, help: None, metavar: None }, { nargs: 0, metavar: None },
    function* (self, _p, ns) {
      yield* setA(ns, F(self, 'dest') as string, F(self, 'const'));
    });
  const boolParams = ['option_strings', 'dest', 'default', 'required', 'help'];
  const StoreTrueAction = actionClass('_StoreTrueAction', boolParams, { default: false, required: false, help: None }, { nargs: 0, const: true },
    function* (self, _p, ns) {
      yield* setA(ns, F(self, 'dest') as string, true);
    }, undefined, StoreConstAction);
  const StoreFalseAction = actionClass('_StoreFalseAction', boolParams, { default: true, required: false, help: None }, { nargs: 0, const: false },
    function* (self, _p, ns) {
      yield* setA(ns, F(self, 'dest') as string, false);
    }, undefined, StoreConstAction);

  function* copyItems(ns: PyValue, dest: string): G<PyList> {
    const items = (yield* getOpt(ns, dest)) ?? None;
    if (items === None) return new PyList([]);
    if (items instanceof PyList) return new PyList(items.items.slice());
    const copyMod = yield* callF(rt.builtins.getStr('__import__')!, ['copy']);
    return (yield* callM(copyMod, 'copy', [items])) as PyList;
  }
  const AppendAction = actionClass('_AppendAction', storeParams, actionDefaults, {}, function* (self, _p, ns, values) {
    const dest = F(self, 'dest') as string;
    const items = yield* copyItems(ns, dest);
    yield* callM(items, 'append', [values]);
    yield* setA(ns, dest, items);
  }, checkNargs('append', 'if arg strings are not supplying the value to append, the append const action may be more appropriate'));
  const AppendConstAction = actionClass('_AppendConstAction', constParams, { const: None, default: None, required: false, help: None, metavar: None }, { nargs: 0 },
    function* (self, _p, ns) {
      const dest = F(self, 'dest') as string;
      const items = yield* copyItems(ns, dest);
      yield* callM(items, 'append', [F(self, 'const')]);
      yield* setA(ns, dest, items);
    });
  const ExtendAction = actionClass('_ExtendAction', storeParams, actionDefaults, {}, function* (self, _p, ns, values) {
    const dest = F(self, 'dest') as string;
    const items = yield* copyItems(ns, dest);
    yield* callM(items, 'extend', [values]);
    yield* setA(ns, dest, items);
  }, checkNargs('append', 'if arg strings are not supplying the value to append, the append const action may be more appropriate'), AppendAction);
  const CountAction = actionClass('_CountAction', ['option_strings', 'dest', 'default', 'required', 'help'], { default: None, required: false, help: None }, { nargs: 0 },
    function* (self, _p, ns) {
      const dest = F(self, 'dest') as string;
      let count = (yield* getOpt(ns, dest)) ?? None;
      if (count === None) count = 0;
      yield* setA(ns, dest, yield* settle(ops.binaryOp(count, 1, BinOp.Add)));
    });
  const HelpAction = actionClass('_HelpAction', ['option_strings', 'dest', 'default', 'help'], { dest: SUPPRESS, default: SUPPRESS, help: None }, { nargs: 0 },
    function* (_self, parser) {
      yield* callM(parser, 'print_help');
      yield* callM(parser, 'exit');
    });
  const VersionAction = defineClass(M, '_VersionAction', [Action], {
    __init__: (a, k) => {
      const v = bind('_VersionAction.__init__', ['option_strings', 'version', 'dest', 'default', 'help'],
        { version: None, dest: SUPPRESS, default: SUPPRESS, help: "show program's version number and exit" }, a.slice(1), k);
      setAll(a[0], { ...v, nargs: 0 });
      setField(a[0], 'version', v.version);
      return None;
    },
    __call__: function* (a): NativeGen {
      const [self, parser] = a;
      let version = F(self, 'version');
      if (version === None) version = yield* getA(parser, 'version');
      const f = yield* formatterFor(parser);
      f.addText(yield* strOf(version));
      yield* callM(parser, '_print_message', [yield* f.formatHelp(), rt.sys.dict.getStr('stdout') ?? None]);
      yield* callM(parser, 'exit');
      return None;
    },
  });
  const BooleanOptionalAction = defineClass(M, 'BooleanOptionalAction', [Action], {
    __init__: (a, k) => {
      const v = bind('BooleanOptionalAction.__init__', ['option_strings', 'dest', 'default', 'type', 'choices', 'required', 'help', 'metavar'],
        { default: None, type: None, choices: None, required: false, help: None, metavar: None }, a.slice(1), k);
      const os: PyValue[] = [];
      for (const s of listItems(v.option_strings)) {
        os.push(s);
        if (typeof s === 'string' && s.startsWith('--')) os.push('--no-' + s.slice(2));
      }
      let help = v.help;
      if (help !== None && v.default !== None && v.default !== SUPPRESS) help = (help as string) + ' (default: %(default)s)';
      setAll(a[0], { ...v, option_strings: new PyList(os), nargs: 0, help });
      return None;
    },
    __call__: function* (a, k): NativeGen {
      const v = bind('__call__', ['parser', 'namespace', 'values', 'option_string'], { option_string: None }, a.slice(1), k);
      const os = v.option_string;
      if (listItems(F(a[0], 'option_strings')).includes(os)) {
        yield* setA(v.namespace, F(a[0], 'dest') as string, !(os as string).startsWith('--no-'));
      }
      return None;
    },
    format_usage: (a) => listItems(F(a[0], 'option_strings')).join(' | '),
  });

  // CPython: _SubParsersAction. Its choices are the name -> parser dict; calling it parses the rest of
  // the command line with the chosen parser and copies that parser's namespace into the caller's.
  const ChoicesPseudoAction = defineClass(M, '_ChoicesPseudoAction', [Action], {
    __init__: function* (a, k): NativeGen {
      const v = bind('_ChoicesPseudoAction.__init__', ['name', 'aliases', 'help'], {}, a.slice(1), k);
      const aliases: string[] = [];
      for (const x of yield* itemsOf(v.aliases)) aliases.push(yield* strOf(x));
      const name = yield* strOf(v.name);
      const metavar = aliases.length ? `${name} (${aliases.join(', ')})` : name;
      setAll(a[0], { option_strings: new PyList([]), dest: v.name, help: v.help, metavar });
      return None;
    },
  });
  const SubParsersAction = defineClass(M, '_SubParsersAction', [Action], {
    _ChoicesPseudoAction: ChoicesPseudoAction,
    __init__: (a, k) => {
      const v = bind('_SubParsersAction.__init__', ['option_strings', 'prog', 'parser_class', 'dest', 'required', 'help', 'metavar'],
        { dest: SUPPRESS, required: false, help: None, metavar: None }, a.slice(1), k);
      const nameParserMap = new PyDict();
      setField(a[0], '_prog_prefix', v.prog);
      setField(a[0], '_parser_class', v.parser_class);
      setField(a[0], '_name_parser_map', nameParserMap);
      setField(a[0], '_choices_actions', new PyList([]));
      setAll(a[0], { ...v, nargs: PARSER, choices: nameParserMap });
      return None;
    },
    add_parser: function* (a, k): NativeGen {
      const [self, name] = a;
      if (a.length !== 2) throw pyErr(TypeError, `_SubParsersAction.add_parser() takes 2 positional arguments but ${a.length} were given`);
      const kwargs = new Map(k ?? []);
      if ((kwargs.get('prog') ?? None) === None) kwargs.set('prog', `${yield* strOf(F(self, '_prog_prefix'))} ${yield* strOf(name)}`);
      const aliases = yield* itemsOf(kwargs.get('aliases') ?? pyTuple([]));
      kwargs.delete('aliases');
      const map = F(self, '_name_parser_map') as PyDict;
      if (yield* containsOf(map, name)) throw yield* argError(self, `conflicting subparser: ${yield* strOf(name)}`);
      for (const alias of aliases) {
        if (yield* containsOf(map, alias)) throw yield* argError(self, `conflicting subparser alias: ${yield* strOf(alias)}`);
      }
      if (kwargs.has('help')) {
        const help = kwargs.get('help')!;
        kwargs.delete('help');
        const choiceAction = yield* callF(ChoicesPseudoAction, [name, new PyList(aliases), help]);
        (F(self, '_choices_actions') as PyList).items.push(choiceAction);
      }
      const parser = yield* callF(F(self, '_parser_class'), [], kwargs);
      for (const key of [name, ...aliases]) yield* settle(map.set(key, parser));
      return parser;
    },
    _get_subactions: (a) => F(a[0], '_choices_actions'),
    __call__: function* (a, k): NativeGen {
      const v = bind('__call__', ['parser', 'namespace', 'values', 'option_string'], { option_string: None }, a.slice(1), k);
      const self = a[0];
      const values = yield* itemsOf(v.values);
      const parserName = values[0];
      const dest = F(self, 'dest');
      if (dest !== SUPPRESS) yield* setA(v.namespace, dest as string, parserName);
      const map = F(self, '_name_parser_map') as PyDict;
      const parser = yield* settle(map.getOr(parserName, undefined as unknown as PyValue));
      if (parser === undefined) {
        const names: string[] = [];
        for (const n of yield* itemsOf(map)) names.push(yield* strOf(n));
        throw yield* argError(self, `unknown parser ${yield* reprOf(parserName)} (choices: ${names.join(', ')})`);
      }
      const r = (yield* callM(parser, 'parse_known_args', [new PyList(values.slice(1)), None])) as PyTuple;
      const [subnamespace, argStrings] = r.items;
      for (const [key, value] of yield* dictItems(subnamespace)) yield* setA(v.namespace, key, value);
      const extras = yield* itemsOf(argStrings);
      if (extras.length) {
        let un = yield* getOpt(v.namespace, UNRECOGNIZED);
        if (un === undefined) {
          un = new PyList([]);
          yield* setA(v.namespace, UNRECOGNIZED, un);
        }
        yield* callM(un, 'extend', [new PyList(extras)]);
      }
      return None;
    },
  });

  const actionRegistry = new Map<PyValue, PyValue>([
    [None, StoreAction], ['store', StoreAction], ['store_const', StoreConstAction], ['store_true', StoreTrueAction],
    ['store_false', StoreFalseAction], ['append', AppendAction], ['append_const', AppendConstAction],
    ['count', CountAction], ['help', HelpAction], ['version', VersionAction], ['extend', ExtendAction],
    ['parsers', SubParsersAction],
  ]);

  // ---- help formatters -----------------------------------------------------------------------------
  const fmtParams = ['prog', 'indent_increment', 'max_help_position', 'width'];
  const HelpFormatter = defineClass(M, 'HelpFormatter', [objectType], {
    __init__: (a, k) => {
      const v = bind('HelpFormatter.__init__', fmtParams, { indent_increment: 2, max_help_position: 24, width: None }, a.slice(1), k);
      let width = v.width;
      if (width === None) width = terminalColumns() - 2;
      const ii = Number(v.indent_increment);
      setField(a[0], '_prog', v.prog);
      setField(a[0], '_indent_increment', ii);
      setField(a[0], '_max_help_position', Math.min(Number(v.max_help_position), Math.max(Number(width) - 20, ii * 2)));
      setField(a[0], '_width', width);
      return None;
    },
  }, 'Formatter for generating usage messages and argument help strings.');
  const RawDescriptionHelpFormatter = defineClass(M, 'RawDescriptionHelpFormatter', [HelpFormatter], {});
  const RawTextHelpFormatter = defineClass(M, 'RawTextHelpFormatter', [RawDescriptionHelpFormatter], {});
  const ArgumentDefaultsHelpFormatter = defineClass(M, 'ArgumentDefaultsHelpFormatter', [HelpFormatter], {});
  const MetavarTypeHelpFormatter = defineClass(M, 'MetavarTypeHelpFormatter', [HelpFormatter], {});

  function terminalColumns(): number {
    const c = parseInt(rt.host.env().COLUMNS ?? '', 10);
    return Number.isFinite(c) && c > 0 ? c : 80;
  }

  function* formatterFor(parser: PyValue): G<HelpFmt> {
    const cls = yield* getA(parser, 'formatter_class');
    const prog = yield* getA(parser, 'prog');
    const inst = yield* callF(cls, [], kwMap([['prog', prog]]));
    const t = typeOf(inst);
    if (!t.isSubtypeOf(HelpFormatter)) throw pyErr(TypeError, `pyts: formatter_class must produce a HelpFormatter, not ${typeName(inst)}`);
    return new HelpFmt(yield* strOf(prog), Number(F(inst, '_indent_increment')), Number(F(inst, '_max_help_position')), Number(F(inst, '_width')), {
      rawDescription: t.isSubtypeOf(RawDescriptionHelpFormatter),
      rawText: t.isSubtypeOf(RawTextHelpFormatter),
      argDefaults: t.isSubtypeOf(ArgumentDefaultsHelpFormatter),
      metavarType: t.isSubtypeOf(MetavarTypeHelpFormatter),
    });
  }

  /** action._get_subactions() when the action has it (a subparsers action), else []. */
  function* subactionsOf(action: PyValue): G<PyValue[]> {
    const get = yield* getOpt(action, '_get_subactions');
    return get === undefined ? [] : yield* itemsOf(yield* callF(get));
  }

  type Item = () => G<string>;
  interface Section { parent: Section | null; heading: PyValue; items: Item[] }

  /** CPython: HelpFormatter (the algorithm, over Python action objects). */
  class HelpFmt {
    currentIndent = 0;
    level = 0;
    actionMaxLength = 0;
    root: Section;
    current: Section;
    constructor(
      readonly prog: string, readonly indentIncrement: number, readonly maxHelpPosition: number, readonly width: number,
      readonly kind: { rawDescription: boolean; rawText: boolean; argDefaults: boolean; metavarType: boolean },
    ) {
      this.root = { parent: null, heading: None, items: [] };
      this.current = this.root;
    }
    indent(): void {
      this.currentIndent += this.indentIncrement;
      this.level++;
    }
    dedent(): void {
      this.currentIndent -= this.indentIncrement;
      this.level--;
    }
    *sectionHelp(s: Section): G<string> {
      if (s.parent !== null) this.indent();
      const parts: string[] = [];
      for (const it of s.items) parts.push(yield* it());
      const itemHelp = parts.filter((p) => p && p !== SUPPRESS).join('');
      if (s.parent !== null) this.dedent();
      if (!itemHelp) return '';
      const heading = s.heading !== SUPPRESS && s.heading !== None ? `${' '.repeat(this.currentIndent)}${yield* strOf(s.heading)}:\n` : '';
      return ['\n', heading, itemHelp, '\n'].filter((p) => p).join('');
    }
    startSection(heading: PyValue): void {
      this.indent();
      const s: Section = { parent: this.current, heading, items: [] };
      this.current.items.push(() => this.sectionHelp(s));
      this.current = s;
    }
    endSection(): void {
      this.current = this.current.parent!;
      this.dedent();
    }
    addText(text: PyValue): void {
      if (text !== SUPPRESS && text !== None) {
        const t = text;
        this.current.items.push(() => this.formatText(t));
      }
    }
    addUsage(usage: PyValue, actions: PyValue[], groups: PyValue[], prefix: string | null = null): void {
      if (usage !== SUPPRESS) this.current.items.push(() => this.formatUsage(usage, actions, groups, prefix));
    }
    *addArgument(action: PyValue): G<void> {
      if (F(action, 'help') !== SUPPRESS) {
        let invLength = cpLen(yield* this.invocation(action));
        for (const sub of yield* subactionsOf(action)) invLength = Math.max(invLength, cpLen(yield* this.invocation(sub)));
        this.actionMaxLength = Math.max(this.actionMaxLength, invLength + this.currentIndent);
        this.current.items.push(() => this.formatAction(action));
      }
    }
    *formatHelp(): G<string> {
      let help = yield* this.sectionHelp(this.root);
      if (help) {
        help = help.replace(/\n\n\n+/g, '\n\n');
        help = help.replace(/^\n+|\n+$/g, '') + '\n';
      }
      return help;
    }

    *formatUsage(usage: PyValue, actions: PyValue[], groups: PyValue[], prefixIn: string | null): G<string> {
      const prefix = prefixIn ?? 'usage: ';
      let text: string;
      const progDict = new PyDict();
      progDict.setStr('prog', this.prog);
      if (usage !== None) text = yield* strOf(yield* settle(ops.binaryOp(usage, progDict, BinOp.Remainder)));
      else if (actions.length === 0) text = this.prog;
      else {
        const prog = this.prog;
        const optionals = actions.filter((a) => listItems(F(a, 'option_strings')).length);
        const positionals = actions.filter((a) => !listItems(F(a, 'option_strings')).length);
        const actionUsage = yield* this.actionsUsage([...optionals, ...positionals], groups);
        text = [prog, actionUsage].filter((s) => s).join(' ');
        const textWidth = this.width - this.currentIndent;
        if (cpLen(prefix) + cpLen(text) > textWidth) {
          const partRe = /\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+/g;
          const optUsage = yield* this.actionsUsage(optionals, groups);
          const posUsage = yield* this.actionsUsage(positionals, groups);
          const optParts = optUsage.match(partRe) ?? [];
          const posParts = posUsage.match(partRe) ?? [];
          const getLines = (parts: string[], indent: string, pfx: string | null = null): string[] => {
            const lines: string[] = [];
            let line: string[] = [];
            let lineLen = pfx !== null ? cpLen(pfx) - 1 : cpLen(indent) - 1;
            for (const part of parts) {
              if (lineLen + 1 + cpLen(part) > textWidth && line.length) {
                lines.push(indent + line.join(' '));
                line = [];
                lineLen = cpLen(indent) - 1;
              }
              line.push(part);
              lineLen += cpLen(part) + 1;
            }
            if (line.length) lines.push(indent + line.join(' '));
            if (pfx !== null) lines[0] = lines[0].slice(indent.length);
            return lines;
          };
          let lines: string[];
          if (cpLen(prefix) + cpLen(prog) <= 0.75 * textWidth) {
            const indent = ' '.repeat(cpLen(prefix) + cpLen(prog) + 1);
            if (optParts.length) {
              lines = getLines([prog, ...optParts], indent, prefix);
              lines.push(...getLines(posParts, indent));
            } else if (posParts.length) lines = getLines([prog, ...posParts], indent, prefix);
            else lines = [prog];
          } else {
            const indent = ' '.repeat(cpLen(prefix));
            lines = getLines([...optParts, ...posParts], indent);
            if (lines.length > 1) {
              lines = [...getLines(optParts, indent), ...getLines(posParts, indent)];
            }
            lines = [prog, ...lines];
          }
          text = lines.join('\n');
        }
      }
      return `${prefix}${text}\n\n`;
    }

    *actionsUsage(actions: PyValue[], groups: PyValue[]): G<string> {
      const groupActions = new Set<PyValue>();
      const inserts = new Map<number, string>();
      for (const group of groups) {
        const ga = listItems(F(group, '_group_actions'));
        if (!ga.length) throw pyErr(ValueError, `empty group ${yield* reprOf(group)}`);
        const start = actions.indexOf(ga[0]);
        if (start < 0) continue;
        const end = start + ga.length;
        if (!ga.every((a, i) => actions[start + i] === a)) continue;
        let suppressed = 0;
        for (const a of ga) {
          groupActions.add(a);
          if (F(a, 'help') === SUPPRESS) suppressed++;
        }
        const exposed = ga.length - suppressed;
        const add = (i: number, s: string, sep: string) => inserts.set(i, inserts.has(i) ? inserts.get(i)! + sep + s : s);
        if (!(yield* truth(F(group, 'required')))) {
          add(start, '[', ' ');
          add(end, ']', '');
        } else if (exposed > 1) {
          add(start, '(', ' ');
          add(end, ')', '');
        }
        for (let i = start + 1; i < end; i++) inserts.set(i, '|');
      }
      const parts: (string | null)[] = [];
      for (let i = 0; i < actions.length; i++) {
        const action = actions[i];
        if (F(action, 'help') === SUPPRESS) {
          parts.push(null);
          if (inserts.get(i) === '|') inserts.delete(i);
          else if (inserts.get(i + 1) === '|') inserts.delete(i + 1);
        } else if (!listItems(F(action, 'option_strings')).length) {
          const dflt = yield* this.defaultMetavar(action, false);
          let part = yield* this.formatArgs(action, dflt);
          if (groupActions.has(action) && part.startsWith('[') && part.endsWith(']')) part = part.slice(1, -1);
          parts.push(part);
        } else {
          const optionString = yield* strOf(listItems(F(action, 'option_strings'))[0]);
          let part: string;
          if (F(action, 'nargs') === 0) part = yield* strOf(yield* callM(action, 'format_usage'));
          else part = `${optionString} ${yield* this.formatArgs(action, yield* this.defaultMetavar(action, true))}`;
          if (!(yield* truth(F(action, 'required'))) && !groupActions.has(action)) part = `[${part}]`;
          parts.push(part);
        }
      }
      for (const i of [...inserts.keys()].sort((x, y) => y - x)) parts.splice(i, 0, inserts.get(i)!);
      let text = parts.filter((p) => p !== null).join(' ');
      text = text.replace(/([[(]) /g, '$1');
      text = text.replace(/ ([\])])/g, '$1');
      text = text.replace(/[[(] *[\])]/g, '');
      return text.trim();
    }

    *formatText(text: PyValue): G<string> {
      let t = yield* strOf(text);
      if (t.includes('%(prog)')) {
        const d = new PyDict();
        d.setStr('prog', this.prog);
        t = yield* strOf(yield* settle(ops.binaryOp(t, d, BinOp.Remainder)));
      }
      const textWidth = Math.max(this.width - this.currentIndent, 11);
      const indent = ' '.repeat(this.currentIndent);
      return this.fillText(t, textWidth, indent) + '\n\n';
    }

    fillText(text: string, width: number, indent: string): string {
      if (this.kind.rawDescription) return (text.match(/[^\n]*\n|[^\n]+$/g) ?? []).map((l) => indent + l).join('');
      const t = text.replace(/[ \t\n\r\f\v]+/g, ' ').trim();
      return fill(t, width, indent, indent);
    }

    splitLines(text: string, width: number): string[] {
      if (this.kind.rawText) return text.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/).filter((l, i, arr) => i < arr.length - 1 || l !== '');
      const t = text.replace(/[ \t\n\r\f\v]+/g, ' ').trim();
      return wrap(t, width);
    }

    *formatAction(action: PyValue): G<string> {
      const helpPosition = Math.min(this.actionMaxLength + 2, this.maxHelpPosition);
      const helpWidth = Math.max(this.width - helpPosition, 11);
      const actionWidth = helpPosition - this.currentIndent - 2;
      let header = yield* this.invocation(action);
      const help = F(action, 'help');
      const ind = ' '.repeat(this.currentIndent);
      let indentFirst = 0;
      const hasHelp = help !== None && (yield* truth(help));
      if (!hasHelp) header = `${ind}${header}\n`;
      else if (cpLen(header) <= actionWidth) {
        header = `${ind}${header}${' '.repeat(actionWidth - cpLen(header))}  `;
        indentFirst = 0;
      } else {
        header = `${ind}${header}\n`;
        indentFirst = helpPosition;
      }
      const parts = [header];
      if (hasHelp && (yield* strOf(help)).trim()) {
        const helpText = yield* this.expandHelp(action);
        if (helpText) {
          const lines = this.splitLines(helpText, helpWidth);
          parts.push(`${' '.repeat(indentFirst)}${lines[0] ?? ''}\n`);
          for (const line of lines.slice(1)) parts.push(`${' '.repeat(helpPosition)}${line}\n`);
        }
      } else if (!header.endsWith('\n')) parts.push('\n');
      // the choices of a subparsers action, one level deeper (CPython: _iter_indented_subactions)
      const subactions = yield* subactionsOf(action);
      this.indent();
      for (const sub of subactions) parts.push(yield* this.formatAction(sub));
      this.dedent();
      return parts.filter((p) => p).join('');
    }

    *invocation(action: PyValue): G<string> {
      const os = listItems(F(action, 'option_strings'));
      if (!os.length) {
        const dflt = yield* this.defaultMetavar(action, false);
        const mv = yield* this.metavar(action, dflt, 1);
        return mv[0];
      }
      const parts: string[] = [];
      if (F(action, 'nargs') === 0) for (const s of os) parts.push(yield* strOf(s));
      else {
        const args = yield* this.formatArgs(action, yield* this.defaultMetavar(action, true));
        for (const s of os) parts.push(`${yield* strOf(s)} ${args}`);
      }
      return parts.join(', ');
    }

    *defaultMetavar(action: PyValue, optional: boolean): G<string> {
      if (this.kind.metavarType) return yield* strOf(yield* getA(F(action, 'type'), '__name__'));
      const dest = yield* strOf(F(action, 'dest'));
      return optional ? dest.toUpperCase() : dest;
    }

    *metavar(action: PyValue, dflt: string, size: number): G<string[]> {
      const mv = F(action, 'metavar');
      const choices = F(action, 'choices');
      let result: PyValue;
      if (mv !== None) result = mv;
      else if (choices !== None) {
        const strs: string[] = [];
        for (const c of yield* itemsOf(choices)) strs.push(yield* strOf(c));
        result = `{${strs.join(',')}}`;
      } else result = dflt;
      if (result instanceof PyTuple) {
        const out: string[] = [];
        for (const x of result.items) out.push(yield* strOf(x));
        return out;
      }
      const s = yield* strOf(result);
      return new Array(size).fill(s);
    }

    *formatArgs(action: PyValue, dflt: string): G<string> {
      const nargs = F(action, 'nargs');
      const get = (n: number) => this.metavar(action, dflt, n);
      const tupleCheck = (mv: string[], n: number) => {
        if (mv.length !== n) throw pyErr(TypeError, `not enough arguments for format string`);
        return mv;
      };
      if (nargs === None) return tupleCheck(yield* get(1), 1)[0];
      if (nargs === OPTIONAL) return `[${tupleCheck(yield* get(1), 1)[0]}]`;
      if (nargs === ZERO_OR_MORE) {
        const mv = yield* get(1);
        if (mv.length === 2) return `[${mv[0]} [${mv[1]} ...]]`;
        return `[${tupleCheck(mv, 1)[0]} ...]`;
      }
      if (nargs === ONE_OR_MORE) {
        const mv = tupleCheck(yield* get(2), 2);
        return `${mv[0]} [${mv[1]} ...]`;
      }
      if (nargs === REMAINDER) return '...';
      if (nargs === PARSER) return `${tupleCheck(yield* get(1), 1)[0]} ...`;
      if (nargs === SUPPRESS) return '';
      if (typeof nargs !== 'number') throw pyErr(ValueError, 'invalid nargs value');
      return tupleCheck(yield* get(nargs), nargs).join(' ');
    }

    *expandHelp(action: PyValue): G<string> {
      const params = new PyDict();
      for (const [k, v] of yield* dictItems(action)) params.setStr(k, v);
      params.setStr('prog', this.prog);
      for (const [k, v] of [...params.keys.map((k, i) => [k, params.vals[i]] as [PyValue | undefined, PyValue | undefined])]) {
        if (k !== undefined && v === SUPPRESS) params.delStr(k as string);
      }
      for (const [k, v] of [...params.keys.map((k, i) => [k, params.vals[i]] as [PyValue | undefined, PyValue | undefined])]) {
        if (k === undefined || v === undefined) continue;
        const n = yield* getOpt(v, '__name__');
        if (n !== undefined) params.setStr(k as string, n);
      }
      const choices = params.getStr('choices');
      if (choices !== undefined && choices !== None) {
        const strs: string[] = [];
        for (const c of yield* itemsOf(choices)) strs.push(yield* strOf(c));
        params.setStr('choices', strs.join(', '));
      }
      return yield* strOf(yield* settle(ops.binaryOp(this.helpString(action), params, BinOp.Remainder)));
    }

    helpString(action: PyValue): PyValue {
      let help = F(action, 'help');
      if (!this.kind.argDefaults) return help;
      if (help === None) help = '';
      if (typeof help === 'string' && !help.includes('%(default)')) {
        if (F(action, 'default') !== SUPPRESS) {
          const nargs = F(action, 'nargs');
          if (listItems(F(action, 'option_strings')).length || nargs === OPTIONAL || nargs === ZERO_OR_MORE) help += ' (default: %(default)s)';
        }
      }
      return help;
    }
  }

  // ---- _ActionsContainer / groups ------------------------------------------------------------------
  const negNumRe = /^-\d+$|^-\d*\.\d+$/;

  function containerInit(self: PyValue, description: PyValue, prefixChars: PyValue, argumentDefault: PyValue, conflictHandler: PyValue): void {
    setField(self, 'description', description);
    setField(self, 'argument_default', argumentDefault);
    setField(self, 'prefix_chars', prefixChars);
    setField(self, 'conflict_handler', conflictHandler);
    setField(self, '_registries', new PyDict());
    setField(self, '_actions', new PyList([]));
    setField(self, '_option_string_actions', new PyDict());
    setField(self, '_action_groups', new PyList([]));
    setField(self, '_mutually_exclusive_groups', new PyList([]));
    setField(self, '_defaults', new PyDict());
    setField(self, '_negative_number_matcher', None);
    setField(self, '_has_negative_number_optionals', new PyList([]));
  }

  function* addArgument(self: PyValue, args: PyValue[], kwargs: KwArgs): G<PyValue> {
    const chars = yield* strOf(yield* getA(self, 'prefix_chars'));
    const kw = new Map(kwargs ?? []);
    for (const a of args) if (typeof a !== 'string') throw pyErr(TypeError, `'${typeName(a)}' object is not subscriptable`);
    const strs = args as string[];
    if (strs.length === 0 || (strs.length === 1 && !chars.includes(strs[0].charAt(0)))) {
      if (strs.length && kw.has('dest')) throw pyErr(ValueError, 'dest supplied twice for positional argument');
      if (strs.length === 0 && !kw.has('dest')) throw pyErr(TypeError, "_get_positional_kwargs() missing 1 required positional argument: 'dest'");
      if (kw.has('required')) throw pyErr(TypeError, "'required' is an invalid argument for positionals");
      const nargs = kw.get('nargs');
      if (nargs !== OPTIONAL && nargs !== ZERO_OR_MORE) kw.set('required', true);
      if (nargs === ZERO_OR_MORE && !kw.has('default')) kw.set('required', true);
      if (strs.length) kw.set('dest', strs[0]);
      kw.set('option_strings', new PyList([]));
    } else {
      const optionStrings: string[] = [];
      const longs: string[] = [];
      for (const s of strs) {
        if (!chars.includes(s.charAt(0))) {
          throw pyErr(ValueError, `invalid option string ${yield* reprOf(s)}: must start with a character ${yield* reprOf(chars)}`);
        }
        optionStrings.push(s);
        if (s.length > 1 && chars.includes(s.charAt(1))) longs.push(s);
      }
      let dest = kw.get('dest') ?? None;
      kw.delete('dest');
      if (dest === None) {
        const dos = longs.length ? longs[0] : optionStrings[0];
        let d = dos;
        while (d && chars.includes(d.charAt(0))) d = d.slice(1);
        if (!d) throw pyErr(ValueError, `dest= is required for options like ${yield* reprOf(strs[strs.length - 1])}`);
        dest = d.replace(/-/g, '_');
      }
      kw.set('dest', dest);
      kw.set('option_strings', new PyList(optionStrings));
    }
    if (!kw.has('default')) {
      const dest = kw.get('dest')!;
      const defaults = (yield* getA(self, '_defaults')) as PyDict;
      const d = yield* settle(defaults.getOr(dest, undefined as unknown as PyValue));
      const ad = yield* getA(self, 'argument_default');
      if (d !== undefined) kw.set('default', d);
      else if (ad !== None) kw.set('default', ad);
    }
    const actionSpec = kw.get('action') ?? None;
    kw.delete('action');
    const actionClassV = actionClassFor(self, actionSpec);
    if (!ops.isCallable(actionClassV)) throw pyErr(ValueError, `unknown action "${yield* strOf(actionSpec)}"`);
    // Python passes everything by keyword: action_class(**kwargs)
    const action = yield* callF(actionClassV, [], kw);
    const typeFunc = typeRegistryGet(self, F(action, 'type'));
    if (!ops.isCallable(typeFunc)) throw pyErr(ValueError, `${yield* reprOf(typeFunc)} is not callable`);
    // Check the metavar tuple against nargs as CPython does (formatting the args once).
    if ((yield* getOpt(self, '_get_formatter')) !== undefined && typeOf(self).isSubtypeOf(ArgumentParser)) {
      const f = yield* formatterFor(self);
      try {
        yield* f.formatArgs(action, 'X');
      } catch (e) {
        if (isExcOf(e, TypeError)) throw pyErr(ValueError, 'length of metavar tuple does not match nargs');
        throw e;
      }
    }
    return yield* callM(self, '_add_action', [action]);
  }

  /** The class an `action=` names (CPython: _pop_action_class via _registry_get), else the value itself. */
  function actionClassFor(self: PyValue, spec: PyValue): PyValue {
    const hit = registryFor(self, 'action').get(spec) ?? (typeof spec === 'string' || spec === None ? actionRegistry.get(spec) : undefined);
    return hit ?? spec;
  }

  /** Registries registered from Python (parser.register); the builtin names are in actionRegistry. */
  function registryFor(self: PyValue, name: string): Map<PyValue, PyValue> {
    const regs = F(self, '_registries');
    const m = new Map<PyValue, PyValue>();
    if (regs instanceof PyDict) {
      const r = regs.getStr(name);
      if (r instanceof PyDict) r.keys.forEach((k, i) => { if (k !== undefined) m.set(k as PyValue, r.vals[i] as PyValue); });
    }
    return m;
  }
  const identity = nativeFunction('identity', (a) => a[0]);
  function typeRegistryGet(self: PyValue, t: PyValue): PyValue {
    const reg = registryFor(self, 'type');
    if (reg.has(t)) return reg.get(t)!;
    if (t === None) return identity;
    return t;
  }

  function* containerAddAction(self: PyValue, action: PyValue): G<PyValue> {
    yield* checkConflict(self, action);
    const actions = (yield* getA(self, '_actions')) as PyList;
    actions.items.push(action);
    yield* setA(action, 'container', self);
    const osa = (yield* getA(self, '_option_string_actions')) as PyDict;
    for (const s of listItems(F(action, 'option_strings'))) osa.setStr(s as string, action);
    for (const s of listItems(F(action, 'option_strings'))) {
      if (negNumRe.test(s as string)) {
        const hn = (yield* getA(self, '_has_negative_number_optionals')) as PyList;
        if (!hn.items.length) hn.items.push(true);
      }
    }
    return action;
  }

  function* checkConflict(self: PyValue, action: PyValue): G<void> {
    const osa = (yield* getA(self, '_option_string_actions')) as PyDict;
    const conflicts: [string, PyValue][] = [];
    for (const s of listItems(F(action, 'option_strings'))) {
      const c = osa.getStr(s as string);
      if (c !== undefined) conflicts.push([s as string, c]);
    }
    if (!conflicts.length) return;
    const handler = yield* strOf(yield* getA(self, 'conflict_handler'));
    if (handler === 'error') {
      const msg = `conflicting option string${conflicts.length > 1 ? 's' : ''}: ${conflicts.map((c) => c[0]).join(', ')}`;
      throw yield* argError(action, msg);
    } else if (handler === 'resolve') {
      for (const [s, a] of conflicts) {
        const os = F(a, 'option_strings') as PyList;
        const i = os.items.indexOf(s);
        if (i >= 0) os.items.splice(i, 1);
        osa.delStr(s);
        if (!os.items.length) yield* callM(F(a, 'container'), '_remove_action', [a]);
      }
    } else {
      throw pyErr(ValueError, `invalid conflict_resolution value: ${yield* reprOf(handler)}`);
    }
  }

  const containerMethods = {
    register: function* (a: PyValue[]): NativeGen {
      const [self, registryName, value, object] = a;
      const regs = (yield* getA(self, '_registries')) as PyDict;
      let r = regs.getStr(registryName as string);
      if (r === undefined) {
        r = new PyDict();
        regs.setStr(registryName as string, r);
      }
      yield* settle((r as PyDict).set(value, object));
      return None;
    },
    _registry_get: function* (a: PyValue[]): NativeGen {
      const [self, registryName, value, dflt = None] = a;
      const r = registryFor(self, registryName as string);
      if (r.has(value)) return r.get(value)!;
      if (registryName === 'action' && actionRegistry.has(value)) return actionRegistry.get(value)!;
      if (registryName === 'type' && value === None) return identity;
      return dflt;
    },
    set_defaults: function* (a: PyValue[], k: KwArgs): NativeGen {
      const self = a[0];
      const defaults = (yield* getA(self, '_defaults')) as PyDict;
      for (const [n, v] of k ?? []) defaults.setStr(n, v);
      for (const action of listItems(yield* getA(self, '_actions'))) {
        const dest = F(action, 'dest');
        if (typeof dest === 'string' && k?.has(dest)) yield* setA(action, 'default', k.get(dest)!);
      }
      return None;
    },
    get_default: function* (a: PyValue[]): NativeGen {
      const [self, dest] = a;
      for (const action of listItems(yield* getA(self, '_actions'))) {
        if (F(action, 'dest') === dest && F(action, 'default') !== None) return F(action, 'default');
      }
      const defaults = (yield* getA(self, '_defaults')) as PyDict;
      return yield* settle(defaults.getOr(dest, None));
    },
    add_argument: function* (a: PyValue[], k: KwArgs): NativeGen {
      return yield* addArgument(a[0], a.slice(1), k);
    },
    add_argument_group: function* (a: PyValue[], k: KwArgs): NativeGen {
      const group = yield* callF(ArgumentGroup, [a[0], ...a.slice(1)], k);
      ((yield* getA(a[0], '_action_groups')) as PyList).items.push(group);
      return group;
    },
    add_mutually_exclusive_group: function* (a: PyValue[], k: KwArgs): NativeGen {
      const group = yield* callF(MutuallyExclusiveGroup, [a[0]], k);
      ((yield* getA(a[0], '_mutually_exclusive_groups')) as PyList).items.push(group);
      return group;
    },
    _add_action: function* (a: PyValue[]): NativeGen {
      return yield* containerAddAction(a[0], a[1]);
    },
    _remove_action: function* (a: PyValue[]): NativeGen {
      yield* callM(yield* getA(a[0], '_actions'), 'remove', [a[1]]);
      return None;
    },
    _get_positional_actions: function* (a: PyValue[]): NativeGen {
      return new PyList(listItems(yield* getA(a[0], '_actions')).filter((x) => !listItems(F(x, 'option_strings')).length));
    },
    _get_optional_actions: function* (a: PyValue[]): NativeGen {
      return new PyList(listItems(yield* getA(a[0], '_actions')).filter((x) => listItems(F(x, 'option_strings')).length));
    },
  };

  const ActionsContainer = defineClass(M, '_ActionsContainer', [objectType], {
    __init__: (a, k) => {
      const v = bind('_ActionsContainer.__init__', ['description', 'prefix_chars', 'argument_default', 'conflict_handler'], {}, a.slice(1), k);
      containerInit(a[0], v.description, v.prefix_chars, v.argument_default, v.conflict_handler);
      return None;
    },
    ...containerMethods,
  });

  function* groupInit(self: PyValue, container: PyValue, title: PyValue, description: PyValue, extra: Record<string, PyValue>): G<void> {
    containerInit(self, description,
      extra.prefix_chars ?? (yield* getA(container, 'prefix_chars')),
      extra.argument_default ?? (yield* getA(container, 'argument_default')),
      extra.conflict_handler ?? (yield* getA(container, 'conflict_handler')));
    setField(self, 'title', title);
    setField(self, '_group_actions', new PyList([]));
    for (const n of ['_registries', '_actions', '_option_string_actions', '_defaults', '_has_negative_number_optionals', '_mutually_exclusive_groups']) {
      setField(self, n, yield* getA(container, n));
    }
  }

  const ArgumentGroup = defineClass(M, '_ArgumentGroup', [ActionsContainer], {
    __init__: function* (a, k): NativeGen {
      const v = bind('_ArgumentGroup.__init__', ['container', 'title', 'description', 'prefix_chars', 'argument_default', 'conflict_handler'],
        { title: None, description: None, prefix_chars: undefined as unknown as PyValue, argument_default: undefined as unknown as PyValue, conflict_handler: undefined as unknown as PyValue }, a.slice(1), k);
      yield* groupInit(a[0], v.container, v.title, v.description, v);
      return None;
    },
    _add_action: function* (a): NativeGen {
      const action = yield* containerAddAction(a[0], a[1]);
      ((yield* getA(a[0], '_group_actions')) as PyList).items.push(action);
      return action;
    },
    _remove_action: function* (a): NativeGen {
      yield* callM(yield* getA(a[0], '_actions'), 'remove', [a[1]]);
      yield* callM(yield* getA(a[0], '_group_actions'), 'remove', [a[1]]);
      return None;
    },
  });

  const MutuallyExclusiveGroup = defineClass(M, '_MutuallyExclusiveGroup', [ArgumentGroup], {
    __init__: function* (a, k): NativeGen {
      const v = bind('_MutuallyExclusiveGroup.__init__', ['container', 'required'], { required: false }, a.slice(1), k);
      yield* groupInit(a[0], v.container, None, None, {});
      setField(a[0], 'required', v.required);
      setField(a[0], '_container', v.container);
      return None;
    },
    _add_action: function* (a): NativeGen {
      const [self, action] = a;
      if (yield* truth(F(action, 'required'))) throw pyErr(ValueError, 'mutually exclusive arguments must be optional');
      const r = yield* callM(yield* getA(self, '_container'), '_add_action', [action]);
      ((yield* getA(self, '_group_actions')) as PyList).items.push(r);
      return r;
    },
    _remove_action: function* (a): NativeGen {
      yield* callM(yield* getA(a[0], '_container'), '_remove_action', [a[1]]);
      yield* callM(yield* getA(a[0], '_group_actions'), 'remove', [a[1]]);
      return None;
    },
  });

  // ---- ArgumentParser ------------------------------------------------------------------------------
  const parserParams = ['prog', 'usage', 'description', 'epilog', 'parents', 'formatter_class', 'prefix_chars',
    'fromfile_prefix_chars', 'argument_default', 'conflict_handler', 'add_help', 'allow_abbrev', 'exit_on_error'];

  function* sysExit(status: PyValue): G<never> {
    yield* callF(rt.sys.dict.getStr('exit')!, [status]);
    throw new Error('pyts: sys.exit returned');
  }

  function* printMessage(message: PyValue, file: PyValue): G<void> {
    if (!(yield* truth(message))) return;
    let f = file;
    if (!(yield* truth(f))) f = rt.sys.dict.getStr('stderr') ?? None;
    try {
      yield* callM(f, 'write', [message]);
    } catch (e) {
      if (!isExcOf(e, AttributeError) && !isExcOf(e, rt.builtins.getStr('OSError') as PyType)) throw e;
    }
  }

  function* formatUsageOf(self: PyValue): G<string> {
    const f = yield* formatterFor(self);
    f.addUsage(yield* getA(self, 'usage'), listItems(yield* getA(self, '_actions')), listItems(yield* getA(self, '_mutually_exclusive_groups')));
    return yield* f.formatHelp();
  }

  function* formatHelpOf(self: PyValue): G<string> {
    const f = yield* formatterFor(self);
    f.addUsage(yield* getA(self, 'usage'), listItems(yield* getA(self, '_actions')), listItems(yield* getA(self, '_mutually_exclusive_groups')));
    f.addText(yield* getA(self, 'description'));
    for (const group of listItems(yield* getA(self, '_action_groups'))) {
      f.startSection(F(group, 'title'));
      f.addText(F(group, 'description'));
      for (const action of listItems(F(group, '_group_actions'))) yield* f.addArgument(action);
      f.endSection();
    }
    f.addText(yield* getA(self, 'epilog'));
    return yield* f.formatHelp();
  }

  const ArgumentParser = defineClass(M, 'ArgumentParser', [AttributeHolder, ActionsContainer], {
    __init__: function* (a, k): NativeGen {
      const self = a[0];
      const v = bind('ArgumentParser.__init__', parserParams, {
        prog: None, usage: None, description: None, epilog: None, parents: new PyList([]), formatter_class: HelpFormatter,
        prefix_chars: '-', fromfile_prefix_chars: None, argument_default: None, conflict_handler: 'error', add_help: true,
        allow_abbrev: true, exit_on_error: true,
      }, a.slice(1), k);
      containerInit(self, v.description, v.prefix_chars, v.argument_default, v.conflict_handler);
      let prog = v.prog;
      if (prog === None) {
        const argv = rt.sys.dict.getStr('argv');
        const a0 = argv instanceof PyList && argv.items.length ? yield* strOf(argv.items[0]) : '';
        prog = a0.slice(a0.lastIndexOf('/') + 1);
      }
      setField(self, 'prog', prog);
      setField(self, 'usage', v.usage);
      setField(self, 'epilog', v.epilog);
      setField(self, 'formatter_class', v.formatter_class);
      setField(self, 'fromfile_prefix_chars', v.fromfile_prefix_chars);
      setField(self, 'add_help', v.add_help);
      setField(self, 'allow_abbrev', v.allow_abbrev);
      setField(self, 'exit_on_error', v.exit_on_error);
      setField(self, '_positionals', yield* callM(self, 'add_argument_group', ['positional arguments']));
      setField(self, '_optionals', yield* callM(self, 'add_argument_group', ['options']));
      setField(self, '_subparsers', None);
      const pc = yield* strOf(v.prefix_chars);
      const dp = pc.includes('-') ? '-' : pc.charAt(0);
      if (yield* truth(v.add_help)) {
        yield* callM(self, 'add_argument', [dp + 'h', dp + dp + 'help'], kwMap([['action', 'help'], ['default', SUPPRESS], ['help', 'show this help message and exit']]));
      }
      for (const parent of yield* itemsOf(v.parents)) {
        for (const action of listItems(yield* getA(parent, '_actions'))) {
          const groupFor = yield* parentGroupOf(self, parent, action);
          yield* callM(groupFor, '_add_action', [action]);
        }
        const pd = yield* getOpt(parent, '_defaults');
        if (pd !== undefined) yield* callM(yield* getA(self, '_defaults'), 'update', [pd]);
      }
      return None;
    },
    _get_kwargs: function* (a): NativeGen {
      const names = ['prog', 'usage', 'description', 'formatter_class', 'conflict_handler', 'add_help'];
      const out: PyValue[] = [];
      for (const n of names) out.push(pyTuple([n, yield* getA(a[0], n)]));
      return new PyList(out);
    },
    _add_action: function* (a): NativeGen {
      const [self, action] = a;
      const target = listItems(F(action, 'option_strings')).length ? yield* getA(self, '_optionals') : yield* getA(self, '_positionals');
      yield* callM(target, '_add_action', [action]);
      return action;
    },
    _get_formatter: function* (a): NativeGen {
      return yield* callF(yield* getA(a[0], 'formatter_class'), [], kwMap([['prog', yield* getA(a[0], 'prog')]]));
    },
    parse_args: function* (a, k): NativeGen {
      const v = bind('parse_args', ['args', 'namespace'], { args: None, namespace: None }, a.slice(1), k);
      const r = (yield* callM(a[0], 'parse_known_args', [v.args, v.namespace])) as PyTuple;
      const [ns, argv] = r.items;
      const extras = yield* itemsOf(argv);
      if (extras.length) {
        const strs: string[] = [];
        for (const x of extras) strs.push(yield* strOf(x));
        yield* callM(a[0], 'error', [`unrecognized arguments: ${strs.join(' ')}`]);
      }
      return ns;
    },
    parse_known_args: function* (a, k): NativeGen {
      const v = bind('parse_known_args', ['args', 'namespace'], { args: None, namespace: None }, a.slice(1), k);
      return yield* parseKnownArgs(a[0], v.args, v.namespace);
    },
    format_usage: function* (a): NativeGen {
      return yield* formatUsageOf(a[0]);
    },
    format_help: function* (a): NativeGen {
      return yield* formatHelpOf(a[0]);
    },
    print_usage: function* (a, k): NativeGen {
      const v = bind('print_usage', ['file'], { file: None }, a.slice(1), k);
      const file = v.file === None ? rt.sys.dict.getStr('stdout') ?? None : v.file;
      yield* callM(a[0], '_print_message', [yield* callM(a[0], 'format_usage'), file]);
      return None;
    },
    print_help: function* (a, k): NativeGen {
      const v = bind('print_help', ['file'], { file: None }, a.slice(1), k);
      const file = v.file === None ? rt.sys.dict.getStr('stdout') ?? None : v.file;
      yield* callM(a[0], '_print_message', [yield* callM(a[0], 'format_help'), file]);
      return None;
    },
    _print_message: function* (a, k): NativeGen {
      const v = bind('_print_message', ['message', 'file'], { file: None }, a.slice(1), k);
      yield* printMessage(v.message, v.file);
      return None;
    },
    exit: function* (a, k): NativeGen {
      const v = bind('exit', ['status', 'message'], { status: 0, message: None }, a.slice(1), k);
      if (yield* truth(v.message)) yield* callM(a[0], '_print_message', [v.message, rt.sys.dict.getStr('stderr') ?? None]);
      return yield* sysExit(v.status);
    },
    error: function* (a): NativeGen {
      const [self, message] = a;
      yield* callM(self, 'print_usage', [rt.sys.dict.getStr('stderr') ?? None]);
      const prog = yield* strOf(yield* getA(self, 'prog'));
      yield* callM(self, 'exit', [2, `${prog}: error: ${yield* strOf(message)}\n`]);
      return None;
    },
    add_subparsers: function* (a, k): NativeGen {
      const self = a[0];
      if (a.length > 1) throw pyErr(TypeError, `ArgumentParser.add_subparsers() takes 1 positional argument but ${a.length} were given`);
      if ((yield* getA(self, '_subparsers')) !== None) yield* callM(self, 'error', ['cannot have multiple subparser arguments']);
      const kwargs = new Map(k ?? []);
      if (!kwargs.has('parser_class')) kwargs.set('parser_class', typeOf(self));
      let group: PyValue;
      if (kwargs.has('title') || kwargs.has('description')) {
        const title = kwargs.get('title') ?? 'subcommands';
        const description = kwargs.get('description') ?? None;
        kwargs.delete('title');
        kwargs.delete('description');
        group = yield* callM(self, 'add_argument_group', [title, description]);
      } else group = yield* getA(self, '_positionals');
      yield* setA(self, '_subparsers', group);
      // prog defaults to this parser's usage without the optionals and without "usage:"
      if ((kwargs.get('prog') ?? None) === None) {
        const f = yield* formatterFor(self);
        const positionals = listItems(yield* callM(self, '_get_positional_actions'));
        f.addUsage(yield* getA(self, 'usage'), positionals, listItems(yield* getA(self, '_mutually_exclusive_groups')), '');
        kwargs.set('prog', (yield* f.formatHelp()).trim());
      }
      const cls = actionClassFor(self, kwargs.get('action') ?? 'parsers');
      kwargs.delete('action');
      const action = yield* callF(cls, [], new Map([['option_strings', new PyList([])], ...kwargs]));
      yield* callM(group, '_add_action', [action]);
      return action;
    },
    convert_arg_line_to_args: (a) => new PyList([a[1]]),
  });

  function* parentGroupOf(self: PyValue, parent: PyValue, action: PyValue): G<PyValue> {
    // CPython: _add_container_actions (groups matched by title; mutually exclusive groups recreated).
    for (const g of listItems(yield* getA(parent, '_mutually_exclusive_groups'))) {
      if (listItems(F(g, '_group_actions')).includes(action)) {
        const key = `__pyts_mx_${listItems(yield* getA(parent, '_mutually_exclusive_groups')).indexOf(g)}`;
        let mg = field(self, key);
        if (mg === undefined) {
          mg = yield* callM(self, 'add_mutually_exclusive_group', [], kwMap([['required', F(g, 'required')]]));
          setField(self, key, mg);
        }
        return mg;
      }
    }
    for (const g of listItems(yield* getA(parent, '_action_groups'))) {
      if (!listItems(F(g, '_group_actions')).includes(action)) continue;
      const title = F(g, 'title');
      for (const mine of listItems(yield* getA(self, '_action_groups'))) if (F(mine, 'title') === title) return mine;
      return yield* callM(self, 'add_argument_group', [], kwMap([['title', title], ['description', F(g, 'description')], ['conflict_handler', F(g, 'conflict_handler')]]));
    }
    return self;
  }

  function* parseKnownArgs(self: PyValue, argsIn: PyValue, namespaceIn: PyValue): G<PyValue> {
    let args: PyValue[];
    if (argsIn === None) {
      const argv = rt.sys.dict.getStr('argv');
      args = argv instanceof PyList ? argv.items.slice(1) : [];
    } else args = yield* itemsOf(argsIn);
    let namespace = namespaceIn;
    if (namespace === None) namespace = yield* callF(Namespace, []);
    for (const action of listItems(yield* getA(self, '_actions'))) {
      const dest = F(action, 'dest');
      if (dest !== SUPPRESS && (yield* getOpt(namespace, dest as string)) === undefined) {
        const d = F(action, 'default');
        if (d !== SUPPRESS) yield* setA(namespace, dest as string, d);
      }
    }
    const defaults = (yield* getA(self, '_defaults')) as PyDict;
    for (let i = 0; i < defaults.keys.length; i++) {
      const dest = defaults.keys[i];
      if (dest === undefined) continue;
      if ((yield* getOpt(namespace, dest as string)) === undefined) yield* setA(namespace, dest as string, defaults.vals[i] as PyValue);
    }
    let extras: PyValue[];
    if (yield* truth(yield* getA(self, 'exit_on_error'))) {
      try {
        extras = yield* parseArgsCore(self, args, namespace);
      } catch (e) {
        if (!isExcOf(e, ArgumentError)) throw e;
        yield* callM(self, 'error', [yield* strOf(e)]);
        extras = [];
      }
    } else extras = yield* parseArgsCore(self, args, namespace);
    const un = yield* getOpt(namespace, UNRECOGNIZED);
    if (un !== undefined) {
      extras.push(...(yield* itemsOf(un)));
      yield* settle(ops.delAttr(namespace, UNRECOGNIZED));
    }
    return pyTuple([namespace, new PyList(extras)]);
  }

  function nargsPattern(action: PyValue): string {
    const nargs = F(action, 'nargs');
    let p: string;
    if (nargs === None) p = '(-*A-*)';
    else if (nargs === OPTIONAL) p = '(-*A?-*)';
    else if (nargs === ZERO_OR_MORE) p = '(-*[A-]*)';
    else if (nargs === ONE_OR_MORE) p = '(-*A[A-]*)';
    else if (nargs === REMAINDER) p = '([-AO]*)';
    else if (nargs === PARSER) p = '(-*A[-AO]*)';
    else if (nargs === SUPPRESS) p = '(-*-*)';
    else p = `(-*${new Array(Number(nargs)).fill('A').join('-*')}-*)`;
    if (listItems(F(action, 'option_strings')).length) p = p.replace(/-\*/g, '').replace(/-/g, '');
    return p;
  }

  type OptTuple = [PyValue, string, string | null];

  function* parseArgsCore(self: PyValue, argStrings: PyValue[], namespace: PyValue): G<PyValue[]> {
    const strs: string[] = [];
    for (const s of argStrings) strs.push(typeof s === 'string' ? s : yield* strOf(s));
    const osa = (yield* getA(self, '_option_string_actions')) as PyDict;
    const chars = yield* strOf(yield* getA(self, 'prefix_chars'));
    const allowAbbrev = yield* truth(yield* getA(self, 'allow_abbrev'));
    const hasNeg = listItems(yield* getA(self, '_has_negative_number_optionals')).length > 0;
    const mutexGroups = listItems(yield* getA(self, '_mutually_exclusive_groups'));

    const conflicts = new Map<PyValue, PyValue[]>();
    for (const g of mutexGroups) {
      const ga = listItems(F(g, '_group_actions'));
      ga.forEach((ma, i) => {
        const c = conflicts.get(ma) ?? [];
        c.push(...ga.slice(0, i), ...ga.slice(i + 1));
        conflicts.set(ma, c);
      });
    }

    function* getOptionTuples(optionString: string): G<OptTuple[]> {
      const result: OptTuple[] = [];
      const c0 = optionString.charAt(0);
      const c1 = optionString.charAt(1);
      if (chars.includes(c0) && chars.includes(c1)) {
        if (allowAbbrev) {
          let prefix = optionString;
          let explicit: string | null = null;
          const eq = optionString.indexOf('=');
          if (eq >= 0) {
            prefix = optionString.slice(0, eq);
            explicit = optionString.slice(eq + 1);
          }
          osa.keys.forEach((k, i) => {
            if (typeof k === 'string' && k.startsWith(prefix)) result.push([osa.vals[i] as PyValue, k, explicit]);
          });
        }
      } else if (chars.includes(c0) && !chars.includes(c1)) {
        const shortPrefix = optionString.slice(0, 2);
        const shortExplicit = optionString.slice(2);
        osa.keys.forEach((k, i) => {
          if (typeof k !== 'string') return;
          if (k === shortPrefix) result.push([osa.vals[i] as PyValue, k, shortExplicit]);
          else if (k.startsWith(optionString)) result.push([osa.vals[i] as PyValue, k, null]);
        });
      } else {
        yield* callM(self, 'error', [`unexpected option string: ${optionString}`]);
      }
      return result;
    }

    function* parseOptional(arg: string): G<OptTuple | null> {
      if (!arg) return null;
      if (!chars.includes(arg.charAt(0))) return null;
      const direct = osa.getStr(arg);
      if (direct !== undefined) return [direct, arg, null];
      if (cpLen(arg) === 1) return null;
      const eq = arg.indexOf('=');
      if (eq >= 0) {
        const os = arg.slice(0, eq);
        const a = osa.getStr(os);
        if (a !== undefined) return [a, os, arg.slice(eq + 1)];
      }
      const tuples = yield* getOptionTuples(arg);
      if (tuples.length > 1) {
        yield* callM(self, 'error', [`ambiguous option: ${arg} could match ${tuples.map((t) => t[1]).join(', ')}`]);
      } else if (tuples.length === 1) return tuples[0];
      if (negNumRe.test(arg) && !hasNeg) return null;
      if (arg.includes(' ')) return null;
      return [None, arg, null];
    }

    const optionIndices = new Map<number, OptTuple>();
    const patternParts: string[] = [];
    for (let i = 0; i < strs.length; i++) {
      if (strs[i] === '--') {
        patternParts.push('-');
        for (i++; i < strs.length; i++) patternParts.push('A');
        break;
      }
      const t = yield* parseOptional(strs[i]);
      if (t === null) patternParts.push('A');
      else {
        optionIndices.set(i, t);
        patternParts.push('O');
      }
    }
    const pattern = patternParts.join('');

    const seen = new Set<PyValue>();
    const seenNonDefault = new Set<PyValue>();
    const extras: PyValue[] = [];

    function* takeAction(action: PyValue, argumentStrings: string[], optionString: PyValue = None): G<void> {
      seen.add(action);
      const values = yield* getValues(self, action, argumentStrings);
      if (values !== F(action, 'default')) {
        seenNonDefault.add(action);
        for (const c of conflicts.get(action) ?? []) {
          if (seenNonDefault.has(c)) throw yield* argError(action, `not allowed with argument ${yield* strOf(actionName(c))}`);
        }
      }
      if (values !== SUPPRESS) yield* callF(action, [self, namespace, values, optionString]);
    }

    function matchArgument(action: PyValue, pat: string): G<number> {
      return (function* () {
        const m = new RegExp('^' + nargsPattern(action)).exec(pat);
        if (m === null) {
          const nargs = F(action, 'nargs');
          let msg: string;
          if (nargs === None) msg = 'expected one argument';
          else if (nargs === OPTIONAL) msg = 'expected at most one argument';
          else if (nargs === ONE_OR_MORE) msg = 'expected at least one argument';
          else msg = `expected ${yield* strOf(nargs)} argument${nargs === 1 ? '' : 's'}`;
          throw yield* argError(action, msg);
        }
        return m[1].length;
      })();
    }

    function* consumeOptional(startIndex: number): G<number> {
      let [action, optionString, explicitArg] = optionIndices.get(startIndex)!;
      const tuples: [PyValue, string[], string][] = [];
      let stop = startIndex + 1;
      for (;;) {
        if (action === None) {
          extras.push(strs[startIndex]);
          return startIndex + 1;
        }
        if (explicitArg !== null) {
          const argCount = yield* matchArgument(action, 'A');
          if (argCount === 0 && !chars.includes(optionString.charAt(1)) && explicitArg !== '') {
            tuples.push([action, [], optionString]);
            const ch = optionString.charAt(0);
            optionString = ch + explicitArg.charAt(0);
            const newExplicit = explicitArg.slice(1) || null;
            const a2 = osa.getStr(optionString);
            if (a2 !== undefined) {
              action = a2;
              explicitArg = newExplicit;
            } else {
              throw yield* argError(action, `ignored explicit argument ${yield* reprOf(explicitArg)}`);
            }
          } else if (argCount === 1) {
            stop = startIndex + 1;
            tuples.push([action, [explicitArg], optionString]);
            break;
          } else {
            throw yield* argError(action, `ignored explicit argument ${yield* reprOf(explicitArg)}`);
          }
        } else {
          const start = startIndex + 1;
          const argCount = yield* matchArgument(action, pattern.slice(start));
          stop = start + argCount;
          tuples.push([action, strs.slice(start, stop), optionString]);
          break;
        }
      }
      for (const [a, s, o] of tuples) yield* takeAction(a, s, o);
      return stop;
    }

    let positionals = listItems(yield* callM(self, '_get_positional_actions'));

    function* consumePositionals(startIndex: number): G<number> {
      const pat = pattern.slice(startIndex);
      const counts: number[] = [];
      for (let i = positionals.length; i > 0; i--) {
        const re = new RegExp('^' + positionals.slice(0, i).map(nargsPattern).join(''));
        const m = re.exec(pat);
        if (m !== null) {
          for (let g = 1; g < m.length; g++) counts.push(m[g].length);
          break;
        }
      }
      for (let i = 0; i < counts.length; i++) {
        const args = strs.slice(startIndex, startIndex + counts[i]);
        startIndex += counts[i];
        yield* takeAction(positionals[i], args);
      }
      positionals = positionals.slice(counts.length);
      return startIndex;
    }

    let startIndex = 0;
    const indices = [...optionIndices.keys()];
    const maxOptionIndex = indices.length ? Math.max(...indices) : -1;
    while (startIndex <= maxOptionIndex) {
      const next = Math.min(...indices.filter((i) => i >= startIndex));
      if (startIndex !== next) {
        const posEnd = yield* consumePositionals(startIndex);
        if (posEnd > startIndex) {
          startIndex = posEnd;
          continue;
        }
        startIndex = posEnd;
      }
      if (!optionIndices.has(startIndex)) {
        extras.push(...strs.slice(startIndex, next));
        startIndex = next;
      }
      startIndex = yield* consumeOptional(startIndex);
    }
    const stopIndex = yield* consumePositionals(startIndex);
    extras.push(...strs.slice(stopIndex));

    const required: string[] = [];
    for (const action of listItems(yield* getA(self, '_actions'))) {
      if (seen.has(action)) continue;
      if (yield* truth(F(action, 'required'))) required.push(yield* strOf(actionName(action)));
      else {
        const d = F(action, 'default');
        const dest = F(action, 'dest') as string;
        if (typeof d === 'string' && (yield* getOpt(namespace, dest)) === d) {
          yield* setA(namespace, dest, yield* getValue(self, action, d));
        }
      }
    }
    if (required.length) yield* callM(self, 'error', [`the following arguments are required: ${required.join(', ')}`]);
    for (const g of mutexGroups) {
      if (!(yield* truth(F(g, 'required')))) continue;
      const ga = listItems(F(g, '_group_actions'));
      if (ga.some((a) => seenNonDefault.has(a))) continue;
      const names: string[] = [];
      for (const a of ga) if (F(a, 'help') !== SUPPRESS) names.push(yield* strOf(actionName(a)));
      yield* callM(self, 'error', [`one of the arguments ${names.join(' ')} is required`]);
    }
    return extras;
  }

  function* getValues(self: PyValue, action: PyValue, argStringsIn: string[]): G<PyValue> {
    const nargs = F(action, 'nargs');
    let argStrings = argStringsIn;
    if (nargs !== PARSER && nargs !== REMAINDER) {
      const i = argStrings.indexOf('--');
      if (i >= 0) argStrings = [...argStrings.slice(0, i), ...argStrings.slice(i + 1)];
    }
    const hasOS = listItems(F(action, 'option_strings')).length > 0;
    let value: PyValue;
    if (!argStrings.length && nargs === OPTIONAL) {
      value = hasOS ? F(action, 'const') : F(action, 'default');
      if (typeof value === 'string') {
        value = yield* getValue(self, action, value);
        yield* checkValue(action, value);
      }
    } else if (!argStrings.length && nargs === ZERO_OR_MORE && !hasOS) {
      const d = F(action, 'default');
      value = d !== None ? d : new PyList([]);
      yield* checkValue(action, value);
    } else if (argStrings.length === 1 && (nargs === None || nargs === OPTIONAL)) {
      value = yield* getValue(self, action, argStrings[0]);
      yield* checkValue(action, value);
    } else if (nargs === REMAINDER) {
      const vs: PyValue[] = [];
      for (const s of argStrings) vs.push(yield* getValue(self, action, s));
      value = new PyList(vs);
    } else if (nargs === PARSER) {
      const vs: PyValue[] = [];
      for (const s of argStrings) vs.push(yield* getValue(self, action, s));
      value = new PyList(vs);
      yield* checkValue(action, vs[0]);
    } else if (nargs === SUPPRESS) {
      value = SUPPRESS;
    } else {
      const vs: PyValue[] = [];
      for (const s of argStrings) vs.push(yield* getValue(self, action, s));
      for (const v of vs) yield* checkValue(action, v);
      value = new PyList(vs);
    }
    return value;
  }

  function* getValue(self: PyValue, action: PyValue, argString: string): G<PyValue> {
    const t = F(action, 'type');
    const typeFunc = typeRegistryGet(self, t);
    if (!ops.isCallable(typeFunc)) throw yield* argError(action, `${yield* reprOf(typeFunc)} is not callable`);
    try {
      return yield* callF(typeFunc, [argString]);
    } catch (e) {
      if (isExcOf(e, ArgumentTypeError)) throw yield* argError(action, yield* strOf(e));
      if (isExcOf(e, TypeError) || isExcOf(e, ValueError)) {
        const n = yield* getOpt(t, '__name__');
        const name = n !== undefined ? yield* strOf(n) : yield* reprOf(t);
        throw yield* argError(action, `invalid ${name} value: ${yield* reprOf(argString)}`);
      }
      throw e;
    }
  }

  function* checkValue(action: PyValue, value: PyValue): G<void> {
    const choices = F(action, 'choices');
    if (choices !== None && !(yield* containsOf(choices, value))) {
      const rs: string[] = [];
      for (const c of yield* itemsOf(choices)) rs.push(yield* reprOf(c));
      throw yield* argError(action, `invalid choice: ${yield* reprOf(value)} (choose from ${rs.join(', ')})`);
    }
  }

  void PyObject;
  return {
    SUPPRESS, OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE, PARSER, REMAINDER, _UNRECOGNIZED_ARGS_ATTR: UNRECOGNIZED,
    _AttributeHolder: AttributeHolder, Namespace, ArgumentError, ArgumentTypeError,
    Action, _StoreAction: StoreAction, _StoreConstAction: StoreConstAction, _StoreTrueAction: StoreTrueAction,
    _StoreFalseAction: StoreFalseAction, _AppendAction: AppendAction, _AppendConstAction: AppendConstAction,
    _ExtendAction: ExtendAction, _CountAction: CountAction, _HelpAction: HelpAction, _VersionAction: VersionAction,
    _SubParsersAction: SubParsersAction,
    BooleanOptionalAction,
    HelpFormatter, RawDescriptionHelpFormatter, RawTextHelpFormatter, ArgumentDefaultsHelpFormatter, MetavarTypeHelpFormatter,
    _ActionsContainer: ActionsContainer, _ArgumentGroup: ArgumentGroup, _MutuallyExclusiveGroup: MutuallyExclusiveGroup,
    ArgumentParser,
    _get_action_name: (a) => actionName(a[0]),
  };
}

export default defineModule({
  name: 'argparse',
  doc: 'Command-line parsing library',
  init: (mod, rt) => initArgparse(mod, rt),
});

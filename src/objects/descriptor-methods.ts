// The Python-visible methods of the descriptor types (CPython: Objects/descrobject.c, funcobject.c):
// property (constructor, __get__/__set__/__delete__, getter/setter/deleter copies, __set_name__,
// fget/fset/fdel/__doc__), classmethod and staticmethod (__func__, __wrapped__, __isabstractmethod__),
// getset/member descriptors, and the native function types (method_descriptor binding,
// builtin_function_or_method repr/__self__). attr.ts handles these kinds inline for speed; the
// methods here serve explicit calls (`type(d).__get__(d, obj)`, `property.setter`, subclasses).

import { PyObject, isPending, settle, type KwArgs, type NativeGen, type NativeResult, type PyValue } from './object.js';
import { PyType } from './type.js';
import { typeOf, None, NotImplemented } from './builtin-types.js';
import { PyMethod } from './function.js';
import { PyNativeFunction, nativeFunction, nativeMethod, methodDescriptorType, builtinFunctionType, methodTable } from './native.js';
import {
  propertyType, classmethodType, staticmethodType, getsetDescriptorType, memberDescriptorType,
  PyProperty, PyClassMethod, PyStaticMethod, PyGetSet, PyMember, defineGetSet,
} from './descriptors.js';
import { pyErr, TypeError, AttributeError } from './exceptions.js';
import { markFinal } from './type-flags.js';
import { PyDict } from './dict.js';
import { propertyGet, propertySet, bindNative, bindClassMethod, getAttrOpt, noAttr } from './attr.js';
import { call } from './call.js';
import { repr, isTrue } from './ops.js';
import { addressOf, defineInstanceDict } from './object-methods.js';
import { methRange } from './methargs.js';

markFinal(getsetDescriptorType, memberDescriptorType, methodDescriptorType, builtinFunctionType);

/** Parse (positional..., keywords) against parameter names; CPython-style errors. */
function params(fn: string, names: string[], args: PyValue[], kw: KwArgs, skip = 1): (PyValue | undefined)[] {
  const out: (PyValue | undefined)[] = new Array(names.length).fill(undefined);
  const pos = args.length - skip;
  if (pos > names.length) {
    throw pyErr(TypeError, `${fn}() takes at most ${names.length} argument${names.length === 1 ? '' : 's'} (${pos} given)`);
  }
  for (let i = 0; i < pos; i++) out[i] = args[i + skip];
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) throw pyErr(TypeError, `${fn}() got an unexpected keyword argument '${k}'`);
      if (out[i] !== undefined) throw pyErr(TypeError, `argument for ${fn}() given by name ('${k}') and position (${i + 1})`);
      out[i] = v;
    }
  }
  return out;
}

// ---- property ---------------------------------------------------------------------------------------

function prop(v: PyValue): PyProperty {
  if (!(v instanceof PyProperty)) throw pyErr(TypeError, `descriptor requires a 'property' object but received a '${typeOf(v).name}'`);
  return v;
}

/** property.__init__(fget=None, fset=None, fdel=None, doc=None). */
function* propertyInit(a: PyValue[], kw: KwArgs): NativeGen {
  const p = prop(a[0]);
  const [fget, fset, fdel, doc] = params('property', ['fget', 'fset', 'fdel', 'doc'], a, kw);
  p.fget = fget ?? None;
  p.fset = fset ?? None;
  p.fdel = fdel ?? None;
  p.doc = doc ?? None;
  p.getterDoc = false;
  if ((doc === undefined || doc === None) && p.fget !== None) {
    const d = getAttrOpt(p.fget, '__doc__');
    const dv = isPending(d) ? yield* d : d;
    if (dv !== undefined && dv !== None) {
      p.getterDoc = true;
      if (p.type === propertyType) p.doc = dv;
      else yield* settle(setDocOnSubclass(p, dv));
    }
  }
  return None;
}

function setDocOnSubclass(p: PyProperty, doc: PyValue): NativeResult {
  // A property subclass stores __doc__ in its instance dict (CPython does the same).
  (p.dict ??= new PyDict()).setStr('__doc__', doc);
  return None;
}

/** property.getter/setter/deleter: a copy with one accessor replaced (keeps the subclass and name). */
function propertyCopy(which: 'fget' | 'fset' | 'fdel') {
  return nativeMethod('property', which === 'fget' ? 'getter' : which === 'fset' ? 'setter' : 'deleter', function* (a) {
    const p = prop(a[0]);
    methRange(`property.${which === 'fget' ? 'getter' : which === 'fset' ? 'setter' : 'deleter'}`, a, null, 1, 1);
    const f = a[1];
    const fget = which === 'fget' ? f : p.fget;
    const fset = which === 'fset' ? f : p.fset;
    const fdel = which === 'fdel' ? f : p.fdel;
    const doc = p.getterDoc && which === 'fget' ? None : p.doc;
    const q = yield* settle(call(p.type, [fget, fset, fdel, doc], null));
    if (q instanceof PyProperty) q.name = p.name;
    return q;
  });
}

propertyType.define(methodTable('property', {
  __new__: nativeFunction('__new__', (a) => {
    const cls = a[0] as PyType;
    return cls.alloc(cls);
  }),
  __init__: (a, kw) => propertyInit(a, kw),
  __get__: (a) => {
    const p = prop(a[0]);
    const obj = a[1];
    if (obj === undefined || obj === None) return p;
    return propertyGet(p, obj);
  },
  __set__: (a) => propertySet(prop(a[0]), a[1], a[2]),
  __delete__: (a) => propertySet(prop(a[0]), a[1], undefined),
  getter: propertyCopy('fget'),
  setter: propertyCopy('fset'),
  deleter: propertyCopy('fdel'),
  __set_name__: (a) => {
    prop(a[0]).name = a[2];
    return None;
  },
  __doc__: 'Property attribute.\n\n  fget\n    function to be used for getting an attribute value\n  fset\n    function to be used for setting an attribute value\n  fdel\n    function to be used for del\'ing an attribute\n  doc\n    docstring\n\nTypical use is to define a managed attribute x:\n\nclass C(object):\n    def getx(self): return self._x\n    def setx(self, value): self._x = value\n    def delx(self): del self._x\n    x = property(getx, setx, delx, "I\'m the \'x\' property.")\n\nDecorators make defining new properties or modifying existing ones easy:\n\nclass C(object):\n    @property\n    def x(self):\n        "I am the \'x\' property."\n        return self._x\n    @x.setter\n    def x(self, value):\n        self._x = value\n    @x.deleter\n    def x(self):\n        del self._x',
}));
const readonlyAttr = () => {
  throw pyErr(AttributeError, 'readonly attribute');
};
defineGetSet(propertyType, 'fget', (p) => prop(p).fget, readonlyAttr);
defineGetSet(propertyType, 'fset', (p) => prop(p).fset, readonlyAttr);
defineGetSet(propertyType, 'fdel', (p) => prop(p).fdel, readonlyAttr);
// property.__doc__ is a member: the instance's doc, writable.
propertyType.ns.delete('__doc__');
defineGetSet(propertyType, '__doc__', (p) => {
  if (!(p instanceof PyProperty)) return typeDoc;
  return p.doc;
}, (p, v) => {
  prop(p).doc = v ?? None;
});
const typeDoc = 'Property attribute.';
defineGetSet(propertyType, '__isabstractmethod__', (p) => abstractOf([prop(p).fget, prop(p).fset, prop(p).fdel]));

/** True if any of the functions has a true __isabstractmethod__. */
function* abstractGen(fs: PyValue[]): NativeGen {
  for (const f of fs) {
    if (f === None) continue;
    const v = yield* settle((getAttrOpt(f, '__isabstractmethod__') ?? false) as NativeResult);
    if (v === undefined) continue;
    const t = isTrue(v);
    if (typeof t === 'boolean' ? t : yield* (t as NativeGen)) return true;
  }
  return false;
}
function abstractOf(fs: PyValue[]): NativeResult {
  return abstractGen(fs);
}

// ---- classmethod / staticmethod ---------------------------------------------------------------------

function wrapperTypeMethods(t: PyType, kind: 'classmethod' | 'staticmethod') {
  const fnOf = (v: PyValue): PyValue => {
    if (v instanceof PyClassMethod || v instanceof PyStaticMethod) return v.fn;
    throw pyErr(TypeError, `descriptor requires a '${kind}' object but received a '${typeOf(v).name}'`);
  };
  t.define({
    __new__: nativeFunction('__new__', (a) => {
      const cls = a[0] as PyType;
      return cls.alloc(cls);
    }),
    __init__: nativeMethod(kind, '__init__', (a, kw) => {
      if (kw !== null && kw.size > 0) throw pyErr(TypeError, `${kind}() takes no keyword arguments`);
      if (a.length !== 2) throw pyErr(TypeError, `${kind} expected 1 argument, got ${a.length - 1}`);
      const self = a[0] as PyClassMethod | PyStaticMethod;
      self.fn = a[1];
      return copyWrapperAttrs(self, a[1]);
    }),
    __get__: nativeMethod(kind, '__get__', (a) => {
      const self = a[0];
      const fn = fnOf(self);
      if (kind === 'staticmethod') return fn;
      const obj = a[1];
      const cls = a.length > 2 && a[2] !== None ? a[2] : typeOf(obj as PyValue);
      return bindClassMethod(self as PyClassMethod, cls as PyType);
    }),
    __repr__: nativeMethod(kind, '__repr__', function* (a) {
      const r = yield* settle(repr(fnOf(a[0])));
      return `<${kind}(${r as string})>`;
    }),
  });
  if (kind === 'staticmethod') {
    t.define({ __call__: nativeMethod(kind, '__call__', (a, kw) => call(fnOf(a[0]), a.slice(1), kw)) });
  }
  defineGetSet(t, '__func__', (v) => fnOf(v));
  defineGetSet(t, '__wrapped__', (v) => fnOf(v));
  defineGetSet(t, '__isabstractmethod__', (v) => abstractOf([fnOf(v)]));
  defineInstanceDict(t);
}

/** functools.wraps-style copy of __module__/__name__/__qualname__/__doc__ into the wrapper's dict (3.10+). */
function* copyWrapperAttrsGen(self: PyObject, fn: PyValue): NativeGen {
  for (const k of ['__module__', '__name__', '__qualname__', '__doc__']) {
    const r = getAttrOpt(fn, k);
    const v = isPending(r) ? yield* r : r;
    if (v !== undefined) (self.dict ??= new PyDict()).setStr(k, v);
  }
  return None;
}
function copyWrapperAttrs(self: PyObject, fn: PyValue): NativeResult {
  return copyWrapperAttrsGen(self, fn);
}

wrapperTypeMethods(classmethodType, 'classmethod');
wrapperTypeMethods(staticmethodType, 'staticmethod');
classmethodType.ns.set('__doc__', 'classmethod(function) -> method\n\nConvert a function to be a class method.');
staticmethodType.ns.set('__doc__', 'staticmethod(function) -> method\n\nConvert a function to be a static method.');

// ---- getset / member descriptors --------------------------------------------------------------------

function checkApplies(name: string, owner: PyType, obj: PyValue): void {
  if (!typeOf(obj).isSubtypeOf(owner)) {
    throw pyErr(TypeError, `descriptor '${name}' for '${owner.name}' objects doesn't apply to a '${typeOf(obj).name}' object`);
  }
}

getsetDescriptorType.define(methodTable('getset_descriptor', {
  __get__: (a) => {
    const d = a[0] as PyGetSet;
    const obj = a[1];
    if (obj === undefined || obj === None) return d;
    checkApplies(d.name, d.owner, obj);
    return d.get(obj);
  },
  __set__: (a) => {
    const d = a[0] as PyGetSet;
    checkApplies(d.name, d.owner, a[1]);
    if (d.set === null) throw pyErr(AttributeError, `attribute '${d.name}' of '${d.owner.name}' objects is not writable`);
    return d.set(a[1], a[2]) ?? None;
  },
  __delete__: (a) => {
    const d = a[0] as PyGetSet;
    checkApplies(d.name, d.owner, a[1]);
    if (d.set === null) throw pyErr(AttributeError, `attribute '${d.name}' of '${d.owner.name}' objects is not writable`);
    return d.set(a[1], undefined) ?? None;
  },
  __repr__: (a) => {
    const d = a[0] as PyGetSet;
    return `<attribute '${d.name}' of '${d.owner.name}' objects>`;
  },
}));
defineGetSet(getsetDescriptorType, '__name__', (d) => (d as PyGetSet).name);
defineGetSet(getsetDescriptorType, '__qualname__', (d) => `${(d as PyGetSet).owner.qualname}.${(d as PyGetSet).name}`);
defineGetSet(getsetDescriptorType, '__objclass__', (d) => (d as PyGetSet).owner);
defineGetSet(getsetDescriptorType, '__doc__', (d) => (d instanceof PyGetSet ? d.doc ?? None : None));

memberDescriptorType.define(methodTable('member_descriptor', {
  __get__: (a) => {
    const m = a[0] as PyMember;
    const obj = a[1];
    if (obj === undefined || obj === None) return m;
    checkApplies(m.name, m.owner, obj);
    const v = typeof obj === 'object' && obj.slots !== null ? obj.slots[m.index] : undefined;
    if (v === undefined) throw noAttr(obj, m.name);
    return v;
  },
  __set__: (a) => {
    const m = a[0] as PyMember;
    checkApplies(m.name, m.owner, a[1]);
    (a[1] as PyObject).slots![m.index] = a[2];
    return None;
  },
  __delete__: (a) => {
    const m = a[0] as PyMember;
    checkApplies(m.name, m.owner, a[1]);
    const s = (a[1] as PyObject).slots!;
    if (s[m.index] === undefined) throw noAttr(a[1], m.name);
    s[m.index] = undefined;
    return None;
  },
  __repr__: (a) => {
    const m = a[0] as PyMember;
    return `<member '${m.name}' of '${m.owner.name}' objects>`;
  },
}));
defineGetSet(memberDescriptorType, '__name__', (d) => (d as PyMember).name);
defineGetSet(memberDescriptorType, '__qualname__', (d) => `${(d as PyMember).owner.qualname}.${(d as PyMember).name}`);
defineGetSet(memberDescriptorType, '__objclass__', (d) => (d as PyMember).owner);
defineGetSet(memberDescriptorType, '__doc__', () => None);

// ---- native functions -------------------------------------------------------------------------------

function nf(v: PyValue): PyNativeFunction {
  if (!(v instanceof PyNativeFunction)) throw pyErr(TypeError, `descriptor requires a 'builtin_function_or_method' object but received a '${typeOf(v).name}'`);
  return v;
}

/** The type name a method descriptor belongs to ('list' for 'list.append'). */
function ownerName(f: PyNativeFunction): string {
  const i = f.qualname.lastIndexOf('.');
  return i < 0 ? '?' : f.qualname.slice(0, i);
}

methodDescriptorType.define(methodTable('method_descriptor', {
  __get__: (a) => {
    const f = nf(a[0]);
    const obj = a[1];
    if (obj === undefined || obj === None) return f;
    return bindNative(f, obj);
  },
  __call__: (a, kw) => call(a[0], a.slice(1), kw),
  __repr__: (a) => {
    const f = nf(a[0]);
    return `<method '${f.name}' of '${ownerName(f)}' objects>`;
  },
}));

builtinFunctionType.define(methodTable('builtin_function_or_method', {
  __call__: (a, kw) => call(a[0], a.slice(1), kw),
  __repr__: (a) => {
    const f = nf(a[0]);
    if (f.self === undefined) return `<built-in function ${f.name}>`;
    const s = f.self;
    if (s instanceof PyType) return `<built-in method ${f.name} of type object at ${addressOf(s)}>`;
    if (s instanceof PyObject && s.type.name === 'module') return `<built-in function ${f.name}>`;
    return `<built-in method ${f.name} of ${typeOf(s).name} object at ${typeof s === 'object' ? addressOf(s) : '0x0'}>`;
  },
}));

for (const t of [methodDescriptorType, builtinFunctionType]) {
  defineGetSet(t, '__name__', (f) => nf(f).name);
  defineGetSet(t, '__qualname__', (f) => nf(f).qualname);
  defineGetSet(t, '__doc__', (f) => nf(f).doc ?? None);
  defineGetSet(t, '__text_signature__', () => None);
}
defineGetSet(methodDescriptorType, '__objclass__', (f) => {
  throw pyErr(AttributeError, `'method_descriptor' object has no attribute '__objclass__' (${ownerName(nf(f))})`);
});
defineGetSet(builtinFunctionType, '__self__', (f) => {
  const s = nf(f).self;
  return s === undefined ? None : s;
});
defineGetSet(builtinFunctionType, '__module__', () => None);

export { PyMethod };

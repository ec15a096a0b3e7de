// The property names the browser bundles may shorten (esbuild's mangleProps; issue 6: a fifth of the
// minified bundle is property names such as `.isSubtypeOf`, `.instancesHaveDict`, `.col_offset`).
//
// esbuild renames a property everywhere it is written as an identifier (`a.x`, `{x: 1}`, `class { x() }`)
// and nowhere it is written as a string (`a['x']`, `'x' in a`). So a name is only safe to shorten when
// nothing sees it by its spelling. Computed from the sources with the TypeScript compiler, over the
// files the browser bundles hold (src/ and stdlib/ minus the CLI and the Node host):
//   candidates: the members our classes, interfaces and type literals declare;
//   kept: every name the JS builtins (TypeScript's lib.es*) and the bundled packages (nearley, moo:
//     their types and their sources) declare or use; DOM names where our code uses them on a DOM value;
//     names looked up by a string: `o['x']`, `'x' in o`, Object.keys/entries/defineProperty, Reflect,
//     JSON.stringify, for-in (a computed key keeps every member of the object's type; on an untyped
//     object the build fails, asking for a type); the keys of data objects (object literals typed as
//     name -> value maps: Python method tables, module namespaces); members of objects cast to
//     any/unknown or handed to a bundled package; enum members; module export names; and the public
//     API, every member of the types src/index.ts exports, followed through their members' types.
// The Node build (tsc) never sees this. test/browser/bundle-conformance.test.ts runs the conformance
// suite against the bundle; `node scripts/build-web.mjs && PYTS_TEST_BUNDLE=1 npx vitest run --exclude
// 'test/browser/**'` runs every suite that goes through the embedding API against it.
// `node scripts/internal-props.mjs --why NAME` says what keeps a name.
import ts from 'typescript';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Bundled npm packages whose JS source may look properties up by string. */
const BUNDLED_PACKAGES = ['nearley/lib/nearley.js', 'moo/moo.js'];

function isOurs(file) {
  const rel = file.slice(root.length + 1);
  return file.startsWith(root + '/') && /^(src|stdlib)\//.test(rel) && !file.endsWith('.d.ts');
}

/** Ours and in the browser bundles: the core, without the CLI and the Node host (DESIGN.md decision 5). */
function inBundle(file) {
  const rel = file.slice(root.length + 1);
  return isOurs(file) && !/^src\/cli\//.test(rel) && rel !== 'src/host/node-host.ts';
}

/** Words (identifier-like runs) of a text. */
function wordsOf(text, into) {
  for (const m of text.matchAll(/[A-Za-z_$][\w$]*/g)) into.add(m[0]);
}

/** Declaration files whose every name is reserved: the JS builtins (a protocol method such as
 * toString, next, then is called by the engine, unseen) and the two bundled packages. The bundles import
 * no Node module, so @types/node does not count. */
const OUTSIDE_WORLD = /typescript[\\/]lib[\\/]lib\.(es|decorators)|@types[\\/](nearley|moo)[\\/]/;
/** The DOM's declarations (lib.dom, lib.webworker ...): a name there is reserved where our code uses it
 * on a DOM value, or on an untyped one (see below). */
const DOM = /typescript[\\/]lib[\\/]lib\.(?!es|decorators)/;

let cached;
/** Why each reserved name is reserved, and the declared candidates (for `--why NAME`). */
const audit = { declared: new Set(), why: new Map(), api: new Set() };

/** The sorted list of property names safe to shorten in the browser bundles. */
export function internalPropNames() {
  if (cached) return cached;
  const cfg = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const program = ts.createProgram(cfg.fileNames, cfg.options);
  const checker = program.getTypeChecker();
  const declared = audit.declared; // members our code declares
  let why = '';
  let whyNode = null; // the node being looked at, for `--why`
  const where = () => (whyNode ? `${why}:${whyNode.getSourceFile().getLineAndCharacterOfPosition(whyNode.getStart()).line + 1}` : why);
  const reserved = { add: (n) => audit.why.has(n) || audit.why.set(n, where()), has: (n) => audit.why.has(n) }; // names that keep their spelling

  const memberName = (node) => {
    const n = node.name;
    if (!n) return undefined;
    if (ts.isIdentifier(n) || ts.isPrivateIdentifier(n)) return n.text;
    return undefined; // computed or quoted: esbuild leaves it alone
  };
  const isMember = (node) =>
    ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node) ||
    ts.isPropertySignature(node) || ts.isMethodSignature(node) || ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node);

  /**
   * A data object: an object literal handed to a name -> value map (a Python method table, a module
   * namespace: contextual type with a string index signature, `unknown`, `object`, a type parameter),
   * whose keys are read back by Object.entries/keys or `in`. Its keys keep their spelling. An object
   * literal of no contextual type (or `any`: the grammar's AST nodes) keeps its inferred type, so a
   * reader of its keys is caught by checkLookupByString, or fails the build for want of a type.
   */
  const isDataObject = (node) => {
    const t = checker.getContextualType(node);
    if (!t) return false;
    const parts = (t.isUnion() ? t.types : [t]).filter((p) => !(p.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
    return parts.some((p) => {
      if (p.flags & ts.TypeFlags.Any) return false;
      if (p.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.TypeParameter | ts.TypeFlags.NonPrimitive)) return true;
      if (!(p.flags & ts.TypeFlags.Object)) return false;
      return checker.getIndexInfosOfType(p).length > 0 || p.getProperties().length === 0;
    });
  };

  const domNames = new Set();
  for (const sf of program.getSourceFiles()) {
    if (!DOM.test(sf.fileName)) continue;
    const walk = (node) => {
      if (node.name && ts.isIdentifier(node.name)) domNames.add(node.name.text);
      ts.forEachChild(node, walk);
    };
    walk(sf);
  }
  const fromDom = (sym) => (sym.declarations ?? []).some((d) => DOM.test(d.getSourceFile().fileName));
  /**
   * Names our code reads or writes on a DOM value (`port.onmessage`, `{ once: true }` for a DOM option
   * type) keep their spelling; so do DOM names read on an untyped value where the core meets the
   * browser (`(globalThis as any).MessageChannel` in src/host/, src/index.ts: DESIGN.md decision 5 keeps
   * browser globals out of the rest of the core).
   */
  const touchesBrowser = (node) => /^(src\/host\/|src\/index\.ts$)/.test(node.getSourceFile().fileName.slice(root.length + 1));
  const checkKeyOn = (type, key, node) => {
    if (!type || type.flags & ts.TypeFlags.Any) {
      if (type && touchesBrowser(node) && domNames.has(key)) reserved.add(key);
      return;
    }
    const t = checker.getApparentType(type);
    for (const part of t.isUnionOrIntersection() ? t.types : [t]) {
      const prop = checker.getPropertyOfType(checker.getApparentType(part), key);
      if (prop && fromDom(prop)) reserved.add(key);
    }
  };
  const checkOutsideUse = (node) => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.name)) {
      checkKeyOn(checker.getTypeAtLocation(node.expression), node.name.text, node);
    } else if (ts.isObjectLiteralExpression(node) || ts.isObjectBindingPattern(node)) {
      const type = ts.isObjectLiteralExpression(node) ? checker.getContextualType(node) : checker.getTypeAtLocation(node);
      const elements = ts.isObjectLiteralExpression(node) ? node.properties : node.elements;
      for (const e of elements) {
        const key = ts.isBindingElement(e) ? e.propertyName ?? e.name : e.name;
        if (key && ts.isIdentifier(key)) checkKeyOn(type, key.text, node);
      }
    }
  };

  /** Every property of a type of ours (a class or interface without a string index signature). */
  const reserveMembersOf = (expr, anyIsFine = false) => {
    const t = checker.getApparentType(checker.getTypeAtLocation(expr));
    for (const part of t.isUnionOrIntersection() ? t.types : [t]) {
      if (part.flags & ts.TypeFlags.Any) { if (!anyIsFine) unknownLookups.push(expr); }
      else if (part.getSymbol()?.declarations?.some((d) => d.getSourceFile().isDeclarationFile)) continue; // a builtin's members are reserved already
      else for (const p of part.getProperties()) reserved.add(p.getName());
    }
  };
  /** The string literal(s) an expression may be: its own text, or its type's literal union. */
  const literalNames = (expr) => {
    if (ts.isStringLiteralLike(expr)) return [expr.text];
    const t = checker.getTypeAtLocation(expr);
    const parts = t.isUnion() ? t.types : [t];
    if (parts.every((p) => p.isStringLiteral())) return parts.map((p) => p.value);
    return null;
  };
  const isNumeric = (expr) => (checker.getTypeAtLocation(expr).flags & (ts.TypeFlags.NumberLike | ts.TypeFlags.BigIntLike | ts.TypeFlags.ESSymbolLike)) !== 0;
  const KEY_READERS = /^(Object\.(keys|entries|values|getOwnPropertyNames|getOwnPropertyDescriptors?|defineProperty|hasOwn)|Reflect\.\w+|JSON\.stringify)$/;
  /**
   * Where code names a property by a string: `o[k]`, `k in o`, Object.keys/entries/defineProperty,
   * Reflect, JSON.stringify, for-in. A literal key (or a key whose type is a union of literals) keeps
   * that name; a computed key keeps every property of the object's type.
   */
  const checkLookupByString = (node) => {
    if (ts.isElementAccessExpression(node) && !isNumeric(node.argumentExpression)) {
      const names = literalNames(node.argumentExpression);
      if (names) names.forEach((n) => reserved.add(n));
      else if (!hasStringIndex(node.expression)) reserveMembersOf(node.expression);
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.InKeyword) {
      const names = literalNames(node.left);
      if (names) names.forEach((n) => reserved.add(n));
      else if (!hasStringIndex(node.right)) reserveMembersOf(node.right);
    } else if (ts.isCallExpression(node) && KEY_READERS.test(node.expression.getText())) {
      for (const a of node.arguments) {
        const names = literalNames(a);
        if (names) names.forEach((n) => reserved.add(n));
        else if (!hasStringIndex(a) && !isNumeric(a)) reserveMembersOf(a);
      }
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'hasOwnProperty') {
      for (const a of node.arguments) (literalNames(a) ?? []).forEach((n) => reserved.add(n));
      reserveMembersOf(node.expression.expression);
    } else if (ts.isForInStatement(node)) {
      if (!hasStringIndex(node.expression)) reserveMembersOf(node.expression);
    } else if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && erases(checker.getTypeAtLocation(node.type))) {
      // `rules as unknown as moo.Rules`: past the cast nothing can tell where the keys go
      if (!isNumeric(node.expression) && !hasStringIndex(node.expression)) reserveMembersOf(node.expression, true);
    } else if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      // an object handed to a bundled package (moo.compile(rules)) is read by its keys
      const decl = checker.getResolvedSignature(node)?.declaration;
      if (decl && /[\\/]node_modules[\\/]@types[\\/]/.test(decl.getSourceFile().fileName)) {
        for (const a of node.arguments ?? []) if (!isNumeric(a) && !hasStringIndex(a)) reserveMembersOf(a, true);
      }
    }
  };
  /** A cast to `any`, `unknown` or a declaration file's type drops what the checker knows of the keys. */
  const erases = (t) => (t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0 ||
    (t.getSymbol()?.declarations ?? []).some((d) => d.getSourceFile().isDeclarationFile);
  const hasStringIndex = (expr) => {
    const t = checker.getApparentType(checker.getTypeAtLocation(expr));
    if (t.flags & ts.TypeFlags.Any) return false;
    return (t.isUnionOrIntersection() ? t.types : [t]).every((p) => checker.getIndexInfosOfType(p).some((i) => i.keyType.flags & ts.TypeFlags.String) || p.getProperties().length === 0);
  };
  const unknownLookups = [];

  for (const sf of program.getSourceFiles()) {
    why = sf.fileName.includes('node_modules/') ? sf.fileName.split('node_modules/')[1] : sf.fileName.slice(root.length + 1);
    if (sf.isDeclarationFile) {
      if (!OUTSIDE_WORLD.test(sf.fileName)) continue;
      const walk = (node) => {
        // members and globals (not parameter or type-parameter names: they are no property)
        const n = node.name;
        if (n && (ts.isIdentifier(n) || ts.isStringLiteral(n)) && !ts.isParameter(node) && !ts.isTypeParameterDeclaration(node) && !ts.isTypeAliasDeclaration(node) && !ts.isInterfaceDeclaration(node) && !ts.isImportSpecifier(node) && !ts.isExportSpecifier(node) && !ts.isBindingElement(node)) reserved.add(n.text);
        ts.forEachChild(node, walk);
      };
      walk(sf);
      continue;
    }
    if (!inBundle(sf.fileName)) continue;
    // `import * as ht from './hashtable.js'; ht.setDefault(...)` is a property access to esbuild's
    // mangler too: a module's export names keep their spelling
    const moduleSymbol = checker.getSymbolAtLocation(sf);
    if (moduleSymbol) for (const e of checker.getExportsOfModule(moduleSymbol)) reserved.add(e.getName());
    const walk = (node) => {
      whyNode = node;
      checkOutsideUse(node);
      checkLookupByString(node);
      if (ts.isEnumMember(node)) {
        // an enum object is built with string keys (`In[In["Throw"] = 1] = "Throw"`)
        const name = memberName(node);
        if (name) reserved.add(name);
      } else if (ts.isObjectLiteralExpression(node) && isDataObject(node)) {
        // a data object (a Python method table, module namespace, name -> value map): its keys are
        // read back by Object.entries/keys or `in`, so they keep their spelling
        for (const p of node.properties) {
          const name = memberName(p);
          if (name) reserved.add(name);
        }
      } else if (isMember(node) && !ts.isPropertyAssignment(node) && !ts.isShorthandPropertyAssignment(node)) {
        const name = memberName(node);
        if (name) declared.add(name);
      }
      ts.forEachChild(node, walk);
    };
    walk(sf);
    whyNode = null;
  }

  const require = createRequire(join(root, 'package.json'));
  for (const pkg of BUNDLED_PACKAGES) {
    why = pkg;
    const src = readFileSync(require.resolve(pkg), 'utf8');
    for (const m of src.matchAll(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g)) wordsOf(m[0], reserved);
    // their own property names, too: they are not ours to rename
    for (const m of src.matchAll(/\.([A-Za-z_$][\w$]*)|([A-Za-z_$][\w$]*)\s*:/g)) reserved.add(m[1] ?? m[2]);
  }

  // The public API: members of the types src/index.ts exports, transitively.
  // Iterative (the type graph is deep); types declared outside our sources are not followed, and
  // private/protected members are not API.
  const entry = program.getSourceFile(join(root, 'src/index.ts'));
  const api = audit.api;
  const seenTypes = new Set();
  const work = [];
  const isPrivate = (sym) => (sym.declarations ?? []).some((d) => ts.getCombinedModifierFlags(d) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected));
  // A class the entry does not export (Runtime, reached through attachThreadEvents' parameter) is
  // not something a page can get hold of: its members stay internal.
  const exported = new Set(checker.getExportsOfModule(checker.getSymbolAtLocation(entry)).map((s) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s)));
  const ownType = (type) => {
    const s = type.aliasSymbol ?? type.getSymbol();
    if (s && s.flags & ts.SymbolFlags.Class && !exported.has(s)) return false;
    return !s || (s.declarations ?? []).some((d) => isOurs(d.getSourceFile().fileName)) || (s.flags & ts.SymbolFlags.TypeLiteral) !== 0;
  };
  const pushSymbol = (sym) => {
    const decl = sym.valueDeclaration ?? sym.declarations?.[0];
    if (!decl) return;
    work.push(checker.getTypeOfSymbolAtLocation(sym, decl));
    if (sym.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)) work.push(checker.getDeclaredTypeOfSymbol(sym));
  };
  for (const sym of checker.getExportsOfModule(checker.getSymbolAtLocation(entry))) {
    pushSymbol(sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym);
  }
  while (work.length) {
    const type = work.pop();
    if (!type || seenTypes.has(type)) continue;
    seenTypes.add(type);
    if (type.isUnionOrIntersection()) { work.push(...type.types); continue; }
    if (type.typeArguments || checker.getTypeArguments) {
      try { work.push(...(checker.getTypeArguments(type) ?? [])); } catch { /* not a reference */ }
    }
    if (!ownType(type)) continue;
    for (const sig of [...type.getCallSignatures(), ...type.getConstructSignatures()]) {
      for (const p of sig.getParameters()) pushSymbol(p);
      work.push(sig.getReturnType());
    }
    for (const prop of type.getProperties()) {
      if (isPrivate(prop)) continue;
      api.add(prop.getName());
      pushSymbol(prop);
    }
    for (const info of checker.getIndexInfosOfType(type)) work.push(info.type);
  }
  why = 'public API';
  for (const n of api) reserved.add(n);

  if (unknownLookups.length) {
    // a computed key on an untyped object could be any name: say where, rather than guess
    const at = unknownLookups.map((e) => { const sf = e.getSourceFile(); return `${sf.fileName.slice(root.length + 1)}:${sf.getLineAndCharacterOfPosition(e.getStart()).line + 1}`; });
    throw new Error(`internal-props: a property looked up by a computed name on an untyped value (give it a type): ${at.join(', ')}`);
  }
  cached = [...declared].filter((n) => !reserved.has(n)).sort();
  return cached;
}

/** The mangleProps pattern for esbuild: exactly the internal names. */
export function internalPropsRegExp() {
  const names = internalPropNames();
  return new RegExp(`^(?:${names.map((n) => n.replace(/\$/g, '\\$')).join('|')})$`);
}

/** Why `name` is or is not shortened (one line). */
export function explainName(name) {
  const names = internalPropNames();
  return names.includes(name) ? `${name}: shortened` : audit.why.has(name) ? `${name}: kept (${audit.why.get(name)})` : `${name}: kept (no member of ours declares it)`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // node scripts/internal-props.mjs            the list
  // node scripts/internal-props.mjs --why NAME  whether NAME is shortened, and if not what keeps it
  const names = internalPropNames();
  const at = process.argv.indexOf('--why');
  if (at > 0) {
    console.log(explainName(process.argv[at + 1]));
  } else {
    console.log(names.join('\n'));
    console.error(`${names.length} internal property names; public API: ${[...audit.api].sort().join(' ')}`);
  }
}

// The property names the browser bundles may shorten (esbuild's mangleProps; issue 6: ~20% of the
// minified bundle is property names such as `.isSubtypeOf`, `.instancesHaveDict`, `.col_offset`).
//
// esbuild renames a property everywhere it is written as an identifier (`a.x`, `{x: 1}`, `class { x() }`)
// and nowhere it is written as a string (`a['x']`, `'x' in a`). So a name is only safe to shorten when
// nothing can see it by its spelling. Computed from the sources with the TypeScript compiler:
//   candidates: the members our own code declares (class members, interface and type-literal members,
//     enum-like object types) in src/ and stdlib/;
//   minus every name any declaration file declares (the JS builtins, the DOM, Node, nearley, moo): a
//     property of a builtin object must keep its name, and a name we share with one could reach it;
//   minus every word in any string literal, template or regex of our sources and of the bundled npm
//     packages: a name spelled as a string may be looked up by that string (Python method tables are
//     `{ append: nativeMethod('list', 'append', ...) }`, Python attribute names, AST field tables);
//   minus the public API: every member of every type the embedding entry (src/index.ts) exports,
//     followed through the types of their members (a page reads `result.exitCode`, a Host it passes
//     is called as `host.readFile(...)`).
// The Node build (tsc) never sees this; test/browser runs the conformance suite against the bundle.
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

/** Words (identifier-like runs) of a text. */
function wordsOf(text, into) {
  for (const m of text.matchAll(/[A-Za-z_$][\w$]*/g)) into.add(m[0]);
}

/** Declaration files whose names are the bundles' outside world: the JS builtins and the DOM (TypeScript's
 * lib), and the two bundled packages. (@types/node is not: the browser bundles import no Node module.) */
const OUTSIDE_WORLD = /typescript[\\/]lib[\\/]|@types[\\/](nearley|moo)[\\/]/;

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
  const reserved = { add: (n) => audit.why.has(n) || audit.why.set(n, why), has: (n) => audit.why.has(n) }; // names that keep their spelling

  const memberName = (node) => {
    const n = node.name;
    if (!n) return undefined;
    if (ts.isIdentifier(n) || ts.isPrivateIdentifier(n)) return n.text;
    return undefined; // computed or quoted: esbuild leaves it alone
  };
  const isMember = (node) =>
    ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node) ||
    ts.isPropertySignature(node) || ts.isMethodSignature(node) || ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node);

  /** An object literal whose contextual type is one of our interfaces/classes (named members, no index
   * signature, no `any`): its keys are property names, read as `o.key`. */
  const typedByDeclaredMembers = (node) => {
    const t = checker.getContextualType(node);
    if (!t) return false;
    const parts = t.isUnion() ? t.types : [t];
    const objects = parts.filter((p) => !(p.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
    if (!objects.length) return false;
    return objects.every((p) => {
      if (p.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.TypeParameter)) return false;
      if (!(p.flags & ts.TypeFlags.Object)) return false;
      if (checker.getIndexInfosOfType(p).length) return false;
      return p.getProperties().length > 0;
    });
  };

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
    if (!isOurs(sf.fileName)) continue;
    // `import * as ht from './hashtable.js'; ht.setDefault(...)` is a property access to esbuild's
    // mangler too: a module's export names keep their spelling
    const moduleSymbol = checker.getSymbolAtLocation(sf);
    if (moduleSymbol) for (const e of checker.getExportsOfModule(moduleSymbol)) reserved.add(e.getName());
    const walk = (node) => {
      if (ts.isStringLiteralLike(node) || ts.isRegularExpressionLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
        // a string that spells a name may be a property looked up by that string
        if (/^[A-Za-z_$][\w$]*$/.test(node.text)) reserved.add(node.text);
      } else if (ts.isEnumMember(node)) {
        // an enum object is built with string keys (`In[In["Throw"] = 1] = "Throw"`)
        const name = memberName(node);
        if (name) reserved.add(name);
      } else if (ts.isObjectLiteralExpression(node) && !typedByDeclaredMembers(node)) {
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

  cached = [...declared].filter((n) => !reserved.has(n)).sort();
  return cached;
}

/** The mangleProps pattern for esbuild: exactly the internal names. */
export function internalPropsRegExp() {
  const names = internalPropNames();
  return new RegExp(`^(?:${names.map((n) => n.replace(/\$/g, '\\$')).join('|')})$`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // node scripts/internal-props.mjs            the list
  // node scripts/internal-props.mjs --why NAME  whether NAME is shortened, and if not what keeps it
  const names = internalPropNames();
  const at = process.argv.indexOf('--why');
  if (at > 0) {
    const n = process.argv[at + 1];
    console.log(names.includes(n) ? `${n}: shortened` : audit.why.has(n) ? `${n}: kept (${audit.why.get(n)})` : `${n}: kept (no member of ours declares it)`);
  } else {
    console.log(names.join('\n'));
    console.error(`${names.length} internal property names; public API: ${[...audit.api].sort().join(' ')}`);
  }
}

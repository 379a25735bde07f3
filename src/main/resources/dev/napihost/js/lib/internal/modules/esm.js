'use strict';
// ES modules. GraalJS parses, links and evaluates them; we decide what each specifier means.
// The engine asks engineLookup(referrerPath, specifier) for every `import` / `import()` (the
// js.mle-mode lookup hook, installed by bootstrap.js) and then reads the returned path through
// ModuleFileSystem, which serves only the text we registered for it:
//  - an ES module file: its own text, with import.meta.dirname/filename/resolve set in front;
//  - a CommonJS file: a small synthesized module re-exporting module.exports (default) and its
//    own keys (named exports), under a virtual path; the file is loaded by the CommonJS loader
//    when it is first imported (at link time: earlier than Node, which runs it during evaluation);
//  - a core module: the same shape, under a virtual path.
// Resolution is Node's ESM_RESOLVE (esm.md "Resolution algorithm"): URLs and relative specifiers
// need the exact file, bare specifiers go through node_modules with "exports" matched against the
// "import" conditions — reusing the CommonJS loader's package functions (internal/modules/cjs).
const { host } = internalBinding;
const path = require('path');
const cjs = require('internal/modules/cjs');
const { Module, codedError, STAT_FILE, STAT_DIR } = cjs;

const importConditions = new Set(['import', 'node', 'node-addons', 'default']);
const CJS_ROOT = '/napi-host:cjs';
const BUILTIN_ROOT = '/napi-host:builtin/';
const hookKey = Symbol.for('napi-host.esm');

// Node prints its own errors as "Error [CODE]: message".
function nodeError(Ctor, code, message) {
  const err = codedError(Ctor, code, message);
  const stack = err.stack;
  if (typeof stack === 'string' && stack.startsWith(Ctor.name + ':')) {
    Object.defineProperty(err, 'stack', {
      value: Ctor.name + ' [' + code + ']' + stack.slice(Ctor.name.length),
      writable: true, configurable: true, enumerable: false,
    });
  }
  return err;
}

function fileUrl(filename) {
  return 'file://' + filename.split('/').map((s) => encodeURIComponent(s).replace(/%3A/gi, ':')
    .replace(/%40/g, '@').replace(/%2B/gi, '+').replace(/%2C/gi, ',').replace(/%3D/gi, '=')
    .replace(/%24/g, '$').replace(/%26/g, '&')).join('/');
}

// ---- resolution ----

function notFound(what, base) {
  return nodeError(Error, 'ERR_MODULE_NOT_FOUND', 'Cannot find ' + what + ' imported from ' + base);
}

// Errors from the shared package functions, in the words Node's ESM resolver uses.
function asEsmError(e, base) {
  if (e && e.code === 'MODULE_NOT_FOUND') {
    const m = /^Cannot find module '([^']*)'/.exec(e.message);
    return notFound("module '" + (m ? m[1] : '') + "'", base);
  }
  if (e && (e.code === 'ERR_PACKAGE_PATH_NOT_EXPORTED' || e.code === 'ERR_INVALID_PACKAGE_TARGET' ||
      e.code === 'ERR_PACKAGE_IMPORT_NOT_DEFINED' || e.code === 'ERR_INVALID_PACKAGE_CONFIG')) {
    const ctor = e instanceof TypeError ? TypeError : Error;
    const message = e.message.includes(' imported from ') ? e.message : e.message + ' imported from ' + base;
    return nodeError(ctor, e.code, message);
  }
  return e;
}

function withImportConditions(base, fn) {
  try {
    return cjs.withConditions(importConditions, fn);
  } catch (e) {
    throw asEsmError(e, base);
  }
}

// PACKAGE_RESOLVE: a bare specifier from the directory of the importing file.
function packageResolve(specifier, parentFile, base) {
  const m = cjs.packageRequestPattern.exec(specifier);
  if (!m) {
    throw nodeError(TypeError, 'ERR_INVALID_MODULE_SPECIFIER', 'Invalid module "' + specifier +
      '" is not a valid package name imported from ' + base);
  }
  const name = m[1];
  const subpath = '.' + (m[2] || '');
  const scope = cjs.packageScope(parentFile);
  if (scope && scope.pkg.name === name && scope.pkg.exports !== undefined && scope.pkg.exports !== null) {
    return withImportConditions(base, () => cjs.resolveExports(scope.dir, scope.pkg.exports, subpath));
  }
  for (const dir of cjs.nodeModulePaths(path.dirname(parentFile))) {
    const pkgDir = path.join(dir, name);
    if (cjs.stat(pkgDir) !== STAT_DIR) continue;
    const pkg = cjs.readPackage(pkgDir);
    if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
      return withImportConditions(base, () => cjs.resolveExports(pkgDir, pkg.exports, subpath));
    }
    if (subpath === '.') {
      // The legacy "main" (with the CommonJS extension and index probing Node also does here).
      let found;
      try {
        found = cjs.tryPackage(pkgDir, specifier);
      } catch (e) {
        throw asEsmError(e, base);
      }
      if (!found) throw notFound("package '" + pkgDir + "/'", base);
      return found;
    }
    return path.join(pkgDir, subpath);
  }
  throw notFound("package '" + name + "'", base);
}

function isPathLike(specifier) {
  return specifier.startsWith('/') || specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');
}

function stripQuery(s) {
  const q = s.search(/[?#]/);
  return q === -1 ? s : s.slice(0, q);
}

/**
 * What an import specifier names: {builtin: 'fs'} or {filename: '/real/path'}. `referrer` is the
 * importing file's path, or null for code without one (node -e, internal code).
 */
function resolve(specifier, referrer) {
  const parentFile = referrer || path.join(host.cwd(), '[eval]');
  const base = referrer || host.cwd();
  if (specifier.startsWith('node:')) {
    if (!Module.isBuiltin(specifier)) {
      throw nodeError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: ' + specifier);
    }
    return { builtin: specifier };
  }
  if (Module.isBuiltin(specifier)) return { builtin: specifier };

  let file;
  const scheme = /^([a-zA-Z][a-zA-Z\d+.-]*):/.exec(specifier);
  if (scheme && scheme[1].length > 1) {
    if (scheme[1].toLowerCase() !== 'file') {
      throw nodeError(Error, 'ERR_UNSUPPORTED_ESM_URL_SCHEME', 'Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol \'' +
        scheme[1].toLowerCase() + ":'");
    }
    file = cjs.filePathOfUrl(stripQuery(specifier));
    if (file === null) {
      throw nodeError(TypeError, 'ERR_INVALID_FILE_URL_PATH', 'File URL path must be absolute');
    }
  } else if (isPathLike(specifier)) {
    file = path.resolve(path.dirname(parentFile), decodeURIComponent(stripQuery(specifier)));
  } else if (specifier.startsWith('#')) {
    file = withImportConditions(base, () => cjs.resolveImports(specifier, parentFile));
  } else {
    file = packageResolve(specifier, parentFile, base);
  }
  const kind = cjs.stat(file);
  if (kind === STAT_DIR) {
    throw nodeError(Error, 'ERR_UNSUPPORTED_DIR_IMPORT', "Directory import '" + file +
      "' is not supported resolving ES modules imported from " + base);
  }
  if (kind !== STAT_FILE) throw notFound("module '" + file + "'", base);
  return { filename: cjs.toRealPath(file) };
}

// ---- formats ----

function packageType(filename) {
  const scope = cjs.packageScope(filename);
  return scope && scope.pkg.type === 'module' ? 'module' : 'commonjs';
}

function formatOf(filename) {
  const ext = path.extname(filename);
  if (ext === '.mjs') return 'module';
  if (ext === '.cjs') return 'commonjs';
  if (ext === '.json') return 'json';
  if (ext === '.js') return packageType(filename);
  if (ext === '' && packageType(filename) === 'commonjs') return 'commonjs';
  throw nodeError(TypeError, 'ERR_UNKNOWN_FILE_EXTENSION', 'Unknown file extension "' + ext + '" for ' + filename);
}

// ---- module texts the engine reads (ModuleFileSystem) ----

const registered = new Set();

function register(modulePath, text) {
  if (registered.has(modulePath)) return modulePath;
  host.registerModule(modulePath, text);
  registered.add(modulePath);
  return modulePath;
}

// import.meta.url comes from the engine (the module's file URL); Node 20.11+ also has these.
function esModuleText(filename) {
  let text = host.readFileUtf8(filename);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.startsWith('#!')) text = '//' + text;
  const f = JSON.stringify(filename);
  // One line in front of line 1, so line numbers stay right.
  return 'import.meta.dirname=' + JSON.stringify(path.dirname(filename)) + ';import.meta.filename=' + f +
    ';import.meta.resolve=(s)=>globalThis[Symbol.for("napi-host.esm")].metaResolve(s,' + f + ');' + text;
}

const identifierPattern = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u;

function validNames(names) {
  return names.filter((k) => k !== 'default');
}

// A module whose default export is what `getter` returns when the module evaluates, with the
// given named exports.
function facadeText(getter, names) {
  const lines = ['const m = globalThis[Symbol.for("napi-host.esm")].' + getter + ';', 'export default m;'];
  validNames(names).forEach((name, i) => {
    lines.push('const e' + i + ' = m == null ? undefined : m[' + JSON.stringify(name) + '];');
    lines.push('export { e' + i + ' as ' + (identifierPattern.test(name) ? name : JSON.stringify(name)) + ' };');
  });
  return lines.join('\n') + '\n';
}

function ownKeys(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function') ? Object.keys(value) : [];
}

// The names a CommonJS file exports by static analysis (internal/modules/cjs_exports), following
// re-exports of other CommonJS files.
function commonJsNames(filename, seen = new Set()) {
  if (seen.has(filename)) return [];
  seen.add(filename);
  let found;
  try {
    // Loaded here, by the first import of a CommonJS file: most programs never need it.
    found = require('internal/modules/cjs_exports').scan(host.readFileUtf8(filename));
  } catch (e) {
    return [];
  }
  const names = new Set(found.names);
  for (const request of found.reexports) {
    let target;
    try {
      target = Module._resolveFilename(request, cjs.fakeModuleAt(filename), false);
    } catch (e) {
      continue;
    }
    if (Module.isBuiltin(target)) {
      for (const k of ownKeys(cjs.loadBuiltin(target))) names.add(k);
    } else if (path.extname(target) === '.js' || path.extname(target) === '.cjs') {
      for (const k of commonJsNames(target, seen)) names.add(k);
    }
  }
  return [...names];
}

// The file runs when the facade evaluates (in import order, as in Node). Its named exports are
// found statically; a file that is loaded already also exports its current keys.
function commonJsModule(filename) {
  const modulePath = CJS_ROOT + filename;
  if (registered.has(modulePath)) return modulePath;
  const names = new Set(commonJsNames(filename));
  const loaded = Module._cache[filename];
  if (loaded && loaded.loaded) for (const k of ownKeys(loaded.exports)) names.add(k);
  return register(modulePath, facadeText('cjsExports(' + JSON.stringify(filename) + ')', [...names]));
}

function builtinModule(name) {
  const id = name.startsWith('node:') ? name.slice(5) : name;
  const modulePath = BUILTIN_ROOT + id;
  if (registered.has(modulePath)) return modulePath;
  return register(modulePath, facadeText('builtin(' + JSON.stringify('node:' + id) + ')', ownKeys(cjs.loadBuiltin('node:' + id))));
}

/** The engine's lookup hook: the path of the module `specifier` names, registered for reading. */
function engineLookup(referrer, specifier) {
  const r = resolve(String(specifier), referrer === null || referrer === undefined ? null : String(referrer));
  if (r.builtin) return builtinModule(r.builtin);
  const filename = r.filename;
  switch (formatOf(filename)) {
    case 'module':
      return register(filename, esModuleText(filename));
    case 'json':
      return register(filename, host.readFileUtf8(filename));
    default:
      return commonJsModule(filename);
  }
}

Object.defineProperty(globalThis, hookKey, {
  value: Object.freeze({
    cjsExports(filename) {
      const m = Module._cache[filename];
      return m ? m.exports : Module._load(filename, null, false);
    },
    builtin: cjs.loadBuiltin,
    metaResolve(specifier, filename) {
      const r = resolve(String(specifier), filename);
      return r.builtin ? (r.builtin.startsWith('node:') ? r.builtin : 'node:' + r.builtin) : fileUrl(r.filename);
    },
  }),
  enumerable: false, writable: false, configurable: false,
});

// ---- require() of an ES module (Node 20.19+ and 22 allow it for modules without top-level await) ----

const loadJs = Module._extensions['.js'];
Module._extensions['.js'] = function (module, filename) {
  const ext = path.extname(filename);
  if (ext === '.mjs' || ((ext === '.js' || ext === '') && packageType(filename) === 'module')) {
    registered.add(filename);
    module.exports = host.evalModule(filename, esModuleText(filename));
    return;
  }
  return loadJs.call(this, module, filename);
};

// ---- the main entry ----

function mainFilename(filename) {
  try {
    return Module._resolveFilename(path.resolve(filename), null, true);
  } catch (e) {
    return null;
  }
}

/** True if the main script is an ES module (.mjs, or .js / no extension in a "type": "module" package). */
function isModuleMain(filename) {
  const f = mainFilename(filename);
  if (f === null) return false;
  const ext = path.extname(f);
  return ext === '.mjs' || ((ext === '.js' || ext === '') && packageType(f) === 'module');
}

// Like Node, the entry module runs asynchronously (it may await at top level); an error it throws
// is an uncaught exception.
function runMain(filename) {
  const file = mainFilename(filename);
  import(fileUrl(file)).catch((err) => internalBinding.process._fatalException(err));
}

module.exports = { engineLookup, isModuleMain, runMain, resolve, fileUrl };

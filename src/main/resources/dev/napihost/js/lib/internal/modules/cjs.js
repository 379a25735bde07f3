'use strict';
// The CommonJS loader. Resolution follows the algorithm Node documents (modules.md, "All
// together"): core modules, "#imports", package self-reference, relative/absolute files with the
// registered extensions, directories (package.json "main", index.*), node_modules lookup up the
// tree with package.json "exports" (conditions: require, node, node-addons, default).
const { host, napi } = internalBinding;
const path = require('path');
const { describe } = require('internal/timers');

// Core modules `require()` accepts without the `node:` scheme (Node 22's list).
const builtinNames = [
  '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing', '_http_server',
  '_stream_duplex', '_stream_passthrough', '_stream_readable', '_stream_transform', '_stream_wrap',
  '_stream_writable', '_tls_common', '_tls_wrap',
  'assert', 'assert/strict', 'async_hooks', 'buffer', 'child_process', 'cluster', 'console', 'constants',
  'crypto', 'dgram', 'diagnostics_channel', 'dns', 'dns/promises', 'domain', 'events', 'fs', 'fs/promises',
  'http', 'http2', 'https', 'inspector', 'inspector/promises', 'module', 'net', 'os', 'path', 'path/posix',
  'path/win32', 'perf_hooks', 'process', 'punycode', 'querystring', 'readline', 'readline/promises', 'repl',
  'stream', 'stream/consumers', 'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers',
  'timers/promises', 'tls', 'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi',
  'worker_threads', 'zlib',
];
// Core modules that exist only with the scheme (`require('node:test')`, never `require('test')`).
const schemeOnlyNames = ['sea', 'sqlite', 'test', 'test/reporters'];
const builtinSet = new Set(builtinNames);
const schemeOnlySet = new Set(schemeOnlyNames);
// Core names served by another internal module.
const builtinAliases = { 'path/posix': 'path', sys: 'util' };
const STAT_FILE = 0, STAT_DIR = 1;

function codedError(Ctor, code, message, props) {
  const err = new Ctor(message);
  err.code = code;
  if (props) Object.assign(err, props);
  return err;
}

// ---- Module objects ----

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = [];
  Object.defineProperty(this, 'parent', { value: parent, writable: true, enumerable: false, configurable: true });
  if (parent && parent.children) parent.children.push(this);
}

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.builtinModules = builtinNames.slice();
Module.globalPaths = [];
Module.isBuiltin = (name) => {
  const n = String(name);
  return n.startsWith('node:') ? builtinSet.has(n.slice(5)) || schemeOnlySet.has(n.slice(5)) : builtinSet.has(n);
};
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];
Module.syncBuiltinESMExports = () => {};
Module.Module = Module;

// $HOME/.node_modules, $HOME/.node_libraries, <prefix>/lib/node and NODE_PATH, as Node sets them.
Module._initPaths = function () {
  const env = internalBinding.process ? internalBinding.process.env : internalBinding.config.env;
  const paths = [path.resolve(internalBinding.config.execPath, '..', '..', 'lib', 'node')];
  if (env.HOME) paths.unshift(path.resolve(env.HOME, '.node_libraries'), path.resolve(env.HOME, '.node_modules'));
  if (env.NODE_PATH) {
    paths.unshift(...env.NODE_PATH.split(path.delimiter).filter(Boolean).map((p) => path.resolve(p)));
  }
  // The embedder's module search paths (NodeRuntime.Builder.modulePaths) come before all of these.
  const embedderPaths = internalBinding.config.modulePaths || [];
  if (embedderPaths.length) paths.unshift(...embedderPaths);
  Module.globalPaths = paths;
};
Module._initPaths();

function loadBuiltin(request) {
  const scheme = request.startsWith('node:');
  const id = scheme ? request.slice(5) : request;
  if (!(builtinSet.has(id) || (scheme && schemeOnlySet.has(id)))) {
    throw codedError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: ' + request);
  }
  if (id === 'module') return Module;
  if (id === 'process') return internalBinding.process;
  const internalName = builtinAliases[id] || id;
  try {
    return internalBinding.internalRequire(internalName);
  } catch (e) {
    if (e && e.code === 'MODULE_NOT_FOUND' && e.message === "Cannot find module '" + internalName + "'") {
      throw codedError(Error, 'ERR_NAPI_HOST_UNSUPPORTED_MODULE',
        "napi-host does not implement the Node.js core module '" + id + "' yet");
    }
    throw e;
  }
}

// ---- file system probes ----

function stat(p) {
  return host.statKind(p);
}

function toRealPath(p) {
  return host.realpathOrSelf(p);
}

function tryFile(p) {
  return stat(p) === STAT_FILE ? toRealPath(p) : false;
}

function tryExtensions(base) {
  for (const ext of Object.keys(Module._extensions)) {
    const f = tryFile(base + ext);
    if (f) return f;
  }
  return false;
}

// package.json contents by directory; null when there is none.
const packageJsonCache = new Map();
function readPackage(dir) {
  const file = path.join(dir, 'package.json');
  if (packageJsonCache.has(file)) return packageJsonCache.get(file);
  let result = null;
  if (stat(file) === STAT_FILE) {
    const text = host.readFileUtf8(file);
    try {
      result = JSON.parse(text);
    } catch (e) {
      throw codedError(Error, 'ERR_INVALID_PACKAGE_CONFIG', 'Invalid package config ' + file + '.', { path: file });
    }
    if (result === null || typeof result !== 'object') result = {};
  }
  packageJsonCache.set(file, result);
  return result;
}

// The package a file belongs to: the nearest package.json above it, not crossing node_modules.
function packageScope(filename) {
  let dir = path.dirname(filename);
  for (;;) {
    if (path.basename(dir) === 'node_modules') return null;
    const pkg = readPackage(dir);
    if (pkg) return { dir, pkg };
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

// ---- directories and "main" ----

function tryPackage(dir, request) {
  const pkg = readPackage(dir);
  const main = pkg && typeof pkg.main === 'string' && pkg.main !== '' ? pkg.main : undefined;
  if (main === undefined) return tryExtensions(path.resolve(dir, 'index'));
  const target = path.resolve(dir, main);
  const found = tryFile(target) || tryExtensions(target) || tryExtensions(path.resolve(target, 'index'));
  if (found) return found;
  const index = tryExtensions(path.resolve(dir, 'index'));
  if (index) {
    internalBinding.process.emitWarning("Invalid 'main' field in '" + path.join(dir, 'package.json') + "' of '" + main +
      "'. Please either fix that or report it to the module author", 'DeprecationWarning', 'DEP0128');
    return index;
  }
  throw codedError(Error, 'MODULE_NOT_FOUND', "Cannot find module '" + target +
    "'. Please verify that the package.json has a valid \"main\" entry", { path: path.join(dir, 'package.json'), requestPath: request });
}

// LOAD_AS_FILE then LOAD_AS_DIRECTORY for one candidate path.
function loadAsFileOrDirectory(base, request) {
  const trailingSlash = request.endsWith('/') || request === '.' || request === '..' || request.endsWith('/.') || request.endsWith('/..');
  const kind = stat(base);
  if (!trailingSlash) {
    if (kind === STAT_FILE) return toRealPath(base);
    const f = tryExtensions(base);
    if (f) return f;
  }
  if (kind === STAT_DIR) return tryPackage(base, request);
  return false;
}

function nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  const parts = from.split('/');
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/');
    paths.push(dir === '' ? '/node_modules' : dir + '/node_modules');
  }
  return paths;
}
Module._nodeModulePaths = nodeModulePaths;

// ---- "exports" and "imports" (PACKAGE_EXPORTS_RESOLVE / PACKAGE_IMPORTS_RESOLVE) ----

const cjsConditions = new Set(['require', 'node', 'node-addons', 'default']);
// The conditions "exports"/"imports" targets are matched against; the ES module loader swaps in
// its own set ("import" instead of "require") while it reuses this resolver (withConditions).
let activeConditions = cjsConditions;

function withConditions(conditions, fn) {
  const saved = activeConditions;
  activeConditions = conditions;
  try {
    return fn();
  } finally {
    activeConditions = saved;
  }
}

function pkgJsonPath(pkgDir) {
  return path.join(pkgDir, 'package.json');
}

function invalidTarget(pkgDir, key, target, isImports) {
  const what = isImports ? 'imports' : 'exports';
  return codedError(Error, 'ERR_INVALID_PACKAGE_TARGET', 'Invalid "' + what + '" target ' + JSON.stringify(target) +
    ' defined for \'' + key + "' in the package config " + pkgJsonPath(pkgDir) +
    (!isImports && typeof target === 'string' && target !== '' && !target.startsWith('./') ? '; targets must start with "./"' : ''));
}

// A target's segments after "./" may not climb out of the package or reach into node_modules.
function hasInvalidSegment(s) {
  return s.split(/[/\\]/).some((seg) => seg === '..' || seg === '.' || seg.toLowerCase() === 'node_modules' || seg === '');
}

function resolveTarget(pkgDir, key, target, patternMatch, isImports) {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) {
      if (isImports && !target.startsWith('../') && !target.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(target)) {
        // An import mapped to a package: resolve it from the package's own directory.
        const spec = patternMatch !== null ? target.split('*').join(patternMatch) : target;
        return Module._resolveFilename(spec, fakeModuleAt(path.join(pkgDir, 'package.json')), false);
      }
      throw invalidTarget(pkgDir, key, target, isImports);
    }
    if (hasInvalidSegment(target.slice(2))) throw invalidTarget(pkgDir, key, target, isImports);
    if (patternMatch === null) return path.resolve(pkgDir, target);
    if (hasInvalidSegment(patternMatch)) {
      throw codedError(TypeError, 'ERR_INVALID_MODULE_SPECIFIER', 'Invalid module "' + key.replace('*', patternMatch) +
        '" request is not a valid match in pattern "' + key + '" for the "' + (isImports ? 'imports' : 'exports') +
        '" resolution of ' + pkgJsonPath(pkgDir));
    }
    return path.resolve(pkgDir, target.split('*').join(patternMatch));
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastError;
    for (const t of target) {
      let r;
      try {
        r = resolveTarget(pkgDir, key, t, patternMatch, isImports);
      } catch (e) {
        lastError = e;
        if (e.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw e;
      }
      if (r === undefined) continue;
      if (r === null) {
        lastError = null;
        continue;
      }
      return r;
    }
    if (lastError === undefined || lastError === null) return lastError;
    throw lastError;
  }
  if (target !== null && typeof target === 'object') {
    for (const cond of Object.keys(target)) {
      if (/^\d+$/.test(cond)) {
        throw codedError(Error, 'ERR_INVALID_PACKAGE_CONFIG', 'Invalid package config ' + pkgJsonPath(pkgDir) +
          '. "exports" cannot contain numeric property keys.');
      }
    }
    for (const cond of Object.keys(target)) {
      if (!activeConditions.has(cond)) continue;
      const r = resolveTarget(pkgDir, key, target[cond], patternMatch, isImports);
      if (r === undefined) continue;
      return r;
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidTarget(pkgDir, key, target, isImports);
}

// Longer fixed prefix first, then the longer key: the most specific pattern wins.
function comparePatternKeys(a, b) {
  const aStar = a.indexOf('*');
  const bStar = b.indexOf('*');
  const aBase = aStar === -1 ? a.length : aStar + 1;
  const bBase = bStar === -1 ? b.length : bStar + 1;
  if (aBase !== bBase) return bBase - aBase;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  return b.length - a.length;
}

// Looks matchKey up in an "exports" subpath map or an "imports" map; undefined when no key matches.
function resolveInMap(pkgDir, matchKey, map, isImports) {
  if (Object.prototype.hasOwnProperty.call(map, matchKey) && !matchKey.includes('*')) {
    return resolveTarget(pkgDir, matchKey, map[matchKey], null, isImports);
  }
  const patterns = Object.keys(map).filter((k) => k.indexOf('*') !== -1 && k.indexOf('*') === k.lastIndexOf('*'));
  patterns.sort(comparePatternKeys);
  for (const key of patterns) {
    const star = key.indexOf('*');
    const prefix = key.slice(0, star);
    const suffix = key.slice(star + 1);
    if (matchKey.startsWith(prefix) && matchKey !== prefix &&
        (suffix === '' || (matchKey.endsWith(suffix) && matchKey.length >= key.length))) {
      const match = matchKey.slice(prefix.length, matchKey.length - suffix.length);
      return resolveTarget(pkgDir, key, map[key], match, isImports);
    }
  }
  return undefined;
}

function notExported(pkgDir, subpath) {
  const message = subpath === '.'
    ? 'No "exports" main defined in ' + pkgJsonPath(pkgDir)
    : "Package subpath '" + subpath + "' is not defined by \"exports\" in " + pkgJsonPath(pkgDir);
  return codedError(Error, 'ERR_PACKAGE_PATH_NOT_EXPORTED', message);
}

// The file "exports" maps subpath ('.' or './x') to; it must exist (no extension guessing).
function resolveExports(pkgDir, exports, subpath) {
  let map = exports;
  const isObject = exports !== null && typeof exports === 'object' && !Array.isArray(exports);
  if (isObject) {
    const keys = Object.keys(exports);
    const dotted = keys.filter((k) => k.startsWith('.'));
    if (dotted.length !== 0 && dotted.length !== keys.length) {
      throw codedError(Error, 'ERR_INVALID_PACKAGE_CONFIG', 'Invalid package config ' + pkgJsonPath(pkgDir) +
        ". \"exports\" cannot contain some keys starting with '.' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only.");
    }
    if (dotted.length === 0) map = { '.': exports };
  } else {
    map = { '.': exports };
  }
  const target = resolveInMap(pkgDir, subpath, map, false);
  if (target === null || target === undefined) throw notExported(pkgDir, subpath);
  const found = tryFile(target);
  if (found) return found;
  throw codedError(Error, 'MODULE_NOT_FOUND', "Cannot find module '" + target + "'", { path: pkgJsonPath(pkgDir) });
}

function resolveImports(request, parentFile) {
  if (request === '#' || request.startsWith('#/') || request.endsWith('/')) {
    throw codedError(TypeError, 'ERR_INVALID_MODULE_SPECIFIER', 'Invalid module "' + request +
      '" is not a valid internal imports specifier name imported from ' + parentFile);
  }
  const scope = packageScope(parentFile);
  if (scope && scope.pkg.imports !== null && typeof scope.pkg.imports === 'object') {
    const target = resolveInMap(scope.dir, request, scope.pkg.imports, true);
    if (target !== null && target !== undefined) {
      const found = tryFile(target);
      if (found) return found;
      throw codedError(Error, 'MODULE_NOT_FOUND', "Cannot find module '" + target + "'", { path: pkgJsonPath(scope.dir) });
    }
  }
  throw codedError(TypeError, 'ERR_PACKAGE_IMPORT_NOT_DEFINED', 'Package import specifier "' + request +
    '" is not defined' + (scope ? ' in package ' + pkgJsonPath(scope.dir) : '') + ' imported from ' + parentFile);
}

// LOAD_PACKAGE_SELF: code inside a package may require the package by its own name.
function resolveSelf(request, parentFile) {
  const scope = packageScope(parentFile);
  if (!scope) return false;
  const { pkg, dir } = scope;
  if (pkg.exports === undefined || pkg.exports === null || typeof pkg.name !== 'string') return false;
  if (request !== pkg.name && !request.startsWith(pkg.name + '/')) return false;
  return resolveExports(dir, pkg.exports, '.' + request.slice(pkg.name.length));
}

// A bare request's package name and subpath ('@scope/name/x' -> '@scope/name', './x').
const packageRequestPattern = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/;

function isRelative(request) {
  return request === '.' || request === '..' || request.startsWith('./') || request.startsWith('../');
}

// LOAD_NODE_MODULES (and absolute requests, with paths ['']).
Module._findPath = function (request, paths) {
  const absolute = path.isAbsolute(request);
  if (absolute) paths = [''];
  for (const dir of paths) {
    if (!absolute) {
      if (dir !== '' && stat(dir) !== STAT_DIR) continue;
      const m = packageRequestPattern.exec(request);
      if (m) {
        const pkgDir = path.resolve(dir, m[1]);
        const pkg = readPackage(pkgDir);
        if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
          return resolveExports(pkgDir, pkg.exports, '.' + (m[2] || ''));
        }
      }
    }
    const found = loadAsFileOrDirectory(path.resolve(dir, request), request);
    if (found) return found;
  }
  return false;
};

Module._resolveLookupPaths = function (request, parent) {
  if (Module.isBuiltin(request)) return null;
  if (!isRelative(request)) {
    const own = parent && parent.paths && parent.paths.length ? parent.paths : [];
    const all = own.concat(Module.globalPaths);
    return all.length > 0 ? all : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function fakeModuleAt(filename) {
  const m = new Module(filename, null);
  m.filename = filename;
  m.paths = nodeModulePaths(path.dirname(filename));
  return m;
}

function requireStackOf(parent) {
  const stack = [];
  for (let m = parent; m; m = m.parent) {
    stack.push(m.filename || m.id);
  }
  return stack;
}

Module._resolveFilename = function (request, parent, isMain, options) {
  if (request.startsWith('node:')) {
    if (!Module.isBuiltin(request)) throw codedError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: ' + request);
    return request;
  }
  if (builtinSet.has(request)) return request;

  let paths;
  if (options && options.paths !== undefined) {
    if (!Array.isArray(options.paths)) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The property 'options.paths' must be an Array. Received " +
        describe(options.paths).replace(/^type \w+ \((.*)\)$/, '$1'));
    }
    if (isRelative(request)) {
      paths = options.paths;
    } else {
      paths = [];
      for (const p of options.paths) {
        for (const candidate of nodeModulePaths(p).concat(Module.globalPaths)) {
          if (!paths.includes(candidate)) paths.push(candidate);
        }
      }
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent) || [];
  }

  if (request.startsWith('#') && parent && parent.filename) {
    const scope = packageScope(parent.filename);
    if (scope && scope.pkg.imports !== undefined && scope.pkg.imports !== null) {
      return resolveImports(request, parent.filename);
    }
  }

  const parentFile = parent && parent.filename ? parent.filename : path.join(host.cwd(), '[eval]');
  const self = resolveSelf(request, parentFile);
  if (self) return self;

  const found = Module._findPath(request, paths, isMain);
  if (found) return found;

  const requireStack = requireStackOf(parent);
  let message = "Cannot find module '" + request + "'";
  if (requireStack.length > 0) message += '\nRequire stack:\n- ' + requireStack.join('\n- ');
  throw codedError(Error, 'MODULE_NOT_FOUND', message, { requireStack });
};

// ---- loading ----

Module._load = function (request, parent, isMain) {
  if (request.startsWith('node:') || builtinSet.has(request)) {
    return loadBuiltin(request);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  if (filename.startsWith('node:') || builtinSet.has(filename)) return loadBuiltin(filename);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && parent.children && !parent.children.includes(cached)) parent.children.push(cached);
    return cached.exports;
  }
  const module = new Module(filename, parent);
  if (isMain) {
    module.id = '.';
    internalBinding.process.mainModule = module;
    mainModule = module;
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent && parent.children) {
        const i = parent.children.indexOf(module);
        if (i >= 0) parent.children.splice(i, 1);
      }
    }
  }
  return module.exports;
};

// '.test.js' is handled by '.js' unless '.test.js' itself is registered: the longest match wins.
function extensionFor(filename) {
  const base = path.basename(filename);
  let dot = 0;
  while ((dot = base.indexOf('.', dot + 1)) !== -1) {
    const ext = base.slice(dot);
    if (Module._extensions[ext]) return ext;
  }
  return '.js';
}

Module.prototype.load = function (filename) {
  this.filename = filename;
  this.paths = nodeModulePaths(path.dirname(filename));
  Module._extensions[extensionFor(filename)](this, filename);
  this.loaded = true;
};

Module.prototype.require = function (id) {
  if (typeof id !== 'string') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "id" argument must be of type string. Received ' +
      describe(id));
  }
  if (id === '') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'id' must be a non-empty string. Received ''");
  }
  return Module._load(id, this, false);
};

const wrapperParams = 'exports, require, module, __filename, __dirname';
// HostBindings.compileFunction puts "(function (<params>) {" in front of line 1: columns on that
// line, and every source position, are off by this much (error.stack shows them as they are; the
// CallSite methods correct them for the files in wrappedFiles, see internal/globals).
const wrapperPrefixLength = '(function ('.length + wrapperParams.length + ') {'.length;
const wrappedFiles = new Set();

Module.prototype._compile = function (content, filename) {
  const fn = host.compileFunction(content, filename, wrapperParams);
  wrappedFiles.add(filename);
  const require = makeRequire(this);
  return fn.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
};

Module._extensions['.js'] = function (module, filename) {
  module._compile(host.readFileUtf8(filename), filename);
};

Module._extensions['.json'] = function (module, filename) {
  const content = host.readFileUtf8(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  } catch (e) {
    e.message = filename + ': ' + e.message;
    throw e;
  }
};

Module._extensions['.node'] = function (module, filename) {
  return dlopen(module, filename);
};

// process.dlopen: runs the addon's registration with module.exports as `exports`.
function dlopen(module, filename) {
  if (module === null || typeof module !== 'object') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "module" argument must be an object');
  }
  if (module.exports === undefined) module.exports = {};
  const exports = module.exports;
  const result = napi.withFrame(() => {
    const slot = napi.push(exports);
    const r = host.loadAddon(String(filename), slot);
    if (typeof r === 'string') throw codedError(Error, 'ERR_DLOPEN_FAILED', r);
    if (r < 0) throw napi.takePending();
    return r === 0 ? exports : napi.get(r);
  });
  if (result !== exports && result !== undefined) module.exports = result;
}

let mainModule;

function makeRequire(mod) {
  const require = function require(id) {
    return mod.require(id);
  };
  require.resolve = function resolve(request, options) {
    if (typeof request !== 'string') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "request" argument must be of type string. Received ' +
        describe(request));
    }
    return Module._resolveFilename(request, mod, false, options);
  };
  require.resolve.paths = function paths(request) {
    if (typeof request !== 'string') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "request" argument must be of type string. Received ' +
        describe(request));
    }
    if (request.startsWith('node:') && Module.isBuiltin(request)) return null;
    return Module._resolveLookupPaths(request, mod);
  };
  require.main = mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

// 'file:///a/b%20c.js' -> '/a/b c.js'; null for a URL that names no local file.
function filePathOfUrl(href) {
  const m = /^file:(?:\/\/(localhost)?|\/\/)?(\/[^?#]*)/i.exec(href);
  if (!m || /%2f/i.test(m[2])) return null;
  return decodeURIComponent(m[2]);
}

Module.createRequire = function createRequire(filename) {
  let f = filename;
  if (f !== null && typeof f === 'object' && typeof f.href === 'string') f = f.href;
  let valid = typeof f === 'string';
  if (valid && f.startsWith('file:')) {
    f = filePathOfUrl(f);
    valid = f !== null;
  } else if (valid && !path.isAbsolute(f)) {
    valid = false;
  }
  if (!valid) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received " +
      (typeof filename === 'string' ? "'" + filename + "'" : describe(filename)));
  }
  // A directory ('/a/b/') stands for a file inside it.
  const file = f.endsWith('/') ? path.join(f, 'noop.js') : f;
  return makeRequire(fakeModuleAt(file));
};

Module.runMain = function (main = internalBinding.process.argv[1]) {
  return Module._load(path.resolve(main), null, true);
};

// The main script: Node resolves it like a require from nowhere, so 'x' finds ./x.js too.
function runMain(filename) {
  Module._load(path.resolve(filename), null, true);
}

// node -e / -p: the code runs as a script with require, module, __filename ('[eval]') in scope.
function evalScript(code) {
  const m = new Module('[eval]', null);
  m.filename = path.join(host.cwd(), '[eval]');
  m.paths = nodeModulePaths(host.cwd());
  const scope = { require: makeRequire(m), module: m, exports: m.exports, __filename: '[eval]', __dirname: '.' };
  for (const k of Object.keys(scope)) {
    Object.defineProperty(globalThis, k, { value: scope[k], writable: true, configurable: true, enumerable: false });
  }
  return host.evalScript(code, '[eval]');
}

module.exports = {
  Module, runMain, evalScript, dlopen, loadBuiltin, wrapperPrefixLength, wrappedFiles,
  // For the ES module loader (internal/modules/esm): the same resolution steps, other conditions.
  withConditions, readPackage, packageScope, resolveExports, resolveImports, resolveSelf, tryPackage,
  loadAsFileOrDirectory, nodeModulePaths, packageRequestPattern, isRelative, stat, toRealPath, codedError,
  filePathOfUrl, fakeModuleAt, STAT_FILE, STAT_DIR,
};

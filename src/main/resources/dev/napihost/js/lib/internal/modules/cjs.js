'use strict';
// The CommonJS loader with Node's resolution algorithm: relative/absolute paths, .js/.json/.node,
// package.json "main" and "exports", node_modules lookup, require.cache, createRequire, cycles.
const { host, napi } = internalBinding;
const path = require('path');

const builtinNames = [
  'assert', 'assert/strict', 'async_hooks', 'buffer', 'child_process', 'cluster', 'console', 'constants',
  'crypto', 'dgram', 'diagnostics_channel', 'dns', 'dns/promises', 'domain', 'events', 'fs', 'fs/promises',
  'http', 'http2', 'https', 'inspector', 'module', 'net', 'os', 'path', 'path/posix', 'path/win32',
  'perf_hooks', 'process', 'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream',
  'stream/consumers', 'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers', 'timers/promises',
  'tls', 'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi', 'worker_threads', 'zlib',
];
const builtinSet = new Set(builtinNames);
const STAT_FILE = 0, STAT_DIR = 1;

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
  return builtinSet.has(n.startsWith('node:') ? n.slice(5) : n);
};
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];
Module.Module = Module;

function loadBuiltin(name) {
  const id = name.startsWith('node:') ? name.slice(5) : name;
  if (id === 'module') return Module;
  if (id === 'process') return internalBinding.process;
  if (!builtinSet.has(id)) {
    const err = new Error('No such built-in module: ' + name);
    err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    throw err;
  }
  try {
    return internalBinding.internalRequire(id);
  } catch (e) {
    if (e && e.code === 'MODULE_NOT_FOUND' && e.message.indexOf("'" + id + "'") >= 0) {
      const err = new Error("napi-host does not implement the Node.js core module '" + id + "' yet");
      err.code = 'ERR_NAPI_HOST_UNSUPPORTED_MODULE';
      throw err;
    }
    throw e;
  }
}

// ---- resolution ----

function stat(p) {
  return host.statKind(p);
}

const packageJsonCache = new Map();
function readPackage(dir) {
  const file = path.join(dir, 'package.json');
  if (packageJsonCache.has(file)) return packageJsonCache.get(file);
  let result = null;
  if (stat(file) === STAT_FILE) {
    try {
      result = JSON.parse(host.readFileUtf8(file));
    } catch (e) {
      const err = new Error('Invalid package config ' + file + ': ' + e.message);
      err.code = 'ERR_INVALID_PACKAGE_CONFIG';
      throw err;
    }
  }
  packageJsonCache.set(file, result);
  return result;
}

function toRealPath(p) {
  return host.realpathOrSelf(p);
}

function tryFile(p) {
  return stat(p) === STAT_FILE ? toRealPath(p) : false;
}

function tryExtensions(p) {
  for (const ext of Object.keys(Module._extensions)) {
    const f = tryFile(p + ext);
    if (f) return f;
  }
  return false;
}

function tryPackage(dir) {
  const pkg = readPackage(dir);
  const main = pkg && typeof pkg.main === 'string' ? pkg.main : undefined;
  if (main) {
    const m = path.resolve(dir, main);
    const found = tryFile(m) || tryExtensions(m) || tryExtensions(path.join(m, 'index'));
    if (found) return found;
  }
  return tryExtensions(path.join(dir, 'index'));
}

function loadAsFileOrDirectory(p) {
  const s = stat(p);
  if (s === STAT_FILE) return toRealPath(p);
  const f = tryExtensions(p);
  if (f) return f;
  if (s === STAT_DIR || stat(p) === STAT_DIR) return tryPackage(p);
  return false;
}

function nodeModulePaths(from) {
  from = path.resolve(from);
  const paths = [];
  const parts = from.split('/');
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/') || '/';
    paths.push(dir === '/' ? '/node_modules' : dir + '/node_modules');
  }
  return paths;
}
Module._nodeModulePaths = nodeModulePaths;

const conditions = ['node', 'require', 'module-sync', 'default'];

function invalidTarget(pkgDir, subpath, target) {
  const err = new Error('Invalid "exports" target ' + JSON.stringify(target) + ' defined for \'' + subpath + "' in the package config " + path.join(pkgDir, 'package.json'));
  err.code = 'ERR_INVALID_PACKAGE_TARGET';
  return err;
}

function resolveTarget(pkgDir, target, subpath, pattern) {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) throw invalidTarget(pkgDir, subpath, target);
    const t = pattern !== undefined ? target.split('*').join(pattern) : target;
    return path.resolve(pkgDir, t);
  }
  if (Array.isArray(target)) {
    for (const t of target) {
      try {
        const r = resolveTarget(pkgDir, t, subpath, pattern);
        if (r !== null && r !== undefined) return r;
      } catch (e) {
        if (e.code !== 'ERR_INVALID_PACKAGE_TARGET') throw e;
      }
    }
    return null;
  }
  if (target !== null && typeof target === 'object') {
    for (const key of Object.keys(target)) {
      if (conditions.includes(key)) {
        const r = resolveTarget(pkgDir, target[key], subpath, pattern);
        if (r !== undefined) return r;
      }
    }
    return undefined;
  }
  return null;
}

function resolveExports(pkgDir, exports, subpath) {
  // subpath is '.' or './x'
  if (typeof exports === 'string' || Array.isArray(exports) ||
      (exports !== null && typeof exports === 'object' && !Object.keys(exports).some((k) => k.startsWith('.')))) {
    exports = { '.': exports };
  }
  if (Object.prototype.hasOwnProperty.call(exports, subpath) && !subpath.includes('*')) {
    const r = resolveTarget(pkgDir, exports[subpath], subpath);
    if (r) return r;
  } else {
    let best = null;
    let bestKey = '';
    for (const key of Object.keys(exports)) {
      const star = key.indexOf('*');
      if (star < 0) continue;
      const prefix = key.slice(0, star);
      const suffix = key.slice(star + 1);
      if (subpath.startsWith(prefix) && subpath.length >= key.length && subpath.endsWith(suffix) && key.length > bestKey.length) {
        best = subpath.slice(prefix.length, subpath.length - suffix.length);
        bestKey = key;
      }
    }
    if (bestKey) {
      const r = resolveTarget(pkgDir, exports[bestKey], subpath, best);
      if (r) return r;
    }
  }
  const err = new Error((subpath === '.' ? 'No "exports" main defined' : "Package subpath '" + subpath + "' is not defined by \"exports\"") + ' in ' + path.join(pkgDir, 'package.json'));
  err.code = 'ERR_PACKAGE_PATH_NOT_EXPORTED';
  throw err;
}

function splitPackageName(request) {
  const parts = request.split('/');
  const name = request.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  const rest = request.slice(name.length);
  return { name, subpath: '.' + rest };
}

function resolveInNodeModules(request, paths) {
  const { name, subpath } = splitPackageName(request);
  for (const dir of paths) {
    if (stat(dir) !== STAT_DIR) continue;
    const pkgDir = path.join(dir, name);
    const pkg = stat(pkgDir) === STAT_DIR ? readPackage(pkgDir) : null;
    if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
      const target = resolveExports(pkgDir, pkg.exports, subpath);
      const f = tryFile(target);
      if (f) return f;
      const err = new Error("Cannot find module '" + target + "'");
      err.code = 'MODULE_NOT_FOUND';
      throw err;
    }
    const found = loadAsFileOrDirectory(path.join(dir, request));
    if (found) return found;
  }
  return false;
}

function resolveSelf(request, fromDir) {
  // LOAD_PACKAGE_SELF: a package may require itself by name through its "exports".
  let dir = fromDir;
  for (;;) {
    const pkg = readPackage(dir);
    if (pkg) {
      if (pkg.exports !== undefined && pkg.exports !== null && typeof pkg.name === 'string' &&
          (request === pkg.name || request.startsWith(pkg.name + '/'))) {
        const target = resolveExports(dir, pkg.exports, '.' + request.slice(pkg.name.length));
        return tryFile(target);
      }
      return false;
    }
    const up = path.dirname(dir);
    if (up === dir) return false;
    dir = up;
  }
}

Module._resolveFilename = function (request, parent, isMain, options) {
  if (Module.isBuiltin(request) || request.startsWith('node:')) return request;
  const fromDir = parent && parent.filename ? path.dirname(parent.filename) : host.cwd();
  let found = false;
  if (request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..' || request.startsWith('/')) {
    const base = options && options.paths ? options.paths : [fromDir];
    for (const b of base) {
      found = loadAsFileOrDirectory(path.resolve(b, request));
      if (found) break;
    }
  } else {
    found = resolveSelf(request, fromDir);
    if (!found) {
      let paths;
      if (options && options.paths) {
        paths = [];
        for (const p of options.paths) paths.push(...nodeModulePaths(p));
      } else {
        paths = (parent && parent.paths && parent.paths.length ? parent.paths : nodeModulePaths(fromDir)).concat(Module.globalPaths);
      }
      found = resolveInNodeModules(request, paths);
    }
  }
  if (found) return found;
  const requireStack = [];
  for (let m = parent; m; m = m.parent) {
    if (m.filename) requireStack.push(m.filename);
  }
  let message = "Cannot find module '" + request + "'";
  if (requireStack.length > 0) message += '\nRequire stack:\n- ' + requireStack.join('\n- ');
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

// ---- loading ----

Module._load = function (request, parent, isMain) {
  if (request.startsWith('node:') || (Module.isBuiltin(request) && !(parent && hasLocalOverride(request)))) {
    return loadBuiltin(request);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && parent.children && !parent.children.includes(cached)) parent.children.push(cached);
    return cached.exports;
  }
  const module = new Module(filename, parent);
  if (isMain) {
    module.id = '.';
    internalBinding.process.mainModule = module;
    requireFn.main = module;
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

function hasLocalOverride() {
  return false;
}

Module.prototype.load = function (filename) {
  this.filename = filename;
  this.paths = nodeModulePaths(path.dirname(filename));
  const base = path.basename(filename);
  let ext = path.extname(filename);
  if (!Module._extensions[ext] || (ext === '' && base.startsWith('.'))) ext = '.js';
  Module._extensions[ext](this, filename);
  this.loaded = true;
};

Module.prototype.require = function (id) {
  if (typeof id !== 'string') {
    const err = new TypeError('The "id" argument must be of type string. Received ' + require('internal/timers').describe(id));
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  if (id === '') {
    const err = new TypeError("The argument 'id' must be a non-empty string. Received ''");
    err.code = 'ERR_INVALID_ARG_VALUE';
    throw err;
  }
  return Module._load(id, this, false);
};

Module.prototype._compile = function (content, filename) {
  const fn = host.compileFunction(content, filename, 'exports, require, module, __filename, __dirname');
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
  return dlopen(module, path.toNamespacedPath ? path.toNamespacedPath(filename) : filename);
};

// process.dlopen: runs the addon's registration with module.exports as `exports`.
function dlopen(module, filename) {
  if (module === null || typeof module !== 'object') {
    const err = new TypeError('The "module" argument must be an object');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  if (module.exports === undefined) module.exports = {};
  const exports = module.exports;
  const result = napi.withFrame(() => {
    const slot = napi.push(exports);
    const r = host.loadAddon(String(filename), slot);
    if (typeof r === 'string') {
      const err = new Error(r);
      err.code = 'ERR_DLOPEN_FAILED';
      throw err;
    }
    if (r < 0) throw napi.takePending();
    return r === 0 ? exports : napi.get(r);
  });
  if (result !== exports && result !== undefined) module.exports = result;
}

function makeRequire(mod) {
  const require = function require(id) {
    return mod.require(id);
  };
  require.resolve = function resolve(request, options) {
    if (typeof request !== 'string') {
      const err = new TypeError('The "request" argument must be of type string');
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    return Module._resolveFilename(request, mod, false, options);
  };
  require.resolve.paths = function paths(request) {
    if (Module.isBuiltin(request)) return null;
    if (request.startsWith('./') || request.startsWith('../') || request.startsWith('/')) return [mod.filename ? path.dirname(mod.filename) : host.cwd()];
    return nodeModulePaths(mod.filename ? path.dirname(mod.filename) : host.cwd());
  };
  require.main = requireFn.main;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

const requireFn = { main: undefined };

Module.createRequire = function createRequire(filename) {
  let f = filename;
  if (typeof f === 'object' && f !== null && typeof f.href === 'string') f = f.href;
  if (typeof f !== 'string') {
    const err = new TypeError('The argument \'filename\' must be a file URL object, file URL string, or absolute path string. Received ' + String(filename));
    err.code = 'ERR_INVALID_ARG_VALUE';
    throw err;
  }
  if (f.startsWith('file://')) f = decodeURIComponent(f.slice(7));
  const isDir = f.endsWith('/');
  const m = new Module(isDir ? path.join(f, 'noop.js') : f, null);
  m.filename = isDir ? path.join(f, 'noop.js') : f;
  m.paths = nodeModulePaths(path.dirname(m.filename));
  return makeRequire(m);
};

Module.runMain = function (main) {
  return Module._load(main, null, true);
};

function runMain(filename) {
  Module._load(filename, null, true);
}

// node -e / -p: code runs as a script with require, module, __filename ('[eval]') in scope.
function evalScript(code) {
  const m = new Module('[eval]', null);
  m.filename = path.join(host.cwd(), '[eval]');
  m.paths = nodeModulePaths(host.cwd());
  const req = makeRequire(m);
  const saved = {};
  const scope = { require: req, module: m, exports: m.exports, __filename: '[eval]', __dirname: '.' };
  for (const k of Object.keys(scope)) {
    saved[k] = Object.getOwnPropertyDescriptor(globalThis, k);
    Object.defineProperty(globalThis, k, { value: scope[k], writable: true, configurable: true, enumerable: false });
  }
  return host.evalScript(code, '[eval]');
}

module.exports = { Module, runMain, evalScript, dlopen, loadBuiltin };

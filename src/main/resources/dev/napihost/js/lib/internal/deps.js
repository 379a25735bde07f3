'use strict';
// Loads the npm packages napi-host bundles as core modules (jsdeps/Makefile fetches pinned versions
// at build time into lib/internal/deps/<package>/). Each file runs as a CommonJS module; its
// `require` resolves relative paths inside the bundle, other bundled packages by name, and core
// names to napi-host's own core modules, as Node's loader would give core modules priority.
const path = require('path');

// Entry files of the bundled packages (pinned versions, so their "main" is known).
const packageMains = {
  'readable-stream': 'lib/ours/index',
  string_decoder: 'lib/string_decoder',
  'safe-buffer': 'index',
};
// Requests the bundled code makes that name a core module in a form Node's loader would send to
// the npm package of the same name ('process/', 'string_decoder/'): ours serve them.
const coreAliases = { 'process/': 'process', 'string_decoder/': 'string_decoder' };

const cache = new Map();

function loadCore(name) {
  return internalBinding.internalRequire('internal/modules/cjs').loadBuiltin(name);
}

// 'internal/deps/readable-stream/lib/stream' for a file; null when the bundle has no such file.
function load(id) {
  const cached = cache.get(id);
  if (cached) return cached.exports;
  const fn = internalBinding.host.compileInternal(id);
  if (fn === null || fn === undefined) return null;
  const module = { exports: {}, id };
  cache.set(id, module);
  const dir = path.dirname(id);
  const requireFromHere = (request) => resolveAndLoad(request, dir);
  fn.call(module.exports, module.exports, requireFromHere, module, undefined);
  return module.exports;
}

function notFound(request, from) {
  const err = new Error("Cannot find module '" + request + "' (bundled package code in " + from + ')');
  err.code = 'MODULE_NOT_FOUND';
  return err;
}

function resolveAndLoad(request, dir) {
  if (request.startsWith('./') || request.startsWith('../')) {
    const base = path.join(dir, request).replace(/\.js$/, '');
    for (const candidate of [base, base + '/index']) {
      const loaded = cache.has(candidate) ? cache.get(candidate).exports : load(candidate);
      if (loaded !== null) return loaded;
    }
    throw notFound(request, dir);
  }
  if (coreAliases[request]) return loadCore(coreAliases[request]);
  const name = request.startsWith('@') ? request.split('/').slice(0, 2).join('/') : request.split('/')[0];
  if (packageMains[name] !== undefined) {
    const sub = request.slice(name.length + 1);
    const result = load('internal/deps/' + name + '/' + (sub ? sub.replace(/\.js$/, '') : packageMains[name]));
    if (result !== null) return result;
    throw notFound(request, dir);
  }
  return loadCore(request);
}

/** require() of a bundled package or one of its files: 'readable-stream', 'readable-stream/lib/stream'. */
function requireBundled(request) {
  return resolveAndLoad(request, 'internal/deps');
}

module.exports = { requireBundled };

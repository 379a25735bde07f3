'use strict';
// POSIX path functions (napi-host runs on Linux: path === path.posix).
function assertPath(p, name = 'path') {
  if (typeof p !== 'string') {
    const err = new TypeError('The "' + name + '" argument must be of type string. Received ' + require('internal/timers').describe(p));
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
}

function normalizeString(p, allowAboveRoot) {
  const out = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
    } else {
      out.push(seg);
    }
  }
  return out.join('/');
}

// The length of p without its trailing slashes.
function trimTrailingSlashes(p) {
  let end = p.length;
  while (end > 0 && p.charCodeAt(end - 1) === 47) end--;
  return end;
}

// A base name's extension: from its last dot, unless the dot leads the name ('.bashrc') or the
// name is '..'.
function extensionOf(base) {
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || base === '..') return '';
  return base.slice(dot);
}

const posix = {
  sep: '/',
  delimiter: ':',
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const p = i >= 0 ? args[i] : internalBinding.host.cwd();
      assertPath(p, 'paths[' + i + ']');
      if (p.length === 0) continue;
      resolved = p + '/' + resolved;
      absolute = p.charCodeAt(0) === 47;
    }
    resolved = normalizeString(resolved, !absolute);
    if (absolute) return '/' + resolved;
    return resolved.length > 0 ? resolved : '.';
  },
  normalize(p) {
    assertPath(p);
    if (p.length === 0) return '.';
    const absolute = p.charCodeAt(0) === 47;
    const trailing = p.charCodeAt(p.length - 1) === 47;
    let n = normalizeString(p, !absolute);
    if (n.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) n += '/';
    return absolute ? '/' + n : n;
  },
  isAbsolute(p) {
    assertPath(p);
    return p.length > 0 && p.charCodeAt(0) === 47;
  },
  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    for (let i = 0; i < args.length; i++) {
      assertPath(args[i]);
      if (args[i].length > 0) joined = joined === undefined ? args[i] : joined + '/' + args[i];
    }
    return joined === undefined ? '.' : posix.normalize(joined);
  },
  relative(from, to) {
    assertPath(from, 'from');
    assertPath(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const f = from === '/' ? [] : from.slice(1).split('/');
    const t = to === '/' ? [] : to.slice(1).split('/');
    let i = 0;
    while (i < f.length && i < t.length && f[i] === t[i]) i++;
    const up = f.slice(i).map(() => '..');
    return up.concat(t.slice(i)).join('/');
  },
  toNamespacedPath(p) {
    return p;
  },
  dirname(p) {
    assertPath(p);
    if (p.length === 0) return '.';
    const absolute = p.charCodeAt(0) === 47;
    let end = -1;
    let matchedSlash = true;
    for (let i = p.length - 1; i >= 1; --i) {
      if (p.charCodeAt(i) === 47) {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) return absolute ? '/' : '.';
    if (absolute && end === 1) return '//';
    return p.slice(0, end);
  },
  basename(p, suffix) {
    if (suffix !== undefined) assertPath(suffix, 'suffix');
    assertPath(p);
    const end = trimTrailingSlashes(p);
    if (end === 0) {
      // Node returns an all-slash path unchanged when a suffix no longer than it is given.
      return suffix !== undefined && suffix.length > 0 && suffix.length <= p.length && suffix !== p ? p : '';
    }
    const base = p.slice(p.lastIndexOf('/', end - 1) + 1, end);
    if (suffix !== undefined && suffix.length > 0 && base !== suffix && base.endsWith(suffix)) {
      return base.slice(0, base.length - suffix.length);
    }
    return base;
  },
  extname(p) {
    assertPath(p);
    return extensionOf(posix.basename(p));
  },
  parse(p) {
    assertPath(p);
    const result = { root: '', dir: '', base: '', ext: '', name: '' };
    if (p.length === 0) return result;
    const absolute = p.charCodeAt(0) === 47;
    if (absolute) result.root = '/';
    const end = trimTrailingSlashes(p);
    if (end === 0) {
      result.dir = '/';
      return result;
    }
    const slash = p.lastIndexOf('/', end - 1);
    result.base = p.slice(slash + 1, end);
    // Node's parse() (unlike extname()) gives '/..' the extension '.'; matched for compatibility.
    result.ext = slash === 0 && result.base === '..' ? '.' : extensionOf(result.base);
    result.name = result.base.slice(0, result.base.length - result.ext.length);
    // The separator before the base belongs to neither part, except a lone root '/'.
    result.dir = slash > 0 ? p.slice(0, slash) : result.root;
    return result;
  },
  format(obj) {
    if (obj === null || typeof obj !== 'object') {
      const err = new TypeError('The "pathObject" argument must be of type object. Received ' + require('internal/timers').describe(obj));
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    const dir = obj.dir || obj.root;
    const base = obj.base || ((obj.name || '') + (obj.ext ? (obj.ext[0] === '.' ? '' : '.') + obj.ext : ''));
    if (!dir) return base;
    return dir === obj.root ? dir + base : dir + '/' + base;
  },
  matchesGlob: undefined,
};
posix.posix = posix;
posix.win32 = null;
module.exports = posix;

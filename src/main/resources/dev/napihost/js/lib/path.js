'use strict';
// POSIX path functions (napi-host runs on Linux: path === path.posix).
function assertPath(p, name = 'path') {
  if (typeof p !== 'string') {
    const err = new TypeError('The "' + name + '" argument must be of type string. Received ' + (p === null ? 'null' : typeof p === 'object' ? 'an instance of ' + ((p.constructor && p.constructor.name) || 'Object') : 'type ' + typeof p + ' (' + String(p) + ')'));
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
    assertPath(p);
    if (suffix !== undefined) assertPath(suffix, 'suffix');
    let end = p.length;
    while (end > 0 && p.charCodeAt(end - 1) === 47) end--;
    if (end === 0) return '';
    let start = p.lastIndexOf('/', end - 1) + 1;
    let base = p.slice(start, end);
    if (suffix !== undefined && suffix.length > 0 && base !== suffix && base.endsWith(suffix)) {
      base = base.slice(0, base.length - suffix.length);
    }
    return base;
  },
  extname(p) {
    assertPath(p);
    const base = posix.basename(p);
    const dot = base.lastIndexOf('.');
    if (dot <= 0 || dot === base.length) {
      return dot === base.length - 1 && dot > 0 ? '.' : '';
    }
    return base.slice(dot);
  },
  parse(p) {
    assertPath(p);
    const root = p.charCodeAt(0) === 47 ? '/' : '';
    const base = posix.basename(p);
    const ext = posix.extname(p);
    let dir = posix.dirname(p);
    if (dir === '.' && !p.includes('/')) dir = '';
    return { root, dir, base, ext, name: ext ? base.slice(0, base.length - ext.length) : base };
  },
  format(obj) {
    if (obj === null || typeof obj !== 'object') {
      const err = new TypeError('The "pathObject" argument must be of type object. Received ' + String(obj));
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

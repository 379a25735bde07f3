'use strict';
// WHATWG URL and URLSearchParams (GraalJS has neither). Covers what programs use in practice:
// special schemes (http, https, ws, wss, ftp, file) with host/port/path normalisation, relative
// resolution against a base, opaque URLs (mailto:, data:), percent-encoding sets, and a
// searchParams object kept in sync with the URL. Not covered: IDNA/punycode hosts, IPv6
// compression, Windows drive-letter quirks of file: URLs.
const enc = require('internal/encoding');
const { inspect } = require('internal/inspect');

const specialPorts = { 'ftp:': '21', 'file:': '', 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443' };
const isSpecial = (protocol) => Object.prototype.hasOwnProperty.call(specialPorts, protocol);

function invalidUrl(input, base) {
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

// ---- percent-encoding ----

const C0 = (c) => c < 0x20 || c > 0x7e;
const fragmentSet = (c) => C0(c) || c === 0x20 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60;
const querySet = (c) => C0(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3c || c === 0x3e;
const specialQuerySet = (c) => querySet(c) || c === 0x27;
const pathSet = (c) => querySet(c) || c === 0x3f || c === 0x60 || c === 0x7b || c === 0x7d;
const userinfoSet = (c) => pathSet(c) || c === 0x2f || c === 0x3a || c === 0x3b || c === 0x3d || c === 0x40 ||
  (c >= 0x5b && c <= 0x5e) || c === 0x7c;
const hexByte = (b) => '%' + (b < 16 ? '0' : '') + b.toString(16).toUpperCase();

function percentEncode(text, inSet) {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out += inSet(c) ? hexByte(c) : text[i];
    } else {
      let ch = text[i];
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) ch += text[++i];
      for (const b of enc.utf8Encode(ch)) out += hexByte(b);
    }
  }
  return out;
}

function percentDecodeBytes(text) {
  const bytes = enc.utf8Encode(text);
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length + 0 && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
      out[n++] = parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16);
      i += 2;
    } else {
      out[n++] = b;
    }
  }
  return out.subarray(0, n);
}

function isHex(b) {
  return (b >= 48 && b <= 57) || (b >= 65 && b <= 70) || (b >= 97 && b <= 102);
}

function percentDecode(text) {
  const bytes = percentDecodeBytes(text);
  return enc.utf8Slice(bytes, 0, bytes.length, false);
}

// ---- hosts ----

function parseIPv4Number(part) {
  if (part === '') return NaN;
  let radix = 10;
  if (/^0[xX]/.test(part)) {
    part = part.slice(2);
    radix = 16;
  } else if (part.length > 1 && part[0] === '0') {
    part = part.slice(1);
    radix = 8;
  }
  if (part === '') return 0;
  const valid = radix === 16 ? /^[0-9a-fA-F]+$/ : radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
  return valid.test(part) ? parseInt(part, radix) : NaN;
}

function parseHost(input, special) {
  if (input.startsWith('[')) {
    if (!input.endsWith(']') || !/^\[[0-9a-fA-F:.]+\]$/.test(input)) return null;
    return input.toLowerCase();
  }
  if (!special) {
    if (/[\x00\t\n\r #/:<>?@[\\\]^|]/.test(input)) return null;
    return percentEncode(input, C0);
  }
  const domain = percentDecode(input).toLowerCase();
  if (domain === '' || /[\x00-\x20#%/:<>?@[\\\]^|\x7f]/.test(domain)) return null;
  // A host whose last label is numeric is an IPv4 address (any of the classic notations).
  const parts = domain.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  const last = parts[parts.length - 1];
  if (/^(0[xX][0-9a-fA-F]*|[0-9]+)$/.test(last)) {
    if (parts.length > 4) return null;
    const nums = parts.map(parseIPv4Number);
    if (nums.some(Number.isNaN)) return null;
    for (let i = 0; i < nums.length - 1; i++) if (nums[i] > 255) return null;
    if (nums[nums.length - 1] >= 256 ** (5 - nums.length)) return null;
    let ip = nums[nums.length - 1];
    for (let i = 0; i < nums.length - 1; i++) ip += nums[i] * 256 ** (3 - i);
    return [ip >>> 24, (ip >>> 16) & 255, (ip >>> 8) & 255, ip & 255].join('.');
  }
  return domain;
}

// ---- the parser ----

function normalizePath(segments, special) {
  const out = [];
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    const lower = seg.toLowerCase();
    const last = i === segments.length - 1;
    if (lower === '..' || lower === '.%2e' || lower === '%2e.' || lower === '%2e%2e') {
      if (out.length > 0) out.pop();
      if (last) out.push('');
    } else if (lower === '.' || lower === '%2e') {
      if (last) out.push('');
    } else {
      out.push(percentEncode(seg, pathSet));
    }
  }
  return out;
}

function splitTail(rest) {
  let fragment = null;
  let query = null;
  const h = rest.indexOf('#');
  if (h !== -1) {
    fragment = rest.slice(h + 1);
    rest = rest.slice(0, h);
  }
  const q = rest.indexOf('?');
  if (q !== -1) {
    query = rest.slice(q + 1);
    rest = rest.slice(0, q);
  }
  return [rest, query, fragment];
}

function parse(input, base) {
  // eslint-disable-next-line no-control-regex
  input = String(input).replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '').replace(/[\t\n\r]/g, '');
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(input);
  const r = { protocol: '', username: '', password: '', hostname: null, port: '', path: [], opaque: null, query: null, fragment: null };
  let rest;
  if (m) {
    r.protocol = m[1].toLowerCase() + ':';
    rest = input.slice(m[0].length);
    const special = isSpecial(r.protocol);
    if (special && base && base.protocol === r.protocol && !/^[/\\]/.test(rest)) {
      return parseRelative(rest, base, r);
    }
    if (special || rest.startsWith('//')) {
      if (r.protocol === 'file:' && /^[/\\]{2}/.test(rest)) return parseAuthorityAndPath(rest.slice(2), r, true);
      const slash = special ? /^[/\\]*/ : /^\/\//;
      rest = rest.replace(slash, '');
      if (r.protocol === 'file:') {
        // file:/path or file:path: no host.
        r.hostname = '';
        const [p, query, fragment] = splitTail(input.slice(m[0].length));
        r.path = normalizePath(p.replace(/^[/\\]+/, '').split(special ? /[/\\]/ : '/'), special);
        r.query = query;
        r.fragment = fragment;
        return finish(r);
      }
      return parseAuthorityAndPath(rest, r, special);
    }
    const [p, query, fragment] = splitTail(rest);
    if (p.startsWith('/')) {
      r.path = normalizePath(p.slice(1).split('/'), false);
    } else {
      r.opaque = percentEncode(p, C0);
    }
    r.query = query;
    r.fragment = fragment;
    return finish(r);
  }
  if (!base || (base.opaque !== null && !input.startsWith('#'))) return null;
  return parseRelative(input, base, r);
}

function parseAuthorityAndPath(rest, r, special) {
  const end = rest.search(special ? /[/\\?#]/ : /[/?#]/);
  let authority = end === -1 ? rest : rest.slice(0, end);
  rest = end === -1 ? '' : rest.slice(end);
  const at = authority.lastIndexOf('@');
  if (at !== -1) {
    const info = authority.slice(0, at);
    authority = authority.slice(at + 1);
    const colon = info.indexOf(':');
    r.username = percentEncode(colon === -1 ? info : info.slice(0, colon), userinfoSet);
    r.password = colon === -1 ? '' : percentEncode(info.slice(colon + 1), userinfoSet);
  }
  const portMatch = /:([^:\]]*)$/.exec(authority);
  let hostText = authority;
  if (portMatch) {
    hostText = authority.slice(0, portMatch.index);
    const portText = portMatch[1];
    if (portText !== '') {
      if (!/^[0-9]+$/.test(portText) || Number(portText) > 65535) return null;
      r.port = String(Number(portText));
      if (special && specialPorts[r.protocol] === r.port) r.port = '';
    }
  }
  if (hostText === '' && special && r.protocol !== 'file:') return null;
  const host = hostText === '' ? '' : parseHost(hostText, special);
  if (host === null) return null;
  r.hostname = r.protocol === 'file:' && host === 'localhost' ? '' : host;
  const [p, query, fragment] = splitTail(rest);
  const trimmed = p.replace(special ? /^[/\\]/ : /^\//, '');
  r.path = p === '' ? (special ? [''] : []) : normalizePath(trimmed.split(special ? /[/\\]/ : '/'), special);
  r.query = query;
  r.fragment = fragment;
  return finish(r);
}

function parseRelative(input, base, r) {
  const special = isSpecial(base.protocol);
  r.protocol = base.protocol;
  if (special ? /^[/\\]{2}/.test(input) : input.startsWith('//')) {
    return parseAuthorityAndPath(input.slice(2), r, special);
  }
  r.username = base.username;
  r.password = base.password;
  r.hostname = base.hostname;
  r.port = base.port;
  r.opaque = base.opaque;
  const [p, query, fragment] = splitTail(input);
  r.fragment = fragment;
  if (p === '') {
    r.path = base.path.slice();
    r.query = query !== null ? query : base.query;
    return finish(r);
  }
  r.query = query;
  if (special ? /^[/\\]/.test(p) : p.startsWith('/')) {
    r.path = normalizePath(p.slice(1).split(special ? /[/\\]/ : '/'), special);
  } else {
    const merged = base.path.slice(0, -1).concat(p.split(special ? /[/\\]/ : '/'));
    r.path = normalizePath(merged, special);
  }
  return finish(r);
}

function finish(r) {
  const special = isSpecial(r.protocol);
  if (r.query !== null) r.query = percentEncode(r.query, special ? specialQuerySet : querySet);
  if (r.fragment !== null) r.fragment = percentEncode(r.fragment, fragmentSet);
  return r;
}

function pathnameOf(r) {
  if (r.opaque !== null) return r.opaque;
  if (r.path.length === 0) return '';
  return '/' + r.path.join('/');
}

function hostOf(r) {
  if (r.hostname === null) return '';
  return r.port === '' ? r.hostname : r.hostname + ':' + r.port;
}

function serialize(r, excludeFragment) {
  let out = r.protocol;
  if (r.hostname !== null) {
    out += '//';
    if (r.username !== '' || r.password !== '') out += r.username + (r.password !== '' ? ':' + r.password : '') + '@';
    out += hostOf(r);
  } else if (r.opaque === null && r.path.length > 1 && r.path[0] === '') {
    out += '/.';
  }
  out += pathnameOf(r);
  if (r.query !== null) out += '?' + r.query;
  if (!excludeFragment && r.fragment !== null) out += '#' + r.fragment;
  return out;
}

// ---- URLSearchParams ----

const kList = Symbol('list');
const kUrl = Symbol('url');

function formEncode(text) {
  let out = '';
  const bytes = enc.utf8Encode(text);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x20) out += '+';
    else if ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x2a || b === 0x2d || b === 0x2e || b === 0x5f) out += String.fromCharCode(b);
    else out += hexByte(b);
  }
  return out;
}

function parseForm(text) {
  const list = [];
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = eq === -1 ? part : part.slice(0, eq);
    const value = eq === -1 ? '' : part.slice(eq + 1);
    list.push([percentDecode(name.replace(/\+/g, ' ')), percentDecode(value.replace(/\+/g, ' '))]);
  }
  return list;
}

function toUSV(text) {
  return String(text).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

class URLSearchParams {
  constructor(init = undefined) {
    this[kList] = [];
    this[kUrl] = null;
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      if (typeof init[Symbol.iterator] === 'function') {
        for (const pair of init) {
          const entry = Array.from(pair);
          if (entry.length !== 2) {
            const err = new TypeError('Each query pair must be an iterable [name, value] tuple');
            err.code = 'ERR_INVALID_TUPLE';
            throw err;
          }
          this[kList].push([toUSV(entry[0]), toUSV(entry[1])]);
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          if (typeof key === 'string' && Object.prototype.propertyIsEnumerable.call(init, key)) {
            this[kList].push([toUSV(key), toUSV(init[key])]);
          }
        }
      }
    } else {
      const text = String(init);
      this[kList] = parseForm(text.startsWith('?') ? text.slice(1) : text);
    }
  }

  get size() {
    return this[kList].length;
  }

  append(name, value) {
    this[kList].push([toUSV(name), toUSV(value)]);
    this._update();
  }

  delete(name, value) {
    name = toUSV(name);
    value = value === undefined ? undefined : toUSV(value);
    this[kList] = this[kList].filter(([n, v]) => !(n === name && (value === undefined || v === value)));
    this._update();
  }

  get(name) {
    name = toUSV(name);
    const found = this[kList].find(([n]) => n === name);
    return found ? found[1] : null;
  }

  getAll(name) {
    name = toUSV(name);
    return this[kList].filter(([n]) => n === name).map(([, v]) => v);
  }

  has(name, value) {
    name = toUSV(name);
    value = value === undefined ? undefined : toUSV(value);
    return this[kList].some(([n, v]) => n === name && (value === undefined || v === value));
  }

  set(name, value) {
    name = toUSV(name);
    value = toUSV(value);
    const list = this[kList];
    const i = list.findIndex(([n]) => n === name);
    if (i === -1) list.push([name, value]);
    else {
      list[i] = [name, value];
      this[kList] = list.filter(([n], j) => j <= i || n !== name);
    }
    this._update();
  }

  sort() {
    // Stable sort by UTF-16 code units, as the standard asks.
    const list = this[kList].map((e, i) => [e, i]);
    list.sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1]));
    this[kList] = list.map((e) => e[0]);
    this._update();
  }

  forEach(callback, thisArg) {
    if (typeof callback !== 'function') throw require('internal/errors').invalidArgType('callback', 'function', callback);
    for (let i = 0; i < this[kList].length; i++) {
      const [n, v] = this[kList][i];
      callback.call(thisArg, v, n, this);
    }
  }

  * entries() {
    for (let i = 0; i < this[kList].length; i++) yield this[kList][i].slice();
  }

  * keys() {
    for (const [n] of this.entries()) yield n;
  }

  * values() {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  toString() {
    return this[kList].map(([n, v]) => formEncode(n) + '=' + formEncode(v)).join('&');
  }

  _update() {
    const url = this[kUrl];
    if (url !== null) {
      const text = this.toString();
      url[kRecord].query = text === '' ? null : text;
    }
  }

  [inspect.custom](depth, options) {
    if (this[kList].length === 0) return 'URLSearchParams {}';
    const parts = this[kList].map(([n, v]) => inspect(n) + ' => ' + inspect(v));
    const oneLine = 'URLSearchParams { ' + parts.join(', ') + ' }';
    if (oneLine.length <= (options && options.breakLength ? options.breakLength : 80)) return oneLine;
    return 'URLSearchParams {\n  ' + parts.join(',\n  ') + ' }';
  }
}
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });
Object.defineProperty(URLSearchParams.prototype, '_update', { enumerable: false });

// ---- URL ----

const kRecord = Symbol('record');
const kParams = Symbol('params');

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) {
      const err = new TypeError('The "url" argument must be specified');
      err.code = 'ERR_MISSING_ARGS';
      throw err;
    }
    let baseRecord;
    if (base !== undefined) {
      baseRecord = parse(String(base));
      if (baseRecord === null) throw invalidUrl(String(input), String(base));
    }
    const record = parse(String(input), baseRecord);
    if (record === null) throw invalidUrl(String(input), base === undefined ? undefined : String(base));
    this[kRecord] = record;
    this[kParams] = null;
  }

  static canParse(input, base = undefined) {
    try {
      new URL(input, base);
      return true;
    } catch (e) {
      return false;
    }
  }

  static parse(input, base = undefined) {
    try {
      return new URL(input, base);
    } catch (e) {
      return null;
    }
  }

  get href() {
    return serialize(this[kRecord], false);
  }

  set href(value) {
    const record = parse(String(value));
    if (record === null) throw invalidUrl(String(value));
    this[kRecord] = record;
    if (this[kParams] !== null) this[kParams][kList] = parseForm(record.query || '');
  }

  get origin() {
    const r = this[kRecord];
    if (r.protocol === 'blob:') {
      try {
        return new URL(pathnameOf(r)).origin;
      } catch (e) {
        return 'null';
      }
    }
    if (isSpecial(r.protocol) && r.protocol !== 'file:') return r.protocol + '//' + hostOf(r);
    return 'null';
  }

  get protocol() {
    return this[kRecord].protocol;
  }

  set protocol(value) {
    const m = /^([a-zA-Z][a-zA-Z0-9+.-]*)/.exec(String(value));
    if (!m) return;
    const next = m[1].toLowerCase() + ':';
    const r = this[kRecord];
    if (isSpecial(next) !== isSpecial(r.protocol)) return;
    if (next === 'file:' && (r.username || r.password || r.port)) return;
    r.protocol = next;
    if (specialPorts[next] === r.port) r.port = '';
  }

  get username() {
    return this[kRecord].username;
  }

  set username(value) {
    const r = this[kRecord];
    if (r.hostname === null || r.hostname === '' || r.protocol === 'file:') return;
    r.username = percentEncode(String(value), userinfoSet);
  }

  get password() {
    return this[kRecord].password;
  }

  set password(value) {
    const r = this[kRecord];
    if (r.hostname === null || r.hostname === '' || r.protocol === 'file:') return;
    r.password = percentEncode(String(value), userinfoSet);
  }

  get host() {
    return hostOf(this[kRecord]);
  }

  set host(value) {
    const r = this[kRecord];
    if (r.opaque !== null) return;
    const probe = parse(r.protocol + '//' + String(value));
    if (probe === null || (probe.hostname === '' && isSpecial(r.protocol) && r.protocol !== 'file:')) return;
    r.hostname = probe.hostname;
    if (/:/.test(String(value).replace(/^\[[^\]]*\]/, ''))) r.port = probe.port;
  }

  get hostname() {
    const h = this[kRecord].hostname;
    return h === null ? '' : h;
  }

  set hostname(value) {
    const r = this[kRecord];
    if (r.opaque !== null) return;
    const text = String(value).replace(/:.*$/, '');
    const probe = parse(r.protocol + '//' + text);
    if (probe === null) return;
    r.hostname = probe.hostname;
  }

  get port() {
    return this[kRecord].port;
  }

  set port(value) {
    const r = this[kRecord];
    if (r.hostname === null || r.hostname === '' || r.protocol === 'file:') return;
    const text = String(value);
    if (text === '') {
      r.port = '';
      return;
    }
    const m = /^[0-9]+/.exec(text);
    if (!m || Number(m[0]) > 65535) return;
    r.port = String(Number(m[0]));
    if (specialPorts[r.protocol] === r.port) r.port = '';
  }

  get pathname() {
    return pathnameOf(this[kRecord]);
  }

  set pathname(value) {
    const r = this[kRecord];
    if (r.opaque !== null) return;
    const special = isSpecial(r.protocol);
    const text = String(value);
    r.path = normalizePath(text.replace(special ? /^[/\\]/ : /^\//, '').split(special ? /[/\\]/ : '/'), special);
  }

  get search() {
    const q = this[kRecord].query;
    return q === null || q === '' ? '' : '?' + q;
  }

  set search(value) {
    const r = this[kRecord];
    let text = String(value);
    if (text.startsWith('?')) text = text.slice(1);
    r.query = text === '' ? null : percentEncode(text, isSpecial(r.protocol) ? specialQuerySet : querySet);
    if (this[kParams] !== null) this[kParams][kList] = parseForm(text);
  }

  get searchParams() {
    if (this[kParams] === null) {
      const params = new URLSearchParams(this[kRecord].query || '');
      params[kUrl] = this;
      this[kParams] = params;
    }
    return this[kParams];
  }

  get hash() {
    const f = this[kRecord].fragment;
    return f === null || f === '' ? '' : '#' + f;
  }

  set hash(value) {
    let text = String(value);
    if (text.startsWith('#')) text = text.slice(1);
    this[kRecord].fragment = text === '' ? null : percentEncode(text, fragmentSet);
  }

  toString() {
    return this.href;
  }

  toJSON() {
    return this.href;
  }

  [inspect.custom](depth, options) {
    const shown = {
      href: this.href, origin: this.origin, protocol: this.protocol, username: this.username,
      password: this.password, host: this.host, hostname: this.hostname, port: this.port,
      pathname: this.pathname, search: this.search, searchParams: this.searchParams, hash: this.hash,
    };
    if (typeof depth === 'number' && depth < 0) return '[URL]';
    return 'URL ' + inspect(shown, Object.assign({}, options, { depth }));
  }
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
for (const name of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash']) {
  Object.defineProperty(URL.prototype, name, Object.assign(Object.getOwnPropertyDescriptor(URL.prototype, name), { enumerable: true }));
}

// ---- file: helpers (the `url` module) ----

function fileURLToPath(value) {
  const url = typeof value === 'string' ? new URL(value) : value;
  if (!(url instanceof URL)) throw require('internal/errors').invalidArgType('path', ['string', 'URL'], value);
  if (url.protocol !== 'file:') {
    const err = new TypeError('The URL must be of scheme file');
    err.code = 'ERR_INVALID_URL_SCHEME';
    throw err;
  }
  if (url.hostname !== '') {
    const err = new TypeError('File URL host must be "localhost" or empty on linux');
    err.code = 'ERR_INVALID_FILE_URL_HOST';
    throw err;
  }
  const pathname = url.pathname;
  if (/%2f/i.test(pathname)) {
    const err = new TypeError('File URL path must not include encoded / characters');
    err.code = 'ERR_INVALID_FILE_URL_PATH';
    throw err;
  }
  return percentDecode(pathname);
}

function pathToFileURL(filepath) {
  const path = require('path');
  let resolved = path.resolve(String(filepath));
  if (String(filepath).endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  // Characters the URL parser would treat as syntax are escaped first.
  const escaped = resolved.replace(/%/g, '%25').replace(/\\/g, '%5C').replace(/\n/g, '%0A').replace(/\r/g, '%0D')
    .replace(/\t/g, '%09').replace(/#/g, '%23').replace(/\?/g, '%3F');
  return new URL('file://' + escaped);
}

module.exports = { URL, URLSearchParams, fileURLToPath, pathToFileURL, percentDecode };

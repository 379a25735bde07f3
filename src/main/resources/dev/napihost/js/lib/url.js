'use strict';
// The `url` core module: the WHATWG URL API plus the legacy helpers packages still call.
const { URL, URLSearchParams, fileURLToPath, pathToFileURL } = require('internal/url');

// Legacy url.parse, built on the WHATWG parser for absolute URLs; relative references keep the
// legacy shape (pathname/search/hash only).
function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

function parse(text, parseQueryString) {
  const out = new Url();
  let u = null;
  try {
    u = new URL(text);
  } catch (e) {
    u = null;
  }
  if (u !== null && /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(text)) {
    out.protocol = u.protocol;
    out.slashes = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(text) || null;
    out.auth = u.username ? decodeURIComponent(u.username) + (u.password ? ':' + decodeURIComponent(u.password) : '') : null;
    out.host = u.host || (out.slashes ? '' : null);
    out.port = u.port || null;
    out.hostname = u.hostname || (out.slashes ? '' : null);
    out.hash = u.hash || null;
    out.search = u.search || null;
    out.pathname = u.pathname || (out.slashes ? '/' : null);
    out.href = u.href;
  } else {
    const h = text.indexOf('#');
    let rest = h === -1 ? text : text.slice(0, h);
    out.hash = h === -1 ? null : text.slice(h);
    const q = rest.indexOf('?');
    out.search = q === -1 ? null : rest.slice(q);
    rest = q === -1 ? rest : rest.slice(0, q);
    out.pathname = rest || null;
    out.href = text;
  }
  out.query = out.search ? out.search.slice(1) : null;
  if (parseQueryString) {
    const obj = Object.create(null);
    for (const [k, v] of new URLSearchParams(out.query || '')) {
      if (k in obj) obj[k] = [].concat(obj[k], v);
      else obj[k] = v;
    }
    out.query = obj;
  }
  out.path = (out.pathname || '') + (out.search || '') || null;
  return out;
}

function format(obj, options) {
  if (typeof obj === 'string') obj = parse(obj);
  if (obj instanceof URL) {
    const o = Object.assign({ auth: true, fragment: true, search: true, unicode: false }, options);
    let out = obj.protocol + (obj.host !== '' || obj.protocol === 'file:' ? '//' : '');
    if (o.auth && (obj.username || obj.password)) out += obj.username + (obj.password ? ':' + obj.password : '') + '@';
    out += obj.host + obj.pathname;
    if (o.search) out += obj.search;
    if (o.fragment) out += obj.hash;
    return out;
  }
  let protocol = obj.protocol || '';
  if (protocol && !protocol.endsWith(':')) protocol += ':';
  let host = '';
  if (obj.host) host = obj.host;
  else if (obj.hostname) host = obj.hostname + (obj.port ? ':' + obj.port : '');
  const auth = obj.auth ? encodeURIComponent(obj.auth).replace(/%3A/i, ':') + '@' : '';
  let search = obj.search || '';
  if (!search && obj.query && typeof obj.query === 'object') {
    const qs = new URLSearchParams(obj.query).toString();
    if (qs) search = '?' + qs;
  }
  if (search && search[0] !== '?') search = '?' + search;
  let hash = obj.hash || '';
  if (hash && hash[0] !== '#') hash = '#' + hash;
  const slashes = obj.slashes || /^(https?|ftp|gopher|file|wss?):$/.test(protocol);
  let pathname = obj.pathname || '';
  if (slashes && host && pathname && pathname[0] !== '/') pathname = '/' + pathname;
  return protocol + (slashes || host ? '//' : '') + auth + host + pathname + search + hash;
}

function resolve(from, to) {
  return new URL(to, new URL(from, 'resolve://')).href.replace(/^resolve:\/\/\/?/, from.startsWith('/') ? '/' : '');
}

function urlToHttpOptions(url) {
  const options = {
    protocol: url.protocol,
    hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: url.pathname + url.search,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) options.auth = decodeURIComponent(url.username) + ':' + decodeURIComponent(url.password);
  return options;
}

module.exports = {
  URL,
  URLSearchParams,
  fileURLToPath,
  pathToFileURL,
  parse,
  format,
  resolve,
  Url,
  urlToHttpOptions,
  domainToASCII: (d) => String(d).toLowerCase(),
  domainToUnicode: (d) => String(d).toLowerCase(),
};

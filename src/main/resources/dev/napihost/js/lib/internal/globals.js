'use strict';
// Web globals GraalJS lacks: TextEncoder, TextDecoder, structuredClone, and friends.
// (First version; see the compatibility table.)
function define(name, value) {
  if (typeof globalThis[name] === 'undefined') {
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
  }
}

class TextEncoder {
  get encoding() { return 'utf-8'; }
  encode(input = '') {
    return utf8Encode(String(input));
  }
  encodeInto(src, dest) {
    const bytes = utf8Encode(String(src));
    let read = 0;
    let written = 0;
    let i = 0;
    for (const ch of String(src)) {
      const n = utf8Length(ch.codePointAt(0));
      if (written + n > dest.length) break;
      for (let k = 0; k < n; k++) dest[written + k] = bytes[i + k];
      written += n;
      i += n;
      read += ch.length;
    }
    return { read, written };
  }
}

function utf8Length(cp) {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

function utf8Encode(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      } else {
        cp = 0xfffd;
      }
    } else if (cp >= 0xd800 && cp <= 0xdfff) {
      cp = 0xfffd;
    }
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return new Uint8Array(out);
}

function utf8Decode(bytes, fatal) {
  let s = '';
  let i = 0;
  const n = bytes.length;
  const chunk = [];
  function bad() {
    if (fatal) {
      const err = new TypeError('The encoded data was not valid for encoding utf-8');
      err.code = 'ERR_ENCODING_INVALID_ENCODED_DATA';
      throw err;
    }
    chunk.push(0xfffd);
  }
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      chunk.push(b);
      i++;
    } else {
      let need = 0, cp = 0, min = 0;
      if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; min = 0x80; }
      else if (b >= 0xe0 && b <= 0xef) { need = 2; cp = b & 0x0f; min = 0x800; }
      else if (b >= 0xf0 && b <= 0xf4) { need = 3; cp = b & 0x07; min = 0x10000; }
      else { bad(); i++; continue; }
      let j = 1;
      for (; j <= need; j++) {
        const c = bytes[i + j];
        if (i + j >= n || (c & 0xc0) !== 0x80) break;
        cp = (cp << 6) | (c & 0x3f);
      }
      if (j <= need || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
        bad();
        i += Math.max(1, j - 0);
        if (j > 1) i -= 0;
        continue;
      }
      i += need + 1;
      if (cp >= 0x10000) {
        cp -= 0x10000;
        chunk.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
      } else {
        chunk.push(cp);
      }
    }
    if (chunk.length > 8192) {
      s += String.fromCharCode.apply(null, chunk);
      chunk.length = 0;
    }
  }
  return s + String.fromCharCode.apply(null, chunk);
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    const e = String(encoding).toLowerCase().trim();
    if (e !== 'utf-8' && e !== 'utf8' && e !== 'unicode-1-1-utf-8' && e !== 'latin1' && e !== 'iso-8859-1' && e !== 'utf-16le') {
      const err = new RangeError('The "' + encoding + '" encoding is not supported');
      err.code = 'ERR_ENCODING_NOT_SUPPORTED';
      throw err;
    }
    this._encoding = e === 'utf8' || e === 'unicode-1-1-utf-8' ? 'utf-8' : e === 'iso-8859-1' ? 'latin1' : e;
    this._fatal = !!options.fatal;
    this._ignoreBOM = !!options.ignoreBOM;
  }
  get encoding() { return this._encoding === 'latin1' ? 'windows-1252' : this._encoding; }
  get fatal() { return this._fatal; }
  get ignoreBOM() { return this._ignoreBOM; }
  decode(input) {
    if (input === undefined) return '';
    let bytes;
    if (input instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && input instanceof SharedArrayBuffer)) bytes = new Uint8Array(input);
    else if (ArrayBuffer.isView(input)) bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    else {
      const err = new TypeError('The "input" argument must be an instance of ArrayBuffer or ArrayBufferView');
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    if (this._encoding === 'latin1') {
      let s = '';
      for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
      return s;
    }
    if (this._encoding === 'utf-16le') {
      let s = '';
      for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
      return s;
    }
    let start = 0;
    if (!this._ignoreBOM && bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
    return utf8Decode(start ? bytes.subarray(start) : bytes, this._fatal);
  }
}

define('TextEncoder', TextEncoder);
define('TextDecoder', TextDecoder);

function structuredCloneImpl(value, seen) {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'function' || typeof value === 'symbol') {
      const err = new Error((typeof value === 'function' ? String(value) : value.toString()) + ' could not be cloned.');
      err.name = 'DataCloneError';
      err.code = 25;
      throw err;
    }
    return value;
  }
  if (seen.has(value)) return seen.get(value);
  let out;
  if (Array.isArray(value)) {
    out = [];
    seen.set(value, out);
    for (let i = 0; i < value.length; i++) out[i] = structuredCloneImpl(value[i], seen);
    return out;
  }
  if (value instanceof Date) return new Date(value.getTime());
  if (value instanceof RegExp) return new RegExp(value.source, value.flags);
  if (value instanceof ArrayBuffer) { out = value.slice(0); seen.set(value, out); return out; }
  if (ArrayBuffer.isView(value)) {
    const buf = structuredCloneImpl(value.buffer, seen);
    const Ctor = value instanceof DataView ? DataView : Object.getPrototypeOf(Uint8Array).prototype.isPrototypeOf(value) ? globalThis[value[Symbol.toStringTag]] : Uint8Array;
    return value instanceof DataView ? new DataView(buf, value.byteOffset, value.byteLength) : new Ctor(buf, value.byteOffset, value.length);
  }
  if (value instanceof Map) {
    out = new Map();
    seen.set(value, out);
    for (const [k, v] of value) out.set(structuredCloneImpl(k, seen), structuredCloneImpl(v, seen));
    return out;
  }
  if (value instanceof Set) {
    out = new Set();
    seen.set(value, out);
    for (const v of value) out.add(structuredCloneImpl(v, seen));
    return out;
  }
  if (value instanceof Error) {
    const Ctor = { EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError }[value.name] || Error;
    out = new Ctor(value.message);
    seen.set(value, out);
    if (value.stack !== undefined) out.stack = value.stack;
    if ('cause' in value) out.cause = structuredCloneImpl(value.cause, seen);
    return out;
  }
  if (value instanceof Boolean || value instanceof Number || value instanceof String) return Object(value.valueOf());
  if (value instanceof Promise || value instanceof WeakMap || value instanceof WeakSet) {
    const err = new Error('#<' + value.constructor.name + '> could not be cloned.');
    err.name = 'DataCloneError';
    err.code = 25;
    throw err;
  }
  out = {};
  seen.set(value, out);
  for (const k of Object.keys(value)) out[k] = structuredCloneImpl(value[k], seen);
  return out;
}

define('structuredClone', function structuredClone(value, options) {
  if (arguments.length === 0) {
    const err = new TypeError('The "value" argument must be specified');
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
  return structuredCloneImpl(value, new Map());
});

module.exports = { TextEncoder, TextDecoder, utf8Encode, utf8Decode };

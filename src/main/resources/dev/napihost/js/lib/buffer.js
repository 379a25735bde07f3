'use strict';
// The `buffer` core module. A Buffer is a Uint8Array whose prototype carries Node's methods;
// `Buffer` itself is a plain function (callable without `new`, as old code does) that shares its
// prototype with the FastBuffer class real instances are made from.
const enc = require('internal/encoding');
const errors = require('internal/errors');
const { inspect } = require('internal/inspect');

// The largest typed array GraalJS allocates (Node 22 reports 2 ** 53 - 1, which no engine here
// can honour).
const kMaxLength = 2 ** 31 - 1;
const kStringMaxLength = 2 ** 30 - 25;
const INSPECT_MAX_BYTES = 50;

class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(a, b, c) {
    super(a, b, c);
  }
}

let warnedBufferConstructor = false;

// Node warns once (DEP0005) when code outside node_modules calls Buffer() / new Buffer().
function warnBufferConstructor() {
  if (warnedBufferConstructor) return;
  const caller = (new Error().stack || '').split('\n')[3] || '';
  if (caller.includes('/node_modules/') || caller.includes('node:')) return;
  warnedBufferConstructor = true;
  process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), ' +
    'Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
}

function Buffer(arg, encodingOrOffset, length) {
  warnBufferConstructor();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw errors.invalidArgType('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}
Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(FastBuffer.prototype, 'constructor', { value: Buffer, writable: true, configurable: true, enumerable: false });
Object.setPrototypeOf(Buffer, Uint8Array);
// Uint8Array methods that build new arrays (map, filter, slice of the typed array) make Buffers.
Object.defineProperty(Buffer, Symbol.species, { get: () => FastBuffer, configurable: true });
Buffer.poolSize = 8 * 1024;
// napi_create_buffer and friends make their Buffers from this class too.
internalBinding.napi.setBufferClass(FastBuffer, kMaxLength);

// ---- encodings ----

function normalizeEncoding(e) {
  if (e === undefined || e === null || e === 'utf8' || e === 'utf-8') return 'utf8';
  switch (String(e).toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'hex': return 'hex';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'ascii': return 'ascii';
    case 'latin1': case 'binary': return 'latin1';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case '': return e === '' ? 'utf8' : undefined;
    default: return undefined;
  }
}

function encodingOrThrow(e) {
  const n = normalizeEncoding(e);
  if (n === undefined) throw errors.codedError(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + e);
  return n;
}

function byteLengthOf(str, encoding) {
  switch (encoding) {
    case 'utf8': return enc.utf8Length(str);
    case 'latin1': case 'ascii': return str.length;
    case 'utf16le': return str.length * 2;
    case 'hex': return str.length >>> 1;
    default: return enc.base64ByteLength(str);
  }
}

// GraalJS reaches elements of Uint8Array subclass instances (Buffers) on a much slower path than
// those of plain Uint8Arrays (measured: 15x on a 2.5 MB UTF-8 decode), so bulk loops run on a plain
// view of the same memory.
function plain(buf) {
  return Object.getPrototypeOf(buf) === Uint8Array.prototype ? buf : new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
}

function writeString(buf, str, offset, limit, encoding) {
  buf = plain(buf);
  switch (encoding) {
    case 'utf8': return enc.utf8Write(str, buf, offset, limit);
    case 'latin1': case 'ascii': return enc.latin1Write(str, buf, offset, limit);
    case 'utf16le': return enc.ucs2Write(str, buf, offset, limit);
    case 'hex': return enc.hexWrite(str, buf, offset, limit);
    default: return enc.base64Write(str, buf, offset, limit);
  }
}

function sliceString(buf, encoding, start, end) {
  buf = plain(buf);
  switch (encoding) {
    case 'utf8': return enc.utf8Slice(buf, start, end, false);
    case 'latin1': return enc.latin1Slice(buf, start, end);
    case 'ascii': return enc.latin1Slice(buf, start, end, 0x7f);
    case 'utf16le': return enc.ucs2Slice(buf, start, end);
    case 'hex': return enc.hexSlice(buf, start, end);
    case 'base64': return enc.base64Slice(buf, start, end, false);
    default: return enc.base64Slice(buf, start, end, true);
  }
}

function fromString(str, encoding) {
  const e = encodingOrThrow(encoding);
  if (e === 'utf8') {
    const n = enc.utf8Length(str);
    const buf = new FastBuffer(n);
    enc.utf8Write(str, plain(buf), 0, n);
    return buf;
  }
  const max = byteLengthOf(str, e);
  const buf = new FastBuffer(max);
  const written = writeString(buf, str, 0, max, e);
  return written === max ? buf : new FastBuffer(buf.buffer, 0, written);
}

// ---- construction ----

function validateSize(size) {
  if (typeof size !== 'number') throw errors.invalidArgType('size', 'number', size);
  if (!(size >= 0 && size <= kMaxLength)) throw errors.outOfRange('size', '>= 0 && <= ' + kMaxLength, size);
}

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  const buf = new FastBuffer(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    if (encoding !== undefined && typeof encoding !== 'string') throw errors.invalidArgType('encoding', 'string', encoding);
    return fillImpl(buf, fill, 0, size, encoding);
  }
  return buf;
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return new FastBuffer(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return new FastBuffer(size);
};

function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && v instanceof SharedArrayBuffer) ||
    require('util/types').isAnyArrayBuffer(v);
}

const fromTypeNames = ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'];

function fromArrayLike(obj) {
  const n = obj.length >>> 0;
  const buf = new FastBuffer(n);
  const view = plain(buf);
  for (let i = 0; i < n; i++) view[i] = obj[i];
  return buf;
}

function fromArrayBuffer(ab, byteOffset, length) {
  const total = ab.byteLength;
  let offset = 0;
  if (byteOffset !== undefined) {
    offset = +byteOffset;
    if (Number.isNaN(offset)) offset = 0;
    offset = Math.trunc(offset);
  }
  if (offset > total || offset < 0) throw errors.codedError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
  let len = total - offset;
  if (length !== undefined) {
    len = +length;
    len = Number.isNaN(len) || len < 0 ? 0 : Math.trunc(len);
    if (len > total - offset) throw errors.codedError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"length" is outside of buffer bounds');
  }
  return new FastBuffer(ab, offset, len);
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    if (ArrayBuffer.isView(value)) {
      if (value instanceof Uint8Array) {
        const buf = new FastBuffer(value.length);
        buf.set(value);
        return buf;
      }
      return fromArrayLike(value);
    }
    const primitive = value.valueOf && value.valueOf();
    if (primitive != null && primitive !== value) return Buffer.from(primitive, encodingOrOffset, length);
    if (typeof value.length === 'number' || Array.isArray(value)) return fromArrayLike(value);
    if (value.type === 'Buffer' && Array.isArray(value.data)) return fromArrayLike(value.data);
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const p = value[Symbol.toPrimitive]('string');
      if (typeof p === 'string') return fromString(p, encodingOrOffset);
    }
  }
  throw errors.invalidArgType('first argument', fromTypeNames, value);
};

Buffer.of = function of(...items) {
  return fromArrayLike(items);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset = 0, length) {
  if (!ArrayBuffer.isView(view) || view instanceof DataView) throw errors.invalidArgType('view', 'TypedArray', view);
  const end = length === undefined ? view.length : Math.min(view.length, offset + length);
  const part = view.subarray(Math.min(offset, view.length), end);
  return Buffer.from(new Uint8Array(part.buffer, part.byteOffset, part.byteLength));
};

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.isEncoding = function isEncoding(e) {
  return typeof e === 'string' && e.length !== 0 && normalizeEncoding(e) !== undefined;
};

Buffer.byteLength = function byteLength(value, encoding) {
  if (typeof value !== 'string') {
    if (ArrayBuffer.isView(value) || isAnyArrayBuffer(value)) return value.byteLength;
    throw errors.invalidArgType('string', ['string', 'Buffer', 'ArrayBuffer'], value);
  }
  return byteLengthOf(value, normalizeEncoding(encoding) || 'utf8');
};

function checkUint8Array(v, name) {
  if (!(v instanceof Uint8Array)) throw errors.invalidArgType(name, ['Buffer', 'Uint8Array'], v);
}

function compareRange(a, aStart, aEnd, b, bStart, bEnd) {
  a = plain(a);
  b = plain(b);
  const n = Math.min(aEnd - aStart, bEnd - bStart);
  for (let i = 0; i < n; i++) {
    const x = a[aStart + i];
    const y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  const la = aEnd - aStart;
  const lb = bEnd - bStart;
  return la < lb ? -1 : la > lb ? 1 : 0;
}

Buffer.compare = function compare(a, b) {
  checkUint8Array(a, 'buf1');
  checkUint8Array(b, 'buf2');
  if (a === b) return 0;
  return compareRange(a, 0, a.length, b, 0, b.length);
};

Buffer.concat = function concat(list, totalLength) {
  if (!Array.isArray(list)) throw errors.invalidArgType('list', 'Array', list);
  if (list.length === 0) return new FastBuffer(0);
  if (totalLength === undefined) {
    totalLength = 0;
    for (let i = 0; i < list.length; i++) {
      checkUint8Array(list[i], 'list[' + i + ']');
      totalLength += list[i].length;
    }
  } else {
    if (typeof totalLength !== 'number') throw errors.invalidArgType('length', 'number', totalLength);
    totalLength = Math.max(0, Math.trunc(totalLength));
  }
  const out = Buffer.allocUnsafe(totalLength);
  let pos = 0;
  for (let i = 0; i < list.length && pos < totalLength; i++) {
    const b = list[i];
    checkUint8Array(b, 'list[' + i + ']');
    if (pos + b.length > totalLength) {
      out.set(b.subarray(0, totalLength - pos), pos);
      pos = totalLength;
    } else {
      out.set(b, pos);
      pos += b.length;
    }
  }
  if (pos < totalLength) out.fill(0, pos);
  return out;
};

// ---- instance methods ----

const proto = FastBuffer.prototype;

function clampIndex(v, len, dflt) {
  if (v === undefined) return dflt;
  v = +v;
  if (Number.isNaN(v)) return 0;
  v = Math.trunc(v);
  if (v < 0) return 0;
  return v > len ? len : v;
}

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return enc.utf8Slice(plain(this), 0, this.length, false);
  const len = this.length;
  start = start === undefined || start <= 0 ? 0 : Math.trunc(start) || 0;
  if (start >= len) return '';
  end = end === undefined || end > len ? len : Math.trunc(end) || 0;
  if (end <= start) return '';
  return sliceString(this, encodingOrThrow(encoding), start, end);
};
proto.toLocaleString = proto.toString;

for (const e of ['utf8', 'latin1', 'ascii', 'hex', 'base64', 'base64url', 'ucs2', 'utf16le']) {
  const n = normalizeEncoding(e);
  proto[e + 'Slice'] = function (start = 0, end = this.length) {
    return sliceString(this, n, start, end);
  };
  proto[e + 'Write'] = function (str, offset = 0, length = this.length - offset) {
    return writeString(this, str, offset, Math.min(this.length, offset + length), n);
  };
}

proto.equals = function equals(other) {
  checkUint8Array(other, 'otherBuffer');
  if (this === other) return true;
  if (this.length !== other.length) return false;
  return compareRange(this, 0, this.length, other, 0, other.length) === 0;
};

function rangeArg(v, name, dflt, max) {
  if (v === undefined) return dflt;
  if (typeof v !== 'number') throw errors.invalidArgType(name, 'number', v);
  if (!Number.isInteger(v)) throw errors.outOfRange(name, 'an integer', v);
  if (v < 0 || v > max) throw errors.outOfRange(name, '>= 0 and <= ' + max, v);
  return v;
}

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  checkUint8Array(target, 'target');
  targetStart = rangeArg(targetStart, 'targetStart', 0, target.length);
  targetEnd = rangeArg(targetEnd, 'targetEnd', target.length, target.length);
  sourceStart = rangeArg(sourceStart, 'sourceStart', 0, this.length);
  sourceEnd = rangeArg(sourceEnd, 'sourceEnd', this.length, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return compareRange(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
};

function copyArg(v, name) {
  if (v === undefined) return 0;
  v = +v;
  if (Number.isNaN(v)) return 0;
  if (v < 0) throw errors.outOfRange(name, '>= 0 && <= ' + kMaxLength, v);
  return Math.trunc(v);
}

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  checkUint8Array(target, 'target');
  targetStart = copyArg(targetStart, 'targetStart');
  sourceStart = copyArg(sourceStart, 'sourceStart');
  if (sourceStart > this.length) throw errors.outOfRange('sourceStart', '>= 0 && <= ' + this.length, sourceStart);
  sourceEnd = sourceEnd === undefined ? this.length : copyArg(sourceEnd, 'sourceEnd');
  if (sourceEnd > this.length) sourceEnd = this.length;
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  const n = Math.min(sourceEnd - sourceStart, target.length - targetStart);
  // TypedArray#set copies correctly even when both views share (and overlap in) one buffer.
  target.set(this.subarray(sourceStart, sourceStart + n), targetStart);
  return n;
};

function sliceBounds(len, start, end) {
  start = start === undefined ? 0 : Math.trunc(+start) || 0;
  end = end === undefined ? len : Math.trunc(+end) || 0;
  if (start < 0) start = Math.max(len + start, 0);
  else if (start > len) start = len;
  if (end < 0) end = Math.max(len + end, 0);
  else if (end > len) end = len;
  if (end < start) end = start;
  return [start, end];
}

// Buffer#slice shares memory (unlike Uint8Array#slice), like subarray.
proto.slice = function slice(start, end) {
  const [s, e] = sliceBounds(this.length, start, end);
  return new FastBuffer(this.buffer, this.byteOffset + s, e - s);
};

proto.subarray = function subarray(start, end) {
  const [s, e] = sliceBounds(this.length, start, end);
  return new FastBuffer(this.buffer, this.byteOffset + s, e - s);
};

proto.write = function write(string, offset, length, encoding) {
  if (typeof string !== 'string') throw errors.invalidArgType('argument', 'string', string);
  if (offset === undefined) {
    return enc.utf8Write(string, plain(this), 0, this.length);
  }
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    offset = rangeArg(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) length = remaining;
    else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      length = rangeArg(length, 'length', remaining, this.length);
      if (length > remaining) length = remaining;
    }
  }
  return writeString(this, string, offset, offset + length, encodingOrThrow(encoding));
};

function fillImpl(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    const e = encodingOrThrow(encoding);
    if (value.length === 0) {
      buf.fill(0, offset, end);
      return buf;
    }
    if (value.length === 1 && e === 'utf8' && value.charCodeAt(0) < 0x80) {
      Uint8Array.prototype.fill.call(buf, value.charCodeAt(0), offset, end);
      return buf;
    }
    const original = value;
    value = fromString(value, e);
    if (value.length === 0) throw errors.invalidArgValue('value', original);
  } else if (typeof value === 'number' || typeof value === 'boolean') {
    Uint8Array.prototype.fill.call(buf, Number(value) & 255, offset, end);
    return buf;
  } else if (value === undefined || value === null) {
    Uint8Array.prototype.fill.call(buf, 0, offset, end);
    return buf;
  } else if (ArrayBuffer.isView(value)) {
    const original = value;
    value = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    if (value.length === 0) throw errors.invalidArgValue('value', original);
  } else {
    Uint8Array.prototype.fill.call(buf, Number(value) & 255, offset, end);
    return buf;
  }
  const n = value.length;
  let pos = offset;
  // Copy the pattern once, then double the filled region.
  const first = Math.min(n, end - pos);
  buf.set(first === n ? value : value.subarray(0, first), pos);
  let filled = first;
  while (pos + filled < end) {
    const chunk = Math.min(filled, end - pos - filled);
    buf.copyWithin(pos + filled, pos, pos + chunk);
    filled += chunk;
  }
  return buf;
}

proto.fill = function fill(value, offset, end, encoding) {
  if (typeof offset === 'string') {
    encoding = offset;
    offset = 0;
    end = this.length;
  } else if (typeof end === 'string') {
    encoding = end;
    end = this.length;
  }
  if (encoding !== undefined && typeof encoding !== 'string') throw errors.invalidArgType('encoding', 'string', encoding);
  offset = rangeArg(offset, 'offset', 0, this.length);
  end = rangeArg(end, 'end', this.length, this.length);
  if (offset >= end) return this;
  return fillImpl(this, value, offset, end, encoding);
};

function indexOfImpl(buf, value, byteOffset, encoding, forward) {
  buf = plain(buf);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  }
  const len = buf.length;
  let start = +byteOffset;
  if (Number.isNaN(start) || byteOffset === null || (typeof byteOffset === 'object')) start = forward ? 0 : len;
  start = Math.trunc(start);
  if (start < 0) start += len;
  if (typeof value === 'number') {
    const b = (value >>> 0) & 255;
    if (forward) {
      for (let i = Math.max(0, start); i < len; i++) if (buf[i] === b) return i;
    } else {
      for (let i = Math.min(start, len - 1); i >= 0; i--) if (buf[i] === b) return i;
    }
    return -1;
  }
  let needle;
  if (typeof value === 'string') needle = fromString(value, encoding);
  else if (value instanceof Uint8Array) needle = plain(value);
  else throw errors.invalidArgType('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
  const n = needle.length;
  if (n === 0) return forward ? Math.min(Math.max(start, 0), len) : Math.min(Math.max(start, 0), len);
  if (forward) {
    const first = needle[0];
    for (let i = Math.max(0, start); i <= len - n; i++) {
      if (buf[i] !== first) continue;
      let j = 1;
      while (j < n && buf[i + j] === needle[j]) j++;
      if (j === n) return i;
    }
  } else {
    for (let i = Math.min(start, len - n); i >= 0; i--) {
      let j = 0;
      while (j < n && buf[i + j] === needle[j]) j++;
      if (j === n) return i;
    }
  }
  return -1;
}

proto.indexOf = function indexOf(value, byteOffset, encoding) {
  return indexOfImpl(this, value, byteOffset, encoding, true);
};
proto.lastIndexOf = function lastIndexOf(value, byteOffset, encoding) {
  return indexOfImpl(this, value, byteOffset, encoding, false);
};
proto.includes = function includes(value, byteOffset, encoding) {
  return indexOfImpl(this, value, byteOffset, encoding, true) !== -1;
};

proto.toJSON = function toJSON() {
  return { type: 'Buffer', data: Array.from(this) };
};

function swapCheck(buf, bits) {
  if (buf.length % (bits / 8) !== 0) {
    throw errors.codedError(RangeError, 'ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of ' + bits + '-bits');
  }
}

proto.swap16 = function swap16() {
  swapCheck(this, 16);
  for (let i = 0; i < this.length; i += 2) {
    const t = this[i];
    this[i] = this[i + 1];
    this[i + 1] = t;
  }
  return this;
};
proto.swap32 = function swap32() {
  swapCheck(this, 32);
  for (let i = 0; i < this.length; i += 4) {
    let t = this[i];
    this[i] = this[i + 3];
    this[i + 3] = t;
    t = this[i + 1];
    this[i + 1] = this[i + 2];
    this[i + 2] = t;
  }
  return this;
};
proto.swap64 = function swap64() {
  swapCheck(this, 64);
  for (let i = 0; i < this.length; i += 8) {
    for (let k = 0; k < 4; k++) {
      const t = this[i + k];
      this[i + k] = this[i + 7 - k];
      this[i + 7 - k] = t;
    }
  }
  return this;
};

proto[inspect.custom] = function (recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const shown = Math.min(max, this.length);
  let str = enc.hexSlice(plain(this), 0, shown).replace(/(.{2})/g, '$1 ').trim();
  const remaining = this.length - max;
  if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
  const extras = Object.keys(this).filter((k) => !/^\d+$/.test(k));
  if (extras.length > 0 && ctx) {
    const shownExtras = extras.map((k) => k + ': ' + inspect(this[k], Object.assign({}, ctx, { breakLength: Infinity, compact: true })));
    str += (str ? ', ' : '') + shownExtras.join(', ');
  }
  return '<' + this.constructor.name + ' ' + str + '>';
};

// ---- numeric reads and writes ----

function outOfBounds() {
  return errors.codedError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', 'Attempt to access memory outside buffer bounds');
}

function badOffset(buf, offset, size) {
  if (typeof offset !== 'number') return errors.invalidArgType('offset', 'number', offset);
  if (!Number.isInteger(offset)) return errors.outOfRange('offset', 'an integer', offset);
  if (buf.length - size < 0) return outOfBounds();
  return errors.outOfRange('offset', '>= 0 and <= ' + (buf.length - size), offset);
}

// Validates offset for an access of `size` bytes; returns it (default 0).
function at(buf, offset, size) {
  if (offset === undefined) offset = 0;
  if (typeof offset !== 'number' || !(offset >= 0 && offset + size <= buf.length) || offset !== Math.floor(offset)) {
    throw badOffset(buf, offset, size);
  }
  return offset;
}

function checkByteLength(byteLength) {
  if (typeof byteLength !== 'number') throw errors.invalidArgType('byteLength', 'number', byteLength);
  if (!Number.isInteger(byteLength)) throw errors.outOfRange('byteLength', 'an integer', byteLength);
  if (byteLength < 1 || byteLength > 6) throw errors.outOfRange('byteLength', '>= 1 and <= 6', byteLength);
}

function checkValue(value, min, max, size) {
  if (typeof value !== 'number' && typeof value !== 'bigint') value = +value;
  if (value > max || value < min) {
    let range;
    if (size > 4) {
      const bits = size * 8;
      range = min === 0 ? '>= 0 and < 2 ** ' + bits : '>= -(2 ** ' + (bits - 1) + ') and < 2 ** ' + (bits - 1);
    } else {
      range = '>= ' + min + ' and <= ' + max;
    }
    throw errors.outOfRange('value', range, value);
  }
  return value;
}

const f32 = new Float32Array(1);
const f32b = new Uint8Array(f32.buffer);
const f64 = new Float64Array(1);
const f64b = new Uint8Array(f64.buffer);

function readLE(buf, o, size) {
  let v = 0;
  let mul = 1;
  for (let i = 0; i < size; i++) {
    v += buf[o + i] * mul;
    mul *= 256;
  }
  return v;
}

function readBE(buf, o, size) {
  let v = 0;
  for (let i = 0; i < size; i++) v = v * 256 + buf[o + i];
  return v;
}

function toSigned(v, size) {
  const limit = 2 ** (size * 8 - 1);
  return v >= limit ? v - limit * 2 : v;
}

function writeLE(buf, value, o, size) {
  let v = value < 0 ? value + 2 ** (size * 8) : value;
  for (let i = 0; i < size; i++) {
    buf[o + i] = v % 256;
    v = Math.floor(v / 256);
  }
  return o + size;
}

function writeBE(buf, value, o, size) {
  let v = value < 0 ? value + 2 ** (size * 8) : value;
  for (let i = size - 1; i >= 0; i--) {
    buf[o + i] = v % 256;
    v = Math.floor(v / 256);
  }
  return o + size;
}

function defineSized(name, size, read, write, signed) {
  const max = signed ? 2 ** (size * 8 - 1) - 1 : 2 ** (size * 8) - 1;
  const min = signed ? -(2 ** (size * 8 - 1)) : 0;
  const readFn = {
    [name]: function (offset) {
      const o = at(this, offset, size);
      const v = read(this, o, size);
      return signed ? toSigned(v, size) : v;
    },
  }[name];
  const writeName = 'write' + name.slice(4);
  const writeFn = {
    [writeName]: function (value, offset) {
      value = checkValue(value, min, max, size);
      const o = at(this, offset, size);
      return write(this, Math.trunc(value), o, size);
    },
  }[writeName];
  proto[name] = readFn;
  proto[writeName] = writeFn;
}

defineSized('readUInt8', 1, readLE, writeLE, false);
defineSized('readInt8', 1, readLE, writeLE, true);
defineSized('readUInt16LE', 2, readLE, writeLE, false);
defineSized('readUInt16BE', 2, readBE, writeBE, false);
defineSized('readInt16LE', 2, readLE, writeLE, true);
defineSized('readInt16BE', 2, readBE, writeBE, true);
defineSized('readUInt32LE', 4, readLE, writeLE, false);
defineSized('readUInt32BE', 4, readBE, writeBE, false);
defineSized('readInt32LE', 4, readLE, writeLE, true);
defineSized('readInt32BE', 4, readBE, writeBE, true);

function defineVariable(name, read, write, signed) {
  proto['read' + name] = function (offset, byteLength) {
    if (offset === undefined) throw errors.invalidArgType('offset', 'number', offset);
    checkByteLength(byteLength);
    const o = at(this, offset, byteLength);
    const v = read(this, o, byteLength);
    return signed ? toSigned(v, byteLength) : v;
  };
  proto['write' + name] = function (value, offset, byteLength) {
    if (offset === undefined) throw errors.invalidArgType('offset', 'number', offset);
    checkByteLength(byteLength);
    const bits = byteLength * 8;
    value = checkValue(value, signed ? -(2 ** (bits - 1)) : 0, signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1, byteLength);
    const o = at(this, offset, byteLength);
    return write(this, Math.trunc(value), o, byteLength);
  };
}
defineVariable('UIntLE', readLE, writeLE, false);
defineVariable('UIntBE', readBE, writeBE, false);
defineVariable('IntLE', readLE, writeLE, true);
defineVariable('IntBE', readBE, writeBE, true);

function defineFloat(name, size, bytes, view, littleEndian) {
  proto['read' + name] = function (offset) {
    const o = at(this, offset, size);
    for (let i = 0; i < size; i++) bytes[i] = this[o + (littleEndian ? i : size - 1 - i)];
    return view[0];
  };
  proto['write' + name] = function (value, offset) {
    value = +value;
    const o = at(this, offset, size);
    view[0] = value;
    for (let i = 0; i < size; i++) this[o + (littleEndian ? i : size - 1 - i)] = bytes[i];
    return o + size;
  };
}
// Typed arrays use the platform's byte order; napi-host runs on little-endian machines only.
defineFloat('FloatLE', 4, f32b, f32, true);
defineFloat('FloatBE', 4, f32b, f32, false);
defineFloat('DoubleLE', 8, f64b, f64, true);
defineFloat('DoubleBE', 8, f64b, f64, false);

function defineBig(name, signed, littleEndian) {
  proto['read' + name] = function (offset) {
    const o = at(this, offset, 8);
    const lo = littleEndian ? readLE(this, o, 4) : readBE(this, o + 4, 4);
    const hi = littleEndian ? readLE(this, o + 4, 4) : readBE(this, o, 4);
    const v = (BigInt(hi) << 32n) | BigInt(lo);
    return signed ? BigInt.asIntN(64, v) : v;
  };
  proto['write' + name] = function (value, offset) {
    if (typeof value !== 'bigint') throw errors.invalidArgType('value', 'bigint', value);
    const min = signed ? -(2n ** 63n) : 0n;
    const max = signed ? 2n ** 63n : 2n ** 64n;
    if (value < min || value >= max) {
      throw errors.outOfRange('value', signed ? '>= -(2n ** 63n) and < 2n ** 63n' : '>= 0n and < 2n ** 64n', value);
    }
    const o = at(this, offset, 8);
    const u = BigInt.asUintN(64, value);
    const lo = Number(u & 0xffffffffn);
    const hi = Number(u >> 32n);
    if (littleEndian) {
      writeLE(this, lo, o, 4);
      writeLE(this, hi, o + 4, 4);
    } else {
      writeBE(this, hi, o, 4);
      writeBE(this, lo, o + 4, 4);
    }
    return o + 8;
  };
}
defineBig('BigUInt64LE', false, true);
defineBig('BigUInt64BE', false, false);
defineBig('BigInt64LE', true, true);
defineBig('BigInt64BE', true, false);

// Lower-case "int" aliases (readUint8, writeBigUint64LE, ...) name the same functions.
for (const key of Object.getOwnPropertyNames(proto)) {
  if (/^(read|write)(Big)?UInt/.test(key)) proto[key.replace('UInt', 'Uint')] = proto[key];
}

Object.defineProperty(proto, 'parent', {
  get() {
    return this instanceof Buffer ? this.buffer : undefined;
  },
  enumerable: true,
  configurable: true,
});
Object.defineProperty(proto, 'offset', {
  get() {
    return this instanceof Buffer ? this.byteOffset : undefined;
  },
  enumerable: true,
  configurable: true,
});

// ---- module-level helpers ----

function invalidCharacter(message) {
  const DOMExceptionCtor = globalThis.DOMException;
  if (typeof DOMExceptionCtor === 'function') return new DOMExceptionCtor(message, 'InvalidCharacterError');
  const err = new Error(message);
  err.name = 'InvalidCharacterError';
  return err;
}

function btoa(input) {
  if (arguments.length === 0) throw errors.codedError(TypeError, 'ERR_MISSING_ARGS', 'The "input" argument must be specified');
  input = String(input);
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw invalidCharacter('Invalid character');
  }
  const bytes = new Uint8Array(input.length);
  enc.latin1Write(input, bytes, 0, input.length);
  return enc.base64Slice(bytes, 0, bytes.length, false);
}

// The WHATWG "forgiving base64" decoder: whitespace is dropped, anything else invalid throws.
function atob(input) {
  if (arguments.length === 0) throw errors.codedError(TypeError, 'ERR_MISSING_ARGS', 'The "input" argument must be specified');
  let data = String(input).replace(/[\t\n\f\r ]/g, '');
  if (data.length % 4 === 0) data = data.replace(/={1,2}$/, '');
  if (data.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(data)) {
    throw invalidCharacter('The string to be decoded is not correctly encoded.');
  }
  const bytes = new Uint8Array((data.length * 3) >> 2);
  const n = enc.base64Write(data, bytes, 0, bytes.length);
  return enc.latin1Slice(bytes, 0, n);
}

function isUtf8(input) {
  const bytes = ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input);
  try {
    enc.utf8Slice(bytes, 0, bytes.length, true);
    return true;
  } catch (e) {
    return false;
  }
}

function isAscii(input) {
  const bytes = ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input);
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return false;
  return true;
}

function SlowBuffer(size) {
  return Buffer.allocUnsafeSlow(size);
}
SlowBuffer.prototype = Buffer.prototype;

function transcode(source, fromEnc, toEnc) {
  checkUint8Array(source, 'source');
  const text = sliceString(source, encodingOrThrow(fromEnc), 0, source.length);
  return fromString(text, toEnc);
}

module.exports = {
  Buffer,
  SlowBuffer,
  FastBuffer,
  kMaxLength,
  kStringMaxLength,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
  INSPECT_MAX_BYTES,
  atob,
  btoa,
  isUtf8,
  isAscii,
  transcode,
  Blob: globalThis.Blob,
  File: globalThis.File,
};

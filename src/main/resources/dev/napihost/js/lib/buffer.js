'use strict';
// buffer (placeholder; replaced by the full version).
class Buffer extends Uint8Array {
  static from(v, enc) {
    if (typeof v === 'string') {
      const bytes = require('internal/globals').utf8Encode(v);
      const b = new Buffer(bytes.length);
      b.set(bytes);
      return b;
    }
    if (v instanceof ArrayBuffer) return new Buffer(v, enc, arguments[2]);
    const b = new Buffer(v.length);
    for (let i = 0; i < v.length; i++) b[i] = v[i];
    return b;
  }
  static alloc(n) { return new Buffer(n); }
  static isBuffer(b) { return b instanceof Buffer; }
  toString() { return require('internal/globals').utf8Decode(this, false); }
}
module.exports = { Buffer };

'use strict';
// Byte <-> string codecs shared by Buffer, TextEncoder/TextDecoder, atob/btoa and string_decoder.
// UTF-8 decoding follows the WHATWG rules (one U+FFFD per maximal invalid subpart), which is what
// Node's Buffer#toString and TextDecoder produce.

// Strings are assembled from code units in chunks: String.fromCharCode.apply on a typed array view
// is far cheaper than appending one character at a time.
const CHUNK = 8192;
const units = new Uint16Array(CHUNK + 2);

function flushUnits(count) {
  return String.fromCharCode.apply(null, count === CHUNK ? units.subarray(0, CHUNK) : units.subarray(0, count));
}

// ---- UTF-8 ----

function utf8Length(str) {
  const n = str.length;
  let bytes = n;
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // 4 bytes for 2 code units
      i++;
    } else bytes += 2;
  }
  return bytes;
}

// Code units read by the last utf8Write (TextEncoder.encodeInto reports it).
let lastRead = 0;

// Writes whole characters only, like Node's buf.write: a character that does not fit is dropped.
function utf8Write(str, target, offset, limit) {
  let pos = offset;
  const n = str.length;
  let i = 0;
  for (; i < n; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (pos >= limit) break;
      target[pos++] = c;
      continue;
    }
    if (c < 0x800) {
      if (pos + 2 > limit) break;
      target[pos++] = 0xc0 | (c >> 6);
      target[pos++] = 0x80 | (c & 63);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < n ? str.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && (next & 0xfc00) === 0xdc00) {
        if (pos + 4 > limit) break;
        const cp = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        target[pos++] = 0xf0 | (cp >> 18);
        target[pos++] = 0x80 | ((cp >> 12) & 63);
        target[pos++] = 0x80 | ((cp >> 6) & 63);
        target[pos++] = 0x80 | (cp & 63);
        i++;
        continue;
      }
      c = 0xfffd;
    }
    if (pos + 3 > limit) break;
    target[pos++] = 0xe0 | (c >> 12);
    target[pos++] = 0x80 | ((c >> 6) & 63);
    target[pos++] = 0x80 | (c & 63);
  }
  lastRead = i;
  return pos - offset;
}

function utf8Encode(str) {
  const out = new Uint8Array(utf8Length(str));
  utf8Write(str, out, 0, out.length);
  return out;
}

class InvalidUtf8 extends Error {}

// Decodes bytes[start, end). fatal: throw InvalidUtf8 instead of inserting U+FFFD.
function utf8Slice(bytes, start, end, fatal) {
  let out = '';
  let u = 0;
  let i = start;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) {
      units[u++] = b;
      i++;
    } else {
      let need;
      let cp;
      let lower = 0x80;
      let upper = 0xbf;
      if (b >= 0xc2 && b <= 0xdf) {
        need = 1;
        cp = b & 0x1f;
      } else if (b >= 0xe0 && b <= 0xef) {
        need = 2;
        cp = b & 0x0f;
        if (b === 0xe0) lower = 0xa0;
        else if (b === 0xed) upper = 0x9f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        need = 3;
        cp = b & 0x07;
        if (b === 0xf0) lower = 0x90;
        else if (b === 0xf4) upper = 0x8f;
      } else {
        if (fatal) throw new InvalidUtf8();
        units[u++] = 0xfffd;
        i++;
        if (u >= CHUNK) {
          out += flushUnits(u);
          u = 0;
        }
        continue;
      }
      let j = i + 1;
      let complete = true;
      for (let k = 0; k < need; k++, j++) {
        const c = j < end ? bytes[j] : -1;
        if (c < lower || c > upper) {
          complete = false;
          break;
        }
        lower = 0x80;
        upper = 0xbf;
        cp = (cp << 6) | (c & 0x3f);
      }
      // The offending byte (if any) starts the next sequence.
      i = j;
      if (!complete) {
        if (fatal) throw new InvalidUtf8();
        units[u++] = 0xfffd;
      } else if (cp >= 0x10000) {
        cp -= 0x10000;
        units[u++] = 0xd800 + (cp >> 10);
        units[u++] = 0xdc00 + (cp & 0x3ff);
      } else {
        units[u++] = cp;
      }
    }
    if (u >= CHUNK) {
      out += flushUnits(u);
      u = 0;
    }
  }
  return u === 0 ? out : out + flushUnits(u);
}

// How many bytes at the end of bytes[start, end) form an incomplete (but so far valid) UTF-8
// sequence that a streaming decoder should keep for the next chunk.
function utf8IncompleteTail(bytes, start, end) {
  for (let back = 1; back <= 3 && end - back >= start; back++) {
    const b = bytes[end - back];
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need < back) return 0;
    // The continuation bytes present must be valid so far (same bounds as utf8Slice).
    let lower = 0x80;
    let upper = 0xbf;
    if (b === 0xe0) lower = 0xa0;
    else if (b === 0xed) upper = 0x9f;
    else if (b === 0xf0) lower = 0x90;
    else if (b === 0xf4) upper = 0x8f;
    for (let k = end - back + 1; k < end; k++) {
      if (bytes[k] < lower || bytes[k] > upper) return 0;
      lower = 0x80;
      upper = 0xbf;
    }
    return back;
  }
  return 0;
}

// ---- single-byte and UTF-16 ----

function latin1Slice(bytes, start, end, mask = 0xff) {
  let out = '';
  let u = 0;
  for (let i = start; i < end; i++) {
    units[u++] = bytes[i] & mask;
    if (u === CHUNK) {
      out += flushUnits(u);
      u = 0;
    }
  }
  return u === 0 ? out : out + flushUnits(u);
}

function latin1Write(str, target, offset, limit) {
  const n = Math.min(str.length, limit - offset);
  for (let i = 0; i < n; i++) target[offset + i] = str.charCodeAt(i);
  return n;
}

function ucs2Slice(bytes, start, end) {
  let out = '';
  let u = 0;
  for (let i = start; i + 1 < end; i += 2) {
    units[u++] = bytes[i] | (bytes[i + 1] << 8);
    if (u === CHUNK) {
      out += flushUnits(u);
      u = 0;
    }
  }
  return u === 0 ? out : out + flushUnits(u);
}

function ucs2Write(str, target, offset, limit) {
  const n = Math.min(str.length, (limit - offset) >> 1);
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    target[offset + 2 * i] = c & 0xff;
    target[offset + 2 * i + 1] = c >> 8;
  }
  return n * 2;
}

// ---- hex ----

const hexDigits = '0123456789abcdef';
const hexPairs = [];
for (let i = 0; i < 256; i++) hexPairs.push(hexDigits[i >> 4] + hexDigits[i & 15]);

function hexSlice(bytes, start, end) {
  let out = '';
  for (let i = start; i < end; i++) out += hexPairs[bytes[i]];
  return out;
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

// Stops at the first pair that is not hex, like Node.
function hexWrite(str, target, offset, limit) {
  const pairs = Math.min(str.length >> 1, limit - offset);
  let i = 0;
  for (; i < pairs; i++) {
    const hi = hexValue(str.charCodeAt(2 * i));
    const lo = hexValue(str.charCodeAt(2 * i + 1));
    if (hi < 0 || lo < 0) break;
    target[offset + i] = (hi << 4) | lo;
  }
  return i;
}

// ---- base64 / base64url ----

const b64Chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64UrlChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const b64Codes = new Uint8Array(64);
const b64UrlCodes = new Uint8Array(64);
for (let i = 0; i < 64; i++) {
  b64Codes[i] = b64Chars.charCodeAt(i);
  b64UrlCodes[i] = b64UrlChars.charCodeAt(i);
}
// Both alphabets decode (Node accepts either for 'base64' and 'base64url').
const b64Values = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) {
  b64Values[b64Chars.charCodeAt(i)] = i;
  b64Values[b64UrlChars.charCodeAt(i)] = i;
}

function base64Slice(bytes, start, end, url) {
  const codes = url ? b64UrlCodes : b64Codes;
  let out = '';
  let u = 0;
  let i = start;
  for (; i + 2 < end; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    units[u++] = codes[n >> 18];
    units[u++] = codes[(n >> 12) & 63];
    units[u++] = codes[(n >> 6) & 63];
    units[u++] = codes[n & 63];
    if (u >= CHUNK - 4) {
      out += flushUnits(u);
      u = 0;
    }
  }
  const rest = end - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    units[u++] = codes[n >> 18];
    units[u++] = codes[(n >> 12) & 63];
    if (!url) {
      units[u++] = 61;
      units[u++] = 61;
    }
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    units[u++] = codes[n >> 18];
    units[u++] = codes[(n >> 12) & 63];
    units[u++] = codes[(n >> 6) & 63];
    if (!url) units[u++] = 61;
  }
  return u === 0 ? out : out + flushUnits(u);
}

// The size Node allocates for a base64 string (an upper bound of the decoded size).
function base64ByteLength(str) {
  let n = str.length;
  if (n > 0 && str.charCodeAt(n - 1) === 61) n--;
  if (n > 1 && str.charCodeAt(n - 1) === 61) n--;
  return (n * 3) >>> 2;
}

// Lenient like Node: characters outside the alphabets are skipped, '=' ends the data.
function base64Write(str, target, offset, limit) {
  let pos = offset;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c === 61) break;
    const v = c < 256 ? b64Values[c] : -1;
    if (v < 0) continue;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      if (pos >= limit) return pos - offset;
      target[pos++] = (acc >> bits) & 0xff;
    }
  }
  return pos - offset;
}

module.exports = {
  utf8Length, utf8Write, utf8Encode, utf8Slice, utf8IncompleteTail, InvalidUtf8,
  latin1Slice, latin1Write, ucs2Slice, ucs2Write, hexSlice, hexWrite,
  base64Slice, base64Write, base64ByteLength,
  get lastRead() {
    return lastRead;
  },
};

'use strict';
// `crypto`: hashes and HMACs (createHash, createHmac, hash), random numbers (randomBytes,
// randomFillSync, randomInt, randomUUID, getRandomValues) and timingSafeEqual, on the JDK's
// implementations (CryptoBindings.java). Ciphers, keys and signatures are not implemented: those
// functions throw, naming themselves.
const { Buffer } = require('buffer');
const { invalidArgType, codedError, outOfRange } = require('internal/errors');
const bindings = internalBinding.host.crypto();

function bufferOf(slice) {
  const length = slice.length();
  const out = Buffer.allocUnsafe(length);
  if (length > 0) out.set(new Uint8Array(new ArrayBuffer(slice.buffer()), 0, length));
  return out;
}

function toBytes(data, encoding, name = 'data') {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw invalidArgType(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function encodeDigest(buf, encoding) {
  return encoding === undefined || encoding === 'buffer' ? buf : buf.toString(encoding);
}

const kState = Symbol('kState');

class Hash {
  constructor(algorithm, state) {
    if (typeof algorithm !== 'string' && !state) throw invalidArgType('algorithm', 'string', algorithm);
    const s = state || bindings.createHash(algorithm);
    if (s === null) throw new Error('Digest method not supported');
    this[kState] = { digest: s, finalized: false };
  }

  update(data, inputEncoding) {
    const st = this[kState];
    if (st.finalized) throw codedError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    st.digest.update(toBytes(data, inputEncoding));
    return this;
  }

  digest(outputEncoding) {
    const st = this[kState];
    if (st.finalized) throw codedError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    st.finalized = true;
    return encodeDigest(bufferOf(st.digest.digest()), outputEncoding);
  }

  copy() {
    const st = this[kState];
    if (st.finalized) throw codedError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    return new Hash(undefined, st.digest.copy());
  }
}

class Hmac {
  constructor(algorithm, key) {
    if (typeof algorithm !== 'string') throw invalidArgType('hmac', 'string', algorithm);
    if (key !== null && typeof key === 'object' && key.type === 'secret' && typeof key.export === 'function') key = key.export();
    const s = bindings.createHmac(algorithm, toBytes(key, 'utf8', 'key'));
    if (s === null) throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: ' + algorithm);
    this[kState] = { digest: s, finalized: false };
  }

  update(data, inputEncoding) {
    const st = this[kState];
    if (st.finalized) throw codedError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    st.digest.update(toBytes(data, inputEncoding));
    return this;
  }

  // A second digest() of an Hmac answers an empty result (Node's documented quirk), not an error.
  digest(outputEncoding) {
    const st = this[kState];
    if (st.finalized) return encodeDigest(Buffer.alloc(0), outputEncoding);
    st.finalized = true;
    return encodeDigest(bufferOf(st.digest.digest()), outputEncoding);
  }
}

function createHash(algorithm, options) {
  return new Hash(algorithm);
}

function createHmac(algorithm, key, options) {
  return new Hmac(algorithm, key);
}

function hash(algorithm, data, outputEncoding = 'hex') {
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) throw invalidArgType('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  return new Hash(algorithm).update(data).digest(outputEncoding);
}

const kMaxLength = 2 ** 31 - 1;

function checkSize(size) {
  if (typeof size !== 'number') throw invalidArgType('size', 'number', size);
  if (!(size >= 0 && size <= kMaxLength) || Number.isNaN(size)) throw outOfRange('size', '>= 0 && <= ' + kMaxLength, size);
}

function randomBytes(size, callback) {
  checkSize(size);
  if (callback !== undefined && typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
  const buf = bufferOf(bindings.randomBytes(size));
  if (callback) {
    process.nextTick(callback, null, buf);
    return undefined;
  }
  return buf;
}

function randomFillSync(buf, offset = 0, size) {
  if (!ArrayBuffer.isView(buf) && !(buf instanceof ArrayBuffer)) {
    throw invalidArgType('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  const bytes = buf instanceof ArrayBuffer ? new Uint8Array(buf) : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  if (size === undefined) size = bytes.length - offset;
  bytes.set(bufferOf(bindings.randomBytes(size)), offset);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  }
  randomFillSync(buf, offset, size);
  process.nextTick(callback, null, buf);
}

function randomInt(min, max, callback) {
  if (max === undefined || typeof max === 'function') {
    callback = max;
    max = min;
    min = 0;
  }
  if (!Number.isSafeInteger(min)) throw invalidArgType('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw invalidArgType('max', 'a safe integer', max);
  if (max <= min) {
    throw outOfRange('max', 'greater than the value of "min" (' + min + ')', max);
  }
  const range = max - min;
  // Rejection sampling over 48 random bits keeps every value equally likely.
  const limit = 2 ** 48 - (2 ** 48 % range);
  let x;
  do {
    x = bufferOf(bindings.randomBytes(6)).readUIntBE(0, 6);
  } while (x >= limit);
  const n = min + (x % range);
  if (typeof callback === 'function') {
    process.nextTick(callback, null, n);
    return undefined;
  }
  return n;
}

function randomUUID() {
  const b = bufferOf(bindings.randomBytes(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
}

function getRandomValues(array) {
  if (!ArrayBuffer.isView(array) || array instanceof Float32Array || array instanceof Float64Array || array instanceof DataView) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "typedArray" argument must be an instance of Int8Array, Int16Array, Int32Array, Uint8Array, Uint16Array, Uint32Array, or Uint8ClampedArray.');
  }
  return randomFillSync(array);
}

function timingSafeEqual(a, b) {
  if (!ArrayBuffer.isView(a) && !(a instanceof ArrayBuffer)) throw invalidArgType('buf1', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], a);
  if (!ArrayBuffer.isView(b) && !(b instanceof ArrayBuffer)) throw invalidArgType('buf2', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], b);
  const x = ArrayBuffer.isView(a) ? new Uint8Array(a.buffer, a.byteOffset, a.byteLength) : new Uint8Array(a);
  const y = ArrayBuffer.isView(b) ? new Uint8Array(b.buffer, b.byteOffset, b.byteLength) : new Uint8Array(b);
  if (x.length !== y.length) throw codedError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}

function getHashes() {
  return ['md5', 'sha1', 'sha224', 'sha256', 'sha3-256', 'sha3-512', 'sha384', 'sha512', 'sha512-224', 'sha512-256'];
}

function notSupported(name) {
  return function () {
    throw codedError(Error, 'ERR_NAPI_HOST_UNSUPPORTED', 'napi-host does not implement crypto.' + name + '() yet');
  };
}

// crypto.constants as Node 22 on Linux has them (OpenSSL's values; the version number is
// that of the OpenSSL Node 22.14 bundles, 3.0.15). lib/constants.js merges them into the legacy
// `constants` module.
const DEFAULT_CIPHERS = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_' +
  '128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-R' +
  'SA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECD' +
  'HE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES25' +
  '6-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPOR' +
  'T:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';
const constants = {
  OPENSSL_VERSION_NUMBER: 0x300000f0, SSL_OP_ALL: 2147485776, SSL_OP_ALLOW_NO_DHE_KEX: 1024,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144, SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
  SSL_OP_CISCO_ANYCONNECT: 32768, SSL_OP_COOKIE_EXCHANGE: 8192,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648, SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048,
  SSL_OP_LEGACY_SERVER_CONNECT: 4, SSL_OP_NO_COMPRESSION: 131072,
  SSL_OP_NO_ENCRYPT_THEN_MAC: 524288, SSL_OP_NO_QUERY_MTU: 4096,
  SSL_OP_NO_RENEGOTIATION: 1073741824, SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536,
  SSL_OP_NO_SSLv2: 0, SSL_OP_NO_SSLv3: 33554432, SSL_OP_NO_TICKET: 16384,
  SSL_OP_NO_TLSv1: 67108864, SSL_OP_NO_TLSv1_1: 268435456, SSL_OP_NO_TLSv1_2: 134217728,
  SSL_OP_NO_TLSv1_3: 536870912, SSL_OP_PRIORITIZE_CHACHA: 2097152,
  SSL_OP_TLS_ROLLBACK_BUG: 8388608, ENGINE_METHOD_RSA: 1, ENGINE_METHOD_DSA: 2,
  ENGINE_METHOD_DH: 4, ENGINE_METHOD_RAND: 8, ENGINE_METHOD_EC: 2048, ENGINE_METHOD_CIPHERS: 64,
  ENGINE_METHOD_DIGESTS: 128, ENGINE_METHOD_PKEY_METHS: 512, ENGINE_METHOD_PKEY_ASN1_METHS: 1024,
  ENGINE_METHOD_ALL: 65535, ENGINE_METHOD_NONE: 0, DH_CHECK_P_NOT_SAFE_PRIME: 2,
  DH_CHECK_P_NOT_PRIME: 1, DH_UNABLE_TO_CHECK_GENERATOR: 4, DH_NOT_SUITABLE_GENERATOR: 8,
  RSA_PKCS1_PADDING: 1, RSA_NO_PADDING: 3, RSA_PKCS1_OAEP_PADDING: 4, RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6, RSA_PSS_SALTLEN_DIGEST: -1, RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2, defaultCoreCipherList: DEFAULT_CIPHERS,
  TLS1_VERSION: 769, TLS1_1_VERSION: 770, TLS1_2_VERSION: 771,
  TLS1_3_VERSION: 772, POINT_CONVERSION_COMPRESSED: 2, POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
  defaultCipherList: DEFAULT_CIPHERS,
};

module.exports = {
  createHash, createHmac, hash, Hash, Hmac,
  randomBytes, pseudoRandomBytes: randomBytes, randomFillSync, randomFill, randomInt, randomUUID, getRandomValues,
  timingSafeEqual, getHashes,
  createCipheriv: notSupported('createCipheriv'), createDecipheriv: notSupported('createDecipheriv'),
  createSign: notSupported('createSign'), createVerify: notSupported('createVerify'),
  generateKeyPairSync: notSupported('generateKeyPairSync'), pbkdf2Sync: notSupported('pbkdf2Sync'),
  scryptSync: notSupported('scryptSync'), createPublicKey: notSupported('createPublicKey'),
  createPrivateKey: notSupported('createPrivateKey'), createSecretKey: notSupported('createSecretKey'),
  constants,
};

'use strict';
// The `util` core module.
const { inspect, formatNumber, stripVTControlCharacters, stylizeNoColor } = require('internal/inspect');
const errors = require('internal/errors');
const types = require('util/types');

// ---- format ----

const builtInConstructors = new Set(Object.getOwnPropertyNames(globalThis).filter((name) => /^[A-Z][a-zA-Z0-9]+$/.test(name) && typeof globalThis[name] === 'function'));

// %s shows objects whose toString is the built-in one through inspect, others through String().
function hasBuiltInToString(value) {
  if (typeof value.toString !== 'function') return true;
  if (Object.prototype.hasOwnProperty.call(value, 'toString')) return false;
  let holder = value;
  do {
    holder = Object.getPrototypeOf(holder);
  } while (holder !== null && !Object.prototype.hasOwnProperty.call(holder, 'toString'));
  if (holder === null) return true;
  const d = Object.getOwnPropertyDescriptor(holder, 'constructor');
  return d !== undefined && typeof d.value === 'function' && builtInConstructors.has(d.value.name);
}

function stringifyForJ(value) {
  try {
    return JSON.stringify(value);
  } catch (err) {
    if (err instanceof TypeError && /circular|cyclic/i.test(err.message)) return '[Circular]';
    throw err;
  }
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw errors.invalidArgType('inspectOptions', 'object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let last = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const next = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        let piece;
        switch (next) {
          case 115: { // s
            const v = args[++a];
            if (typeof v === 'number') piece = formatNumber(stylizeNoColor, v, false);
            else if (typeof v === 'bigint') piece = v + 'n';
            else if (typeof v !== 'object' || v === null || !hasBuiltInToString(v)) piece = String(v);
            else piece = inspect(v, Object.assign({}, inspectOptions, { depth: 0, colors: false, compact: 3 }));
            break;
          }
          case 106: // j
            piece = stringifyForJ(args[++a]);
            break;
          case 100: { // d
            const v = args[++a];
            if (typeof v === 'bigint') piece = v + 'n';
            else if (typeof v === 'symbol') piece = 'NaN';
            else piece = formatNumber(stylizeNoColor, Number(v), false);
            break;
          }
          case 79: // O
            piece = inspect(args[++a], inspectOptions);
            break;
          case 111: // o
            piece = inspect(args[++a], Object.assign({}, inspectOptions, { showHidden: true, showProxy: true, depth: 4 }));
            break;
          case 105: { // i
            const v = args[++a];
            if (typeof v === 'bigint') piece = v + 'n';
            else if (typeof v === 'symbol') piece = 'NaN';
            else piece = formatNumber(stylizeNoColor, Number.parseInt(v), false);
            break;
          }
          case 102: { // f
            const v = args[++a];
            piece = typeof v === 'symbol' ? 'NaN' : formatNumber(stylizeNoColor, Number.parseFloat(v), false);
            break;
          }
          case 99: // c: CSS is ignored outside browsers
            a += 1;
            piece = '';
            break;
          case 37: // %%
            str += first.slice(last, i);
            last = i + 1;
            continue;
          default:
            continue;
        }
        if (last !== i - 1) str += first.slice(last, i - 1);
        str += piece;
        last = i + 1;
      } else if (next === 37) {
        str += first.slice(last, i);
        last = i + 1;
      }
    }
    if (last !== 0) {
      a++;
      join = ' ';
      if (last < first.length) str += first.slice(last);
    }
  }
  while (a < args.length) {
    const v = args[a];
    str += join;
    str += typeof v !== 'string' ? inspect(v, inspectOptions) : v;
    join = ' ';
    a++;
  }
  return str;
}

const noOptions = {};
function format(...args) {
  return formatWithOptionsInternal(noOptions, args);
}

// ---- promisify / callbackify ----

const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');
const customPromisifyArgs = Symbol('customPromisifyArgs');

function promisify(original) {
  errors.validateFunction(original, 'original');
  if (original[promisifyCustom]) {
    const fn = original[promisifyCustom];
    errors.validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, promisifyCustom, { value: fn, enumerable: false, writable: false, configurable: true });
  }
  const argumentNames = original[customPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      Reflect.apply(original, this, args.concat((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      }));
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, promisifyCustom, { value: fn, enumerable: false, writable: false, configurable: true });
  return Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
}
promisify.custom = promisifyCustom;

function callbackify(original) {
  errors.validateFunction(original, 'original');
  function callbackified(...args) {
    const callback = args.pop();
    errors.validateFunction(callback, 'last argument');
    const onFulfilled = (value) => process.nextTick(callback, null, value);
    const onRejected = (reason) => {
      if (!reason) {
        const err = new Error('Promise was rejected with a falsy value');
        err.code = 'ERR_FALSY_VALUE_REJECTION';
        err.reason = reason;
        reason = err;
      }
      process.nextTick(callback, reason);
    };
    Reflect.apply(original, this, args).then(onFulfilled, onRejected);
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  Object.setPrototypeOf(callbackified, Object.getPrototypeOf(original));
  return Object.defineProperties(callbackified, descriptors);
}

// ---- classic helpers ----

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw errors.invalidArgType('ctor', 'function', ctor);
  if (superCtor === undefined || superCtor === null) throw errors.invalidArgType('superCtor', 'function', superCtor);
  if (superCtor.prototype === undefined) throw errors.invalidArgType('superCtor.prototype', 'object', superCtor.prototype);
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const warnedCodes = new Set();
function deprecate(fn, msg, code) {
  errors.validateFunction(fn, 'fn');
  if (process.noDeprecation === true) return fn;
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code !== undefined) {
        if (!warnedCodes.has(code)) {
          warnedCodes.add(code);
          process.emitWarning(msg, 'DeprecationWarning', code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning');
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

const debugEnv = (typeof process !== 'undefined' && process.env && process.env.NODE_DEBUG) || '';
const debugPatterns = debugEnv.split(/[\s,]+/).filter(Boolean).map((p) =>
  new RegExp('^' + p.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*') + '$', 'i'));

function debuglog(set, cb) {
  const name = String(set).toUpperCase();
  const enabled = debugPatterns.some((re) => re.test(name));
  let logger;
  if (enabled) {
    const pid = process.pid;
    logger = (...args) => process.stderr.write(name + ' ' + pid + ': ' + format(...args) + '\n');
  } else {
    logger = () => {};
  }
  if (typeof cb === 'function') cb(logger);
  Object.defineProperty(logger, 'enabled', { get: () => enabled, configurable: true, enumerable: true });
  return logger;
}

// ---- deep equality (strict mode of assert.deepStrictEqual) ----

function isDeepStrictEqual(a, b) {
  return deepEqual(a, b, new Map());
}

function deepEqual(a, b, memo) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const tag = Object.prototype.toString.call(a);
  if (tag !== Object.prototype.toString.call(b)) return false;
  const seen = memo.get(a);
  if (seen !== undefined && seen.has(b)) return true;
  if (seen === undefined) memo.set(a, new Set([b]));
  else seen.add(b);

  if (Array.isArray(a)) {
    if (a.length !== b.length) return false;
  } else if (types.isDate(a)) {
    if (a.getTime() !== b.getTime()) return false;
  } else if (types.isRegExp(a)) {
    if (a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
  } else if (types.isNativeError(a)) {
    if (a.message !== b.message || a.name !== b.name) return false;
  } else if (ArrayBuffer.isView(a)) {
    if (a.byteLength !== b.byteLength) return false;
    const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    if (types.isFloat32Array(a) || types.isFloat64Array(a)) {
      for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
    } else {
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    }
  } else if (types.isAnyArrayBuffer(a)) {
    if (a.byteLength !== b.byteLength) return false;
    const x = new Uint8Array(a);
    const y = new Uint8Array(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  } else if (types.isBoxedPrimitive(a)) {
    if (!Object.is(a.valueOf(), b.valueOf())) return false;
  }
  const keysA = ownEnumerable(a);
  const keysB = ownEnumerable(b);
  if (keysA.length !== keysB.length) return false;
  for (const k of keysA) {
    if (!Object.prototype.propertyIsEnumerable.call(b, k)) return false;
  }
  if (ArrayBuffer.isView(a)) {
    for (const k of keysA) if (!/^\d+$/.test(String(k)) && !deepEqual(a[k], b[k], memo)) return false;
    return true;
  }
  for (const k of keysA) if (!deepEqual(a[k], b[k], memo)) return false;
  if (types.isSet(a)) return setEqual(a, b, memo);
  if (types.isMap(a)) return mapEqual(a, b, memo);
  return true;
}

function ownEnumerable(o) {
  const keys = Object.keys(o);
  for (const s of Object.getOwnPropertySymbols(o)) if (Object.prototype.propertyIsEnumerable.call(o, s)) keys.push(s);
  return keys;
}

function setEqual(a, b, memo) {
  if (a.size !== b.size) return false;
  const pending = [];
  for (const v of a) {
    if (typeof v === 'object' && v !== null) pending.push(v);
    else if (!b.has(v)) return false;
  }
  if (pending.length === 0) return true;
  const candidates = [];
  for (const v of b) if (typeof v === 'object' && v !== null) candidates.push(v);
  for (const v of pending) {
    const i = candidates.findIndex((c) => deepEqual(v, c, memo));
    if (i === -1) return false;
    candidates.splice(i, 1);
  }
  return true;
}

function mapEqual(a, b, memo) {
  if (a.size !== b.size) return false;
  const pending = [];
  for (const [k, v] of a) {
    if (typeof k === 'object' && k !== null) pending.push([k, v]);
    else if (!b.has(k) || !deepEqual(v, b.get(k), memo)) return false;
  }
  if (pending.length === 0) return true;
  const candidates = [];
  for (const entry of b) if (typeof entry[0] === 'object' && entry[0] !== null) candidates.push(entry);
  for (const [k, v] of pending) {
    const i = candidates.findIndex(([ck, cv]) => deepEqual(k, ck, memo) && deepEqual(v, cv, memo));
    if (i === -1) return false;
    candidates.splice(i, 1);
  }
  return true;
}

// ---- misc ----

function getSystemErrorName(code) {
  const names = { '-1': 'EPERM', '-2': 'ENOENT', '-4': 'EINTR', '-5': 'EIO', '-9': 'EBADF', '-11': 'EAGAIN', '-12': 'ENOMEM', '-13': 'EACCES', '-17': 'EEXIST', '-20': 'ENOTDIR', '-21': 'EISDIR', '-22': 'EINVAL', '-24': 'EMFILE', '-28': 'ENOSPC', '-32': 'EPIPE', '-39': 'ENOTEMPTY', '-98': 'EADDRINUSE', '-104': 'ECONNRESET', '-110': 'ETIMEDOUT', '-111': 'ECONNREFUSED' };
  return names[String(code)] || 'Unknown system error ' + code;
}

function toUSVString(input) {
  return String(input).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function parseArgs() {
  const err = new Error('util.parseArgs is not implemented by napi-host yet');
  err.code = 'ERR_NAPI_HOST_UNSUPPORTED';
  throw err;
}

function styleText(format, text) {
  const formats = Array.isArray(format) ? format : [format];
  let out = text;
  for (const f of formats) {
    const code = inspect.colors[f];
    if (code === undefined) throw errors.invalidArgValue('format', f, 'must be one of: ' + Object.keys(inspect.colors).join(', '));
    out = '\u001b[' + code[0] + 'm' + out + '\u001b[' + code[1] + 'm';
  }
  return out;
}

function aborted(signal, resource) {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

module.exports = {
  format,
  formatWithOptions,
  inspect,
  promisify,
  callbackify,
  inherits,
  deprecate,
  debuglog,
  debug: debuglog,
  isDeepStrictEqual,
  types,
  stripVTControlCharacters,
  toUSVString,
  getSystemErrorName,
  parseArgs,
  styleText,
  aborted,
  TextEncoder: globalThis.TextEncoder,
  TextDecoder: globalThis.TextDecoder,
  // Deprecated helpers that old packages still call.
  isArray: Array.isArray,
  isBoolean: (v) => typeof v === 'boolean',
  isNull: (v) => v === null,
  isNullOrUndefined: (v) => v === null || v === undefined,
  isNumber: (v) => typeof v === 'number',
  isString: (v) => typeof v === 'string',
  isSymbol: (v) => typeof v === 'symbol',
  isUndefined: (v) => v === undefined,
  isRegExp: types.isRegExp,
  isObject: (v) => v !== null && typeof v === 'object',
  isDate: types.isDate,
  isError: (v) => types.isNativeError(v) || v instanceof Error,
  isFunction: (v) => typeof v === 'function',
  isPrimitive: (v) => v === null || (typeof v !== 'object' && typeof v !== 'function'),
  isBuffer: (v) => require('buffer').Buffer.isBuffer(v),
  log: (...args) => {
    const d = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const time = pad(d.getHours()) + ':' + pad(d.getMinutes()) + ':' + pad(d.getSeconds());
    process.stdout.write(d.getDate() + ' ' + months[d.getMonth()] + ' ' + time + ' - ' + format(...args) + '\n');
  },
  _extend: (target, source) => {
    if (source === null || typeof source !== 'object') return target;
    for (const k of Object.keys(source)) target[k] = source[k];
    return target;
  },
};

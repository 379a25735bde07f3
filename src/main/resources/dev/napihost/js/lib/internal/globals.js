'use strict';
// Web-platform globals Node has and GraalJS lacks: TextEncoder/TextDecoder, structuredClone,
// atob/btoa, URL/URLSearchParams, performance, DOMException, Event/EventTarget,
// AbortController/AbortSignal. Like Node's, they are non-enumerable properties of globalThis.
const { host } = internalBinding;
// Loaded by the first TextEncoder/TextDecoder call, not at start-up.
let encodingModule;
const enc = () => encodingModule || (encodingModule = require('internal/encoding'));

// Node's web classes are non-enumerable globals; its functions/objects structuredClone, atob, btoa
// and performance are enumerable.
const enumerableGlobals = new Set(['structuredClone', 'atob', 'btoa', 'performance']);
function define(name, value) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: enumerableGlobals.has(name) });
}

function typeError(code, message) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

// ---- TextEncoder / TextDecoder ----

class TextEncoder {
  get encoding() {
    return 'utf-8';
  }

  encode(input = '') {
    return enc().utf8Encode(String(input));
  }

  encodeInto(src, dest) {
    if (!(dest instanceof Uint8Array)) throw require('internal/errors').invalidArgType('dest', 'Uint8Array', dest);
    const written = enc().utf8Write(String(src), dest, 0, dest.length);
    return { read: enc().lastRead, written };
  }
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });

const decoderLabels = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'unicode-1-1-utf-8': 'utf-8', 'unicode11utf8': 'utf-8', 'unicode20utf8': 'utf-8', 'x-unicode20utf8': 'utf-8',
  'utf-16le': 'utf-16le', 'utf-16': 'utf-16le', ucs2: 'utf-16le', 'ucs-2': 'utf-16le', 'csunicode': 'utf-16le', 'iso-10646-ucs-2': 'utf-16le', 'unicodefeff': 'utf-16le',
  latin1: 'windows-1252', 'iso-8859-1': 'windows-1252', 'windows-1252': 'windows-1252', ascii: 'windows-1252', 'us-ascii': 'windows-1252', 'iso8859-1': 'windows-1252', 'l1': 'windows-1252', 'cp1252': 'windows-1252', 'x-cp1252': 'windows-1252',
};

function bytesOf(input) {
  if (input === undefined) return new Uint8Array(0);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (input instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && input instanceof SharedArrayBuffer)) return new Uint8Array(input);
  throw require('internal/errors').invalidArgType('input', ['ArrayBuffer', 'ArrayBufferView'], input);
}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #pending = null;
  #bomSeen = false;

  constructor(encoding = 'utf-8', options = {}) {
    const label = String(encoding).trim().toLowerCase();
    const name = decoderLabels[label];
    if (name === undefined) {
      const err = new RangeError('The "' + encoding + '" encoding is not supported');
      err.code = 'ERR_ENCODING_NOT_SUPPORTED';
      throw err;
    }
    if (options !== null && typeof options !== 'object') throw require('internal/errors').invalidArgType('options', 'object', options);
    this.#encoding = name;
    this.#fatal = Boolean(options && options.fatal);
    this.#ignoreBOM = Boolean(options && options.ignoreBOM);
  }

  get encoding() {
    return this.#encoding;
  }

  get fatal() {
    return this.#fatal;
  }

  get ignoreBOM() {
    return this.#ignoreBOM;
  }

  decode(input = undefined, options = {}) {
    let bytes = bytesOf(input);
    const stream = Boolean(options && options.stream);
    if (this.#pending !== null) {
      const joined = new Uint8Array(this.#pending.length + bytes.length);
      joined.set(this.#pending);
      joined.set(bytes, this.#pending.length);
      bytes = joined;
      this.#pending = null;
    }
    let end = bytes.length;
    if (stream) {
      const keep = this.#encoding === 'utf-8' ? enc().utf8IncompleteTail(bytes, 0, end) : this.#encoding === 'utf-16le' ? end & 1 : 0;
      if (keep > 0) {
        this.#pending = bytes.slice(end - keep);
        end -= keep;
      }
    }
    let start = 0;
    if (!this.#bomSeen && !this.#ignoreBOM) {
      if (this.#encoding === 'utf-8' && end >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
      else if (this.#encoding === 'utf-16le' && end >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) start = 2;
    }
    if (end > 0) this.#bomSeen = stream;
    if (!stream) this.#bomSeen = false;
    let text;
    if (this.#encoding === 'utf-8') {
      try {
        text = enc().utf8Slice(bytes, start, end, this.#fatal);
      } catch (e) {
        if (!(e instanceof enc().InvalidUtf8)) throw e;
        throw typeError('ERR_ENCODING_INVALID_ENCODED_DATA', 'The encoded data was not valid for encoding utf-8');
      }
    } else if (this.#encoding === 'utf-16le') {
      text = enc().ucs2Slice(bytes, start, end);
      if ((end - start) & 1) text += '\ufffd';
    } else {
      text = enc().latin1Slice(bytes, start, end);
    }
    return text;
  }
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });

define('TextEncoder', TextEncoder);
define('TextDecoder', TextDecoder);

// ---- DOMException ----

const domExceptionCodes = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
  NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
  SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
  TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
  QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
};

class DOMException extends Error {
  #name;

  constructor(message = '', options = 'Error') {
    super(String(message));
    if (options !== null && typeof options === 'object') {
      this.#name = 'name' in options ? String(options.name) : 'Error';
      if ('cause' in options) Object.defineProperty(this, 'cause', { value: options.cause, writable: true, configurable: true, enumerable: false });
    } else {
      this.#name = String(options);
    }
    // The stack header was computed with the default name; show the real one like Node.
    if (typeof this.stack === 'string' && this.stack.startsWith('Error')) {
      Object.defineProperty(this, 'stack', { value: this.#name + this.stack.slice(5), writable: true, configurable: true, enumerable: false });
    }
  }

  get name() {
    return this.#name;
  }

  get code() {
    return domExceptionCodes[this.#name] || 0;
  }
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });
// The legacy code constants, listed rather than derived from the names: the first regular
// expression a program runs starts the engine's regex compiler, which costs start-up.
const domExceptionConstants = [
  'INDEX_SIZE_ERR', 'DOMSTRING_SIZE_ERR', 'HIERARCHY_REQUEST_ERR', 'WRONG_DOCUMENT_ERR',
  'INVALID_CHARACTER_ERR', 'NO_DATA_ALLOWED_ERR', 'NO_MODIFICATION_ALLOWED_ERR', 'NOT_FOUND_ERR',
  'NOT_SUPPORTED_ERR', 'INUSE_ATTRIBUTE_ERR', 'INVALID_STATE_ERR', 'SYNTAX_ERR',
  'INVALID_MODIFICATION_ERR', 'NAMESPACE_ERR', 'INVALID_ACCESS_ERR', 'VALIDATION_ERR',
  'TYPE_MISMATCH_ERR', 'SECURITY_ERR', 'NETWORK_ERR', 'ABORT_ERR', 'URL_MISMATCH_ERR',
  'QUOTA_EXCEEDED_ERR', 'TIMEOUT_ERR', 'INVALID_NODE_TYPE_ERR', 'DATA_CLONE_ERR',
];
domExceptionConstants.forEach((constName, i) => {
  Object.defineProperty(DOMException, constName, { value: i + 1, enumerable: true });
  Object.defineProperty(DOMException.prototype, constName, { value: i + 1, enumerable: true });
});
define('DOMException', DOMException);

function structuredCloneImpl(value, seen) {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'function' || typeof value === 'symbol') {
      throw new DOMException((typeof value === 'function' ? String(value) : value.toString()) + ' could not be cloned.', 'DataCloneError');
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
    throw new DOMException('#<' + value.constructor.name + '> could not be cloned.', 'DataCloneError');
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


// ---- atob / btoa ----

// Lazy (bootstrap.js defineLazyGlobal): buffer and internal/url load when first used.
internalBinding.defineLazyGlobal('atob', () => require('buffer').atob, true);
internalBinding.defineLazyGlobal('btoa', () => require('buffer').btoa, true);

// ---- URL ----

if (typeof globalThis.URL === 'undefined') {
  internalBinding.defineLazyGlobal('URL', () => require('internal/url').URL);
  internalBinding.defineLazyGlobal('URLSearchParams', () => require('internal/url').URLSearchParams);
}

// ---- performance ----

const originNanos = host.hrtimeNanos();
const timeOrigin = Date.now();
const perfEntries = [];

class PerformanceEntry {
  constructor(name, entryType, startTime, duration, detail) {
    this.name = name;
    this.entryType = entryType;
    this.startTime = startTime;
    this.duration = duration;
    if (detail !== undefined) this.detail = detail;
  }

  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this.detail };
  }
}

function now() {
  return (host.hrtimeNanos() - originNanos) / 1e6;
}

function markTime(name) {
  if (name === undefined) return now();
  if (typeof name === 'number') return name;
  for (let i = perfEntries.length - 1; i >= 0; i--) {
    if (perfEntries[i].name === name && perfEntries[i].entryType === 'mark') return perfEntries[i].startTime;
  }
  const err = new DOMException("The \"" + name + "\" performance mark has not been set", 'SyntaxError');
  throw err;
}

const performance = {
  now,
  timeOrigin,
  mark(name, options) {
    const entry = new PerformanceEntry(String(name), 'mark', options && options.startTime !== undefined ? options.startTime : now(), 0, options && options.detail);
    perfEntries.push(entry);
    return entry;
  },
  measure(name, startOrOptions, endMark) {
    let start;
    let end;
    let detail;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      start = markTime(startOrOptions.start);
      end = startOrOptions.end !== undefined ? markTime(startOrOptions.end) : startOrOptions.duration !== undefined ? start + startOrOptions.duration : now();
      detail = startOrOptions.detail;
    } else {
      start = startOrOptions === undefined ? 0 : markTime(startOrOptions);
      end = markTime(endMark);
    }
    const entry = new PerformanceEntry(String(name), 'measure', start, end - start, detail);
    perfEntries.push(entry);
    return entry;
  },
  getEntries: () => perfEntries.slice(),
  getEntriesByName: (name, type) => perfEntries.filter((e) => e.name === name && (type === undefined || e.entryType === type)),
  getEntriesByType: (type) => perfEntries.filter((e) => e.entryType === type),
  clearMarks(name) {
    for (let i = perfEntries.length - 1; i >= 0; i--) {
      if (perfEntries[i].entryType === 'mark' && (name === undefined || perfEntries[i].name === name)) perfEntries.splice(i, 1);
    }
  },
  clearMeasures(name) {
    for (let i = perfEntries.length - 1; i >= 0; i--) {
      if (perfEntries[i].entryType === 'measure' && (name === undefined || perfEntries[i].name === name)) perfEntries.splice(i, 1);
    }
  },
  toJSON() {
    return { nodeTiming: {}, timeOrigin, eventLoopUtilization: { idle: 0, active: 0, utilization: 0 } };
  },
  eventLoopUtilization: () => ({ idle: 0, active: 0, utilization: 0 }),
  timerify: (fn) => fn,
};
Object.defineProperty(performance, Symbol.toStringTag, { value: 'Performance', configurable: true });
define('performance', performance);

// ---- Event / EventTarget ----

const kStop = Symbol('stop');
const kListeners = Symbol('listeners');

class Event {
  #type;
  #bubbles;
  #cancelable;
  #composed;
  #defaultPrevented = false;
  #timeStamp = now();
  #target = null;
  #currentTarget = null;
  #phase = 0;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw typeError('ERR_MISSING_ARGS', 'The "type" argument must be specified');
    this.#type = String(type);
    this.#bubbles = Boolean(options && options.bubbles);
    this.#cancelable = Boolean(options && options.cancelable);
    this.#composed = Boolean(options && options.composed);
    this[kStop] = 0;
  }

  get type() { return this.#type; }
  get bubbles() { return this.#bubbles; }
  get cancelable() { return this.#cancelable; }
  get composed() { return this.#composed; }
  get defaultPrevented() { return this.#cancelable && this.#defaultPrevented; }
  get returnValue() { return !this.defaultPrevented; }
  get timeStamp() { return this.#timeStamp; }
  get target() { return this.#target; }
  get currentTarget() { return this.#currentTarget; }
  get srcElement() { return this.#target; }
  get eventPhase() { return this.#phase; }
  get isTrusted() { return false; }
  get cancelBubble() { return this[kStop] > 0; }
  set cancelBubble(v) { if (v) this[kStop] = Math.max(this[kStop], 1); }
  composedPath() { return this.#currentTarget ? [this.#currentTarget] : []; }
  preventDefault() { this.#defaultPrevented = true; }
  stopPropagation() { this[kStop] = Math.max(this[kStop], 1); }
  stopImmediatePropagation() { this[kStop] = 2; }

  static _setDispatch(event, target, phase) {
    event.#target = target;
    event.#currentTarget = phase === 0 ? null : target;
    event.#phase = phase;
  }
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });
for (const [k, v] of Object.entries({ NONE: 0, CAPTURING_PHASE: 1, AT_TARGET: 2, BUBBLING_PHASE: 3 })) {
  Object.defineProperty(Event, k, { value: v, enumerable: true });
  Object.defineProperty(Event.prototype, k, { value: v, enumerable: true });
}
const setDispatch = Event._setDispatch;
delete Event._setDispatch;

class CustomEvent extends Event {
  #detail;

  constructor(type, options = undefined) {
    super(type, options);
    this.#detail = options && options.detail !== undefined ? options.detail : null;
  }

  get detail() {
    return this.#detail;
  }
}

class EventTarget {
  constructor() {
    Object.defineProperty(this, kListeners, { value: new Map(), enumerable: false });
  }

  addEventListener(type, listener, options = undefined) {
    if (listener === null || listener === undefined) return;
    if (typeof listener !== 'function' && typeof listener !== 'object') {
      throw require('internal/errors').invalidArgType('listener', ['function', 'object'], listener);
    }
    const opts = typeof options === 'boolean' ? { capture: options } : (options || {});
    const capture = Boolean(opts.capture);
    const signal = opts.signal;
    if (signal !== undefined && signal.aborted) return;
    type = String(type);
    const map = this[kListeners];
    let list = map.get(type);
    if (list === undefined) {
      list = [];
      map.set(type, list);
    }
    if (list.some((l) => l.listener === listener && l.capture === capture)) return;
    const record = { listener, capture, once: Boolean(opts.once), passive: Boolean(opts.passive), removed: false };
    list.push(record);
    if (signal !== undefined) {
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, { capture }), { once: true });
    }
  }

  removeEventListener(type, listener, options = undefined) {
    const capture = typeof options === 'boolean' ? options : Boolean(options && options.capture);
    const list = this[kListeners].get(String(type));
    if (list === undefined) return;
    const i = list.findIndex((l) => l.listener === listener && l.capture === capture);
    if (i !== -1) {
      list[i].removed = true;
      list.splice(i, 1);
    }
  }

  dispatchEvent(event) {
    if (!(event instanceof Event)) throw require('internal/errors').invalidArgType('event', 'Event', event);
    const list = this[kListeners].get(event.type);
    setDispatch(event, this, 2);
    if (list !== undefined) {
      for (const record of list.slice()) {
        if (record.removed) continue;
        if (record.once) this.removeEventListener(event.type, record.listener, { capture: record.capture });
        try {
          const l = record.listener;
          if (typeof l === 'function') l.call(this, event);
          else if (l && typeof l.handleEvent === 'function') l.handleEvent(event);
        } catch (err) {
          // Like Node: a throwing listener does not stop the others; the error is reported as uncaught.
          process.nextTick(() => {
            throw err;
          });
        }
        if (event[kStop] === 2) break;
      }
    }
    setDispatch(event, this, 0);
    return !event.defaultPrevented;
  }
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: 'EventTarget', configurable: true });

define('Event', Event);
define('CustomEvent', CustomEvent);
define('EventTarget', EventTarget);

// ---- AbortController / AbortSignal ----

const kAborted = Symbol('aborted');
const kReason = Symbol('reason');
const kCreate = Symbol('create');
const kOnAbort = Symbol('onabort');

class AbortSignal extends EventTarget {
  constructor(key) {
    if (key !== kCreate) throw typeError('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
    this[kOnAbort] = null;
  }

  // An event handler attribute: it runs in the position its first assignment took among listeners.
  get onabort() {
    return this[kOnAbort];
  }

  set onabort(handler) {
    const first = this[kOnAbort] === null || this[kOnAbort] === undefined;
    this[kOnAbort] = typeof handler === 'function' ? handler : null;
    if (first && this[kOnAbort] !== null) {
      this.addEventListener('abort', (event) => {
        if (typeof this[kOnAbort] === 'function') this[kOnAbort].call(this, event);
      });
    }
  }

  get aborted() {
    return this[kAborted];
  }

  get reason() {
    return this[kReason];
  }

  throwIfAborted() {
    if (this[kAborted]) throw this[kReason];
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    const signal = new AbortSignal(kCreate);
    signal[kAborted] = true;
    signal[kReason] = reason;
    return signal;
  }

  static timeout(ms) {
    const signal = new AbortSignal(kCreate);
    const timer = setTimeout(() => abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError')), ms);
    if (timer && typeof timer.unref === 'function') timer.unref();
    return signal;
  }

  static any(signals) {
    const signal = new AbortSignal(kCreate);
    for (const s of signals) {
      if (s.aborted) {
        signal[kAborted] = true;
        signal[kReason] = s.reason;
        return signal;
      }
    }
    for (const s of signals) s.addEventListener('abort', () => abortSignal(signal, s.reason), { once: true });
    return signal;
  }
}
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  signal.dispatchEvent(new Event('abort'));
}

class AbortController {
  #signal = new AbortSignal(kCreate);

  get signal() {
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal, reason);
  }
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });

define('AbortController', AbortController);
define('AbortSignal', AbortSignal);

// ---- V8's stack-trace API ----

// GraalJS's V8 compatibility mode (js.v8-compat, RuntimeCore) provides Error.captureStackTrace,
// Error.stackTraceLimit and Error.prepareStackTrace with CallSite objects. Where its CallSites
// answer differently from V8's, the shared prototype is corrected here:
// - V8 has no type name for a constructor frame or for a plain call (its receiver is recorded
//   before a sloppy function would see globalThis), where GraalJS says the class name or 'global';
// - positions in a CommonJS file count from the user's text, not from the function wrapper the
//   loader puts in front of line 1 (internal/modules/cjs wrappedFiles).
{
  const hadPrepare = Object.prototype.hasOwnProperty.call(Error, 'prepareStackTrace');
  const prepare = Error.prepareStackTrace;
  Error.prepareStackTrace = (error, sites) => sites;
  const site = new Error().stack[0];
  if (hadPrepare) Error.prepareStackTrace = prepare;
  else delete Error.prepareStackTrace;
  const CallSite = Object.getPrototypeOf(site);
  const engineTypeName = CallSite.getTypeName;
  Object.defineProperty(CallSite, 'getTypeName', {
    value: function getTypeName() {
      if (this.isConstructor()) return null;
      const name = engineTypeName.call(this);
      return name === 'global' ? null : name;
    },
    writable: true,
    configurable: true,
    enumerable: false,
  });
  let cjs;
  const wrapperShift = (site) => {
    const file = site.getFileName();
    if (typeof file !== 'string' || file[0] !== '/') return 0;
    cjs = cjs || require('internal/modules/cjs');
    return cjs.wrappedFiles.has(file) ? cjs.wrapperPrefixLength : 0;
  };
  const replace = (name, fn) => Object.defineProperty(CallSite, name, { value: fn, writable: true, configurable: true, enumerable: false });
  const engineColumn = CallSite.getColumnNumber;
  const enginePosition = CallSite.getPosition;
  const engineToString = CallSite.toString;
  replace('getColumnNumber', function getColumnNumber() {
    const column = engineColumn.call(this);
    return typeof column === 'number' && this.getLineNumber() === 1 ? column - wrapperShift(this) : column;
  });
  replace('getPosition', function getPosition() {
    const position = enginePosition.call(this);
    return typeof position === 'number' ? position - wrapperShift(this) : position;
  });
  replace('toString', function toString() {
    const text = engineToString.call(this);
    const shift = this.getLineNumber() === 1 ? wrapperShift(this) : 0;
    if (shift === 0) return text;
    const column = engineColumn.call(this);
    return text.replace(new RegExp(':1:' + column + '(\\)?)$'), (m, close) => ':1:' + (column - shift) + (close || ''));
  });
}

module.exports = { TextEncoder, TextDecoder, DOMException, Event, EventTarget, AbortController, AbortSignal, utf8Encode: (text) => enc().utf8Encode(text), utf8Decode: (bytes, fatal) => enc().utf8Slice(bytes, 0, bytes.length, fatal) };

// The JS half of the Node-API bridge: the handle store's engine values (array O) beside the kinds
// (K) and numbers (D) the shim keeps in native memory, the wrapper every native function gets, and
// the engine operations the shim asks for through Java (op / stringOp / ...).
// Evaluated once per runtime; returns the functions NapiBridge.java and the bootstrap use.
(function (K, D, S, nativeCall, scripts) {
  'use strict';
  // Shared with shim/src/napi_host.h.
  const ST_TOP = 0, ST_PENDING = 2, ST_CAPACITY = 3, ST_RESULT = 4, ST_OP_ARGS = 8, ST_ARGS = 16;
  const SLOT_FIRST_FREE = 6;
  const KIND_UNDEFINED = 1, KIND_NULL = 2, KIND_BOOLEAN = 3, KIND_NUMBER = 4, KIND_STRING = 5,
      KIND_SYMBOL = 6, KIND_OBJECT = 7, KIND_FUNCTION = 8, KIND_EXTERNAL = 9, KIND_BIGINT = 10;
  const SLOT_GLOBAL = 5;
  const napi_invalid_arg = 1, napi_object_expected = 2, napi_string_expected = 3, napi_name_expected = 4,
      napi_function_expected = 5, napi_number_expected = 6, napi_array_expected = 8,
      napi_generic_failure = 9, napi_pending_exception = 10, napi_date_expected = 18,
      napi_arraybuffer_expected = 19;
  // The shim's 64-bit scratch words (state[ST_ARGS...] seen as raw uint64: see napi_host.h).
  const W = new BigUint64Array(S.buffer, S.byteOffset + ST_ARGS * 4, (S.length - ST_ARGS) >> 1);

  const O = [];
  O[SLOT_GLOBAL] = globalThis;
  // Externals are objects with this prototype: cheap to recognise when arguments are stored.
  const externalProto = Object.freeze(Object.create(null));
  // External -> its data pointer (BigInt). Its finalizer, if any, is a record kept alive with it (keep).
  const externals = new WeakMap();
  let pending;
  const errorTypes = [Error, TypeError, RangeError, SyntaxError];

  function put(s, v) {
    switch (typeof v) {
      case 'number': K[s] = KIND_NUMBER; D[s] = v; return;
      case 'undefined': K[s] = KIND_UNDEFINED; return;
      case 'boolean': K[s] = KIND_BOOLEAN; D[s] = v ? 1 : 0; return;
      case 'string': K[s] = KIND_STRING; break;
      case 'object':
        if (v === null) { K[s] = KIND_NULL; return; }
        K[s] = Object.getPrototypeOf(v) === externalProto ? KIND_EXTERNAL : KIND_OBJECT;
        break;
      case 'function': K[s] = KIND_FUNCTION; break;
      case 'symbol': K[s] = KIND_SYMBOL; break;
      case 'bigint': K[s] = KIND_BIGINT; break;
      default: K[s] = KIND_OBJECT;
    }
    // Slots above the stack top keep their last engine value until reused or until the loop
    // goes idle (trim): clearing them on every return would cost more than the call itself.
    O[s] = v;
  }

  function get(s) {
    switch (K[s]) {
      case KIND_UNDEFINED: return undefined;
      case KIND_NULL: return null;
      case KIND_BOOLEAN: return D[s] !== 0;
      case KIND_NUMBER: return D[s];
      default: return O[s];
    }
  }

  function overflow() {
    return new RangeError('napi-host: the Node-API handle stack is full (' + S[ST_CAPACITY] + ' handles); close handle scopes in loops');
  }

  // napi_host_invoke did not enter the addon: the JS thread's stack is nearly used up (host frames
  // between JS and native code need room that GraalJS's own stack check does not reserve).
  function stackExhausted() {
    return new RangeError('Maximum call stack size exceeded');
  }

  function push(v) {
    const s = S[ST_TOP];
    if (s >= S[ST_CAPACITY]) throw overflow();
    put(s, v);
    S[ST_TOP] = s + 1;
    return s;
  }

  // Raises the pending exception (a native callback run from the loop left it) as uncaught.
  function throwPending() {
    throw takePending();
  }

  // Called by the event loop before it waits: no native frame is active, so every engine value
  // above the stack top is stale and may be collected.
  function trim() {
    const top = S[ST_TOP];
    if (O.length > top) O.length = top > SLOT_FIRST_FREE ? top : SLOT_FIRST_FREE;
  }

  function setPending(e) {
    pending = e;
    S[ST_PENDING] = 1;
    return -napi_pending_exception;
  }

  function takePending() {
    const e = pending;
    pending = undefined;
    S[ST_PENDING] = 0;
    return e;
  }

  // The function JS sees for a native callback: arguments go straight into the handle stack.
  // receiverClass (napi_define_class's instance methods): like V8's signature check, the method
  // runs only on objects that class's constructor built, else TypeError 'Illegal invocation'.
  function makeFunction(record, name, receiverClass) {
    const capacity = S[ST_CAPACITY];
    const f = function () {
      if (receiverClass !== undefined && builtBy.get(this) !== receiverClass) throw new TypeError('Illegal invocation');
      const n = arguments.length;
      const base = S[ST_TOP];
      if (n < 4 && new.target === undefined) {
        // Fast path: all-number arguments go to the handle stack from Java (NativeCall.invokeN).
        const a0 = arguments[0], a1 = arguments[1], a2 = arguments[2];
        if ((n < 1 || typeof a0 === 'number') && (n < 2 || typeof a1 === 'number') && (n < 3 || typeof a2 === 'number')) {
          if (typeof this === 'object' && this !== null) {
            K[base] = KIND_OBJECT;
            O[base] = this;
          } else if (this == null) {
            K[base] = KIND_OBJECT;
            O[base] = globalThis;
          } else {
            put(base, this);
          }
          const v = n === 2 ? nativeCall.invoke2(record, a0, a1) : n === 1 ? nativeCall.invoke1(record, a0)
            : n === 0 ? nativeCall.invoke0(record) : nativeCall.invoke3(record, a0, a1, a2);
          return v === v ? v : fastResult();
        }
      }
      const top = base + 2 + n;
      if (top >= capacity) throw overflow();
      S[ST_TOP] = top;
      // Native callbacks see a sloppy-mode receiver, as in Node.
      // Externals are frozen and have no methods, so an object receiver is never one.
      if (typeof this === 'object') {
        K[base] = KIND_OBJECT;
        O[base] = this === null ? globalThis : this;
      } else if (this === undefined) {
        K[base] = KIND_OBJECT;
        O[base] = globalThis;
      } else {
        put(base, this);
      }
      if (new.target === undefined) {
        K[base + 1] = KIND_UNDEFINED;
      } else {
        put(base + 1, new.target);
        if (classes.has(f)) builtBy.set(this, f);
      }
      for (let i = 0; i < n; i++) {
        const v = arguments[i];
        if (typeof v === 'number') {
          K[base + 2 + i] = KIND_NUMBER;
          D[base + 2 + i] = v;
        } else {
          put(base + 2 + i, v);
        }
      }
      const r = nativeCall.invoke(record, base, n);
      S[ST_TOP] = base;
      if (r > 0) return K[r] === KIND_NUMBER ? D[r] : get(r);
      if (r === -3) throw stackExhausted();
      if (r < 0) throw takePending();
      return undefined;
    };
    Object.defineProperty(f, 'name', { value: name, configurable: true });
    Object.defineProperty(f, 'length', { value: 0, configurable: true });
    return f;
  }

  // Node converts the target with ToObject: for undefined/null V8 throws a TypeError, which stays
  // pending, and the call answers napi_object_expected.
  // ---- references (references.c) ----
  // id -> { value (while counted), weak (WeakRef while the count is 0 and the value an object), count }
  const references = new Map();
  let nextReference = 1;

  function canBeWeak(v) {
    return (typeof v === 'object' && v !== null) || typeof v === 'function';
  }

  function refCreate(s, count) {
    const v = get(s);
    const id = nextReference++;
    // finalizer: the record (address) of the finalizer this reference owns (finalizers.c), or 0.
    const r = { value: v, weak: undefined, count, finalizer: 0 };
    if (count === 0 && canBeWeak(v)) {
      r.weak = new WeakRef(v);
      r.value = undefined;
    }
    references.set(id, r);
    return id;
  }

  function refAdjust(id, delta) {
    const r = references.get(id);
    if (r === undefined) return -napi_invalid_arg;
    if (delta < 0 && r.count === 0) return -napi_generic_failure;
    if (delta > 0 && r.count === 0 && r.weak !== undefined) {
      r.value = r.weak.deref();
      r.weak = undefined;
    }
    r.count += delta;
    if (r.count === 0 && canBeWeak(r.value)) {
      r.weak = new WeakRef(r.value);
      r.value = undefined;
    }
    D[0] = r.count;
    return 0;
  }

  function refGet(id) {
    const r = references.get(id);
    if (r === undefined) return -napi_invalid_arg;
    const v = r.weak !== undefined ? r.weak.deref() : r.value;
    return v === undefined && r.weak !== undefined ? 0 : push(v);
  }

  // ---- binary data (buffers.c, binary_data.c) ----
  // The engine's own accessors, so that a program's overrides (or a Buffer's extra properties)
  // cannot change what native code is told. Every check below is a brand check, as V8's.
  const typedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
  const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;
  const typedArrayTag = getter(typedArrayProto, Symbol.toStringTag);
  const taBuffer = getter(typedArrayProto, 'buffer');
  const taByteOffset = getter(typedArrayProto, 'byteOffset');
  const taByteLength = getter(typedArrayProto, 'byteLength');
  const taLength = getter(typedArrayProto, 'length');
  const dvBuffer = getter(DataView.prototype, 'buffer');
  const dvByteOffset = getter(DataView.prototype, 'byteOffset');
  const dvByteLength = getter(DataView.prototype, 'byteLength');
  const abByteLength = getter(ArrayBuffer.prototype, 'byteLength');
  const abDetached = getter(ArrayBuffer.prototype, 'detached');
  const abTransfer = ArrayBuffer.prototype.transfer;
  // napi_typedarray_type order; Float16Array where the engine has it.
  const typedArrayKinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
    Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array, globalThis.Float16Array];
  const typedArrayTypes = {};
  typedArrayKinds.forEach((T, i) => { if (T !== undefined) typedArrayTypes[T.name] = i; });

  function isArrayBuffer(v) {
    if (!(v instanceof ArrayBuffer)) return false;
    try {
      abByteLength.call(v);
      return true;
    } catch (e) {
      return false;
    }
  }

  // A SharedArrayBuffer (never detached) makes abDetached throw.
  function isDetached(b) {
    return isArrayBuffer(b) && abDetached.call(b);
  }

  // 0: none, 1: ArrayBuffer, 2: typed array, 4: DataView (the BINARY_* bits of napi_host.h).
  function binaryKind(v) {
    if (typeof v !== 'object' || v === null) return 0;
    if (ArrayBuffer.isView(v)) return typedArrayTag.call(v) !== undefined ? 2 : 4;
    return isArrayBuffer(v) ? 1 : 0;
  }

  // [arrayBuffer, byteOffset, length, type, arrayBufferSlot] for NapiBridge.binaryInfo, or a
  // negated status. want: 1 ArrayBuffer, 2 typed array (length in elements), 3 any view (length
  // in bytes), 4 DataView; +8 to push the view's ArrayBuffer. A detached buffer answers null
  // (no data pointer) and zero lengths and offsets, as V8 does.
  function binaryInfo(s, want) {
    const v = get(s);
    const kind = binaryKind(v);
    const w = want & 7;
    if (w === 1) return kind === 1 ? [isDetached(v) ? null : v, 0, abByteLength.call(v), 0, 0] : -napi_invalid_arg;
    if ((w === 2 && kind !== 2) || (w === 4 && kind !== 4) || (w === 3 && (kind & 6) === 0)) return -napi_invalid_arg;
    let buffer, offset = 0, length = 0, type = 0;
    if (kind === 2) {
      buffer = taBuffer.call(v);
      offset = taByteOffset.call(v);
      length = w === 2 ? taLength.call(v) : taByteLength.call(v);
      type = typedArrayTypes[typedArrayTag.call(v)];
    } else {
      buffer = dvBuffer.call(v);
      // A DataView's getters throw once its buffer is detached.
      if (!isDetached(buffer)) {
        offset = dvByteOffset.call(v);
        length = dvByteLength.call(v);
      }
    }
    const slot = (want & 8) !== 0 ? push(buffer) : 0;
    return [isDetached(buffer) ? null : buffer, offset, length, type, slot];
  }

  // Node's RangeErrors for bad ranges: left pending, the call answers `status`.
  function rangeFailure(code, message, status) {
    const e = new RangeError(message);
    e.code = code;
    setPending(e);
    return -status;
  }

  function createTypedArray(type, abSlot) {
    const ab = get(abSlot);
    if (!isArrayBuffer(ab)) return -napi_invalid_arg;
    const T = typedArrayKinds[type];
    if (T === undefined) return -napi_invalid_arg;
    const length = Number(W[0]), offset = Number(W[1]);
    const size = T.BYTES_PER_ELEMENT;
    if (size > 1 && offset % size !== 0) {
      return rangeFailure('ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT', `start offset of ${T.name} should be a multiple of ${size}`,
        napi_generic_failure);
    }
    if (length * size + offset > abByteLength.call(ab)) {
      return rangeFailure('ERR_NAPI_INVALID_TYPEDARRAY_LENGTH', 'Invalid typed array length', napi_generic_failure);
    }
    return push(new T(ab, offset, length));
  }

  function createDataView(abSlot) {
    const ab = get(abSlot);
    if (!isArrayBuffer(ab)) return -napi_invalid_arg;
    const length = Number(W[0]), offset = Number(W[1]);
    if (length + offset > abByteLength.call(ab)) {
      return rangeFailure('ERR_NAPI_INVALID_DATAVIEW_ARGS',
        'byte_offset + byte_length should be less than or equal to the size in bytes of the array passed in',
        napi_pending_exception);
    }
    return push(new DataView(ab, offset, length));
  }

  function detach(s) {
    const ab = get(s);
    if (!isArrayBuffer(ab)) return -napi_arraybuffer_expected;
    // transfer(0) detaches the buffer; an already detached one is left as it is (Node: napi_ok).
    if (!abDetached.call(ab)) abTransfer.call(ab, 0);
    return 0;
  }

  // Node Buffers: instances of lib/buffer.js's FastBuffer (set by that module when it loads). The
  // module loads lazily (with the first use of the Buffer global), so an addon may need it first.
  let FastBuffer;
  let bufferMaxLength = 0;
  let loadBufferModule;
  function setBufferClass(cls, maxLength) {
    FastBuffer = cls;
    bufferMaxLength = maxLength;
  }
  function setBufferLoader(load) {
    loadBufferModule = load;
  }
  function bufferClass() {
    if (FastBuffer === undefined) loadBufferModule();
    return FastBuffer;
  }

  function createBuffer() {
    const FastBuffer = bufferClass();
    const length = Number(W[0]);
    if (length > bufferMaxLength) {
      // Node's C++ Buffer::New throws a plain Error here, with the limit in hex.
      const e = new Error(`Cannot create a Buffer larger than 0x${bufferMaxLength.toString(16)} bytes`);
      e.code = 'ERR_BUFFER_TOO_LARGE';
      setPending(e);
      return -napi_generic_failure;
    }
    return push(new FastBuffer(length));
  }

  function bufferFromArrayBuffer(abSlot) {
    const ab = get(abSlot);
    if (!isArrayBuffer(ab)) return -napi_arraybuffer_expected;
    const offset = Number(W[0]), length = Number(W[1]);
    if (offset + length > abByteLength.call(ab)) {
      return rangeFailure('ERR_OUT_OF_RANGE', 'The byte offset + length is out of range', napi_pending_exception);
    }
    return push(new (bufferClass())(ab, offset, length));
  }

  // ---- promises (promises.c) ----
  // deferred id -> [resolve, reject]; an entry is removed when the promise is concluded.
  const deferreds = new Map();
  let nextDeferred = 1;

  function createPromise() {
    let resolve, reject;
    const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
    const id = nextDeferred++;
    deferreds.set(id, [resolve, reject]);
    W[0] = BigInt(id);
    return push(promise);
  }

  function concludeDeferred(id, s, resolve) {
    const d = deferreds.get(id);
    if (d === undefined) return -napi_invalid_arg;
    deferreds.delete(id);
    d[resolve ? 0 : 1](get(s));
    return 0;
  }

  // ---- scripts (scripts.c) ----
  function runScript(s) {
    try {
      return push(scripts.run(get(s)));
    } catch (e) {
      setPending(e);
      return -napi_generic_failure;
    }
  }

  // The result of a fast-path call that was not a (non-NaN) number.
  function fastResult() {
    const r = S[ST_RESULT];
    if (r > 0) return get(r);
    if (r === -2) throw overflow();
    if (r === -3) throw stackExhausted();
    if (r < 0) throw takePending();
    return undefined;
  }

  function toObject(v) {
    if (v === undefined || v === null) {
      setPending(new TypeError('Cannot convert undefined or null to object'));
      return undefined;
    }
    return Object(v);
  }

  function op(code, a, b, c) {
    try {
      switch (code) {
        case 1: return createObject();
        case 2: return push(a < 0 ? [] : new Array(a));
        case 3: { const o = toObject(get(a)); if (o === undefined) return -napi_object_expected; return push(o[get(b)]); }
        case 4: { const o = toObject(get(a)); if (o === undefined) return -napi_object_expected; Reflect.set(o, get(b), get(c)); return 0; }
        case 5: { const o = toObject(get(a)); if (o === undefined) return -napi_object_expected; return get(b) in o ? 1 : 0; }
        case 6: setPending(get(a)); return 0;
        case 7: return push(takePending());
        case 8: return callFunction(a, b, c);
        case 10: K[a] = K[b]; D[a] = D[b]; O[a] = O[b]; return 0;
        case 11: {
          const e = new errorTypes[a](get(c));
          if (b !== 0) e.code = get(b);
          return push(e);
        }
        case 12: { const v = get(a); return (typeof Error.isError === 'function' ? Error.isError(v) : v instanceof Error) ? 1 : 0; }
        case 14: return get(a) === get(b) ? 1 : 0;
        case 15: { const o = toObject(get(a)); if (o === undefined) return -napi_object_expected; return push(o[b >>> 0]); }
        case 16: { const o = toObject(get(a)); if (o === undefined) return -napi_object_expected; Reflect.set(o, b >>> 0, get(c)); return 0; }
        case 17: { const v = get(a); if (!Array.isArray(v)) return -napi_array_expected; D[0] = v.length; return 0; }
        case 18: return toObject(get(a)) === undefined ? -napi_object_expected : 0;
        case 50: return binaryKind(get(a));
        case 60: return refCreate(a, b);
        case 61: {
          const r = references.get(a);
          if (r === undefined) return -napi_invalid_arg;
          references.delete(a);
          D[0] = r.finalizer;
          return 0;
        }
        case 62: return refAdjust(a, b);
        case 63: return refGet(a);
        case 19: return push(!!get(a));
        case 20: return coerce(get(a), toNumber, napi_number_expected);
        case 21: { const o = toObject(get(a)); return o === undefined ? -napi_object_expected : push(o); }
        case 22: return coerce(get(a), toStringValue, napi_string_expected);
        case 23: return Array.isArray(get(a)) ? 1 : 0;
        case 24: return isDate(get(a)) ? 1 : 0;
        case 25: return isPromise(get(a)) ? 1 : 0;
        case 26: return instanceOf(get(a), get(b));
        case 27: return push(new Date(D[0]));
        case 28: { const v = get(a); if (!isDate(v)) return -napi_date_expected; D[0] = Date.prototype.getTime.call(v); return 0; }
        case 29: return push(a === 0 ? Symbol() : Symbol(get(a)));
        case 30: return push(a === 1 ? BigInt.asIntN(64, W[0]) : W[0]);
        case 31: {
          const v = get(a);
          const cut = b === 1 ? BigInt.asIntN(64, v) : BigInt.asUintN(64, v);
          W[0] = BigInt.asUintN(64, cut);
          return cut === v ? 1 : 0;
        }
        case 32: return push(bigintFromWords(a, b, c));
        case 33: return bigintToWords(get(a), b, c);
        case 34: {
          const e = Object.freeze(Object.create(externalProto));
          externals.set(e, W[0]);
          if (W[1] !== 0n) keep(e, lifetime.track(Number(W[1])));
          return push(e);
        }
        case 35: W[0] = externals.get(get(a)); return 0;
        // ---- objects/classes (h5) ----
        // 100-103: a throwing proxy trap leaves the exception pending and Node answers
        // napi_generic_failure (the catch below maps it); the others answer napi_pending_exception.
        case 100: { const o = toObject(get(a)); if (o === undefined) return -napi_object_expected; return Reflect.deleteProperty(o, get(b)) ? 1 : 0; }
        case 101: {
          const o = toObject(get(a)); if (o === undefined) return -napi_object_expected;
          const k = get(b);
          if (typeof k !== 'string' && typeof k !== 'symbol') return -napi_name_expected;
          return Object.prototype.hasOwnProperty.call(o, k) ? 1 : 0;
        }
        case 102: { const o = toObject(get(a)); if (o === undefined) return -napi_object_expected; return (b >>> 0) in o ? 1 : 0; }
        case 103: { const o = toObject(get(a)); if (o === undefined) return -napi_object_expected; return Reflect.deleteProperty(o, b >>> 0) ? 1 : 0; }
        case 104: { const o = toObject(get(a)); if (o === undefined) return -napi_object_expected; return push(propertyNames(o, b === 0, c & 0xff, c >> 8)); }
        case 105: { const o = toObject(get(a)); if (o === undefined) return -napi_object_expected; Object.freeze(o); return 0; }
        case 106: { const o = toObject(get(a)); if (o === undefined) return -napi_object_expected; Object.seal(o); return 0; }
        case 107: { const o = toObject(get(a)); if (o === undefined) return -napi_object_expected; return push(Object.getPrototypeOf(o)); }
        case 108: {
          const args = new Array(b);
          for (let i = 0; i < b; i++) args[i] = get(S[ST_ARGS + i]);
          return push(Reflect.construct(get(a), args));
        }
        case 109: return wrap(a);
        case 110: return unwrap(a, b);
        case 111: {
          const o = toObject(get(a)); if (o === undefined) return -napi_object_expected;
          if (typeTags.has(o)) return -napi_invalid_arg;
          typeTags.set(o, [S[ST_ARGS], S[ST_ARGS + 1], S[ST_ARGS + 2], S[ST_ARGS + 3]]);
          return 0;
        }
        case 112: {
          const o = toObject(get(a)); if (o === undefined) return -napi_object_expected;
          const t = typeTags.get(o);
          return t !== undefined && t[0] === S[ST_ARGS] && t[1] === S[ST_ARGS + 1] && t[2] === S[ST_ARGS + 2] && t[3] === S[ST_ARGS + 3] ? 1 : 0;
        }
        case 113: {
          const f = get(a); classes.add(f); classBeingDefined = f; prototypeMembers = new Map();
          return push(f.prototype);
        }
        case 114: return endClass();

        // ---- lifetime: finalizers, instance data, external memory (120-139) ----
        case 120: keep(get(a), lifetime.track(D[0])); return 0;
        case 121: lifetime.post(D[0]); return 0;
        case 122: { const r = references.get(a); if (r === undefined) return -napi_invalid_arg; r.finalizer = D[0]; return 0; }
        case 123: {
          const ab = lifetime.externalArrayBuffer(new ArrayBuffer(0), Number(W[0]), Number(W[1]), Number(W[2]));
          return push(a === 1 ? new (bufferClass())(ab) : ab);
        }

        // ---- binary data, promises, scripts, buffers (140-159) ----
        case 140: return push(new ArrayBuffer(Number(W[0])));
        case 141: return createTypedArray(a, b);
        case 142: return createDataView(b);
        case 143: return detach(a);
        case 144: return isDetached(get(a)) ? 1 : 0;
        case 145: return createBuffer();
        case 146: return bufferFromArrayBuffer(b);
        case 147: return createPromise();
        case 148: return concludeDeferred(a, b, c === 1);
        case 149: return runScript(a);

        // ---- threadsafe functions (160-179) ----

        // ---- environment lifecycle, callback scopes, async context (180-199) ----
        case 180: runtime.fatalException(get(a)); return 0;
        case 181: return runtime.drainTicks();

        default: return -napi_generic_failure;
      }
    } catch (e) {
      setPending(e);
      return code >= 100 && code <= 103 ? -napi_generic_failure : -napi_pending_exception;
    }
  }

  // ---- values and conversions (shim/src/conversions.c) ----

  // ToNumber and ToString exactly: unary plus refuses BigInt and Symbol; a template literal applies
  // ToString (hint "string"), which `'' + v` would not.
  const toNumber = (v) => +v;
  const toStringValue = (v) => `${v}`;

  // Node answers a failed conversion with the "expected" status and leaves the exception pending.
  function coerce(v, convert, failure) {
    let r;
    try {
      r = convert(v);
    } catch (e) {
      setPending(e);
      return -failure;
    }
    return push(r);
  }

  // Brand checks (internal slots), as V8's IsDate / IsPromise: not fooled by prototypes or tags.
  function isDate(v) {
    if (v === null || typeof v !== 'object') return false;
    try {
      Date.prototype.getTime.call(v);
      return true;
    } catch (e) {
      return false;
    }
  }

  // Promise.prototype.then checks the brand first and then looks up the species constructor; a
  // species getter that throws a private marker stops it there, before it would mark the promise
  // handled or create anything. Only a promise whose constructor is not Promise-derived gets
  // further (and is still a promise).
  const speciesMarker = {};
  const throwMarker = { get() { throw speciesMarker; }, configurable: true };
  function isPromise(v) {
    if (v === null || typeof v !== 'object') return false;
    // Whatever the program has made of Promise[Symbol.species] is put back afterwards.
    const saved = Reflect.getOwnPropertyDescriptor(Promise, Symbol.species);
    if (saved !== undefined && !saved.configurable) return v instanceof Promise;
    Reflect.defineProperty(Promise, Symbol.species, throwMarker);
    try {
      Promise.prototype.then.call(v, undefined, undefined);
      return true;
    } catch (e) {
      return e === speciesMarker;
    } finally {
      if (saved === undefined) delete Promise[Symbol.species];
      else Reflect.defineProperty(Promise, Symbol.species, saved);
    }
  }

  function instanceOf(object, constructor) {
    const c = toObject(constructor);
    if (c === undefined) return -napi_object_expected;
    if (typeof c !== 'function') {
      const e = new TypeError('Constructor must be a function');
      e.code = 'ERR_NAPI_CONS_FUNCTION';
      setPending(e);
      return -napi_function_expected;
    }
    try {
      return object instanceof c ? 1 : 0;
    } catch (e) {
      setPending(e);
      return -napi_generic_failure;
    }
  }

  // Words arrive least significant first, in chunks of at most W.length; the shim sends the most
  // significant chunk first and passes the part built so far (slot `high`). The sign comes with
  // the last chunk. Halves are joined and split recursively: O(n log n) where word-by-word shifting
  // would be quadratic for large values.
  const MASK64 = (1n << 64n) - 1n;

  function joinWords(from, count) {
    if (count === 1) return W[from];
    const half = count >> 1;
    return joinWords(from, half) | (joinWords(from + half, count - half) << (64n * BigInt(half)));
  }

  function splitWords(m, to, count) {
    if (count === 1) {
      W[to] = m & MASK64;
      return;
    }
    const half = count >> 1;
    const bits = 64n * BigInt(half);
    splitWords(m & ((1n << bits) - 1n), to, half);
    splitWords(m >> bits, to + half, count - half);
  }

  function bigintFromWords(high, count, sign) {
    let v = count === 0 ? 0n : joinWords(0, count);
    if (high !== 0) v |= get(high) << (64n * BigInt(count));
    return sign !== 0 ? -v : v;
  }

  // Answers the number of words the magnitude needs (V8's WordCount); the sign goes to D[0].
  function bigintToWords(v, first, count) {
    const negative = v < 0n;
    const m = negative ? -v : v;
    const n = m === 0n ? 0 : Math.ceil(m.toString(16).length / 16);
    D[0] = negative ? 1 : 0;
    if (count > 0) splitWords(m >> (64n * BigInt(first)), 0, count);
    return n;
  }

  // ---- lifetime (finalizers.c, Finalizers.java) ----
  // lifetime: the runtime's Finalizers (Java). track(record) answers a holder that must stay reachable
  // exactly as long as the object: when it becomes unreachable, Java queues the record's finalizer.
  // The holders are kept beside the objects (a WeakMap value dies with its key).
  let lifetime;
  const holders = new WeakMap();

  function keep(o, holder) {
    const prev = holders.get(o);
    if (prev === undefined) holders.set(o, holder);
    else if (Array.isArray(prev)) prev.push(holder);
    else holders.set(o, [prev, holder]);
  }

  function useLifetime(finalizers) {
    lifetime = finalizers;
    // GraalJS keeps every WeakRef target alive until the end of the current job (KeepDuringJob),
    // but forgets that set only after some promise job has ever run: make sure one has, or weak
    // references (napi_wrap's, count-0 napi_refs) would pin their objects forever.
    Promise.resolve().then(() => {});
  }

  // ---- objects/classes (h5) ----
  // napi_wrap's record (the address of its C struct, as a number) and the record's lifetime holder
  // live in private fields of the wrapped object itself: invisible to JS, as V8's private symbols
  // are, and gone with the object. A WeakMap would cost far more per object in GraalJS (each key
  // gets a java.util.WeakHashMap of its own), which a million wrapped objects make plain. A base
  // constructor that returns its argument lets a subclass add the fields to any object (frozen
  // ones and proxies included). After napi_remove_wrap the fields stay, emptied (record 0).
  class WrapBase {
    constructor(o) {
      return o;
    }
  }
  class WrapFields extends WrapBase {
    #record;
    #holder;
    constructor(o, record, holder) {
      super(o);
      this.#record = record;
      this.#holder = holder;
    }
    // The record of o's wrap, or 0.
    static record(o) {
      return #record in o ? o.#record : 0;
    }
    static set(o, record, holder) {
      if (#record in o) {
        o.#record = record;
        o.#holder = holder;
      } else {
        new WrapFields(o, record, holder);
      }
    }
  }

  // OP_WRAP: D[0] is the new record; answers 0, or -napi_invalid_arg if o is wrapped already. The
  // shim has checked that slot a holds an object, function or external (all kept in O).
  function wrap(a) {
    const o = O[a];
    if (WrapFields.record(o) !== 0) return -napi_invalid_arg;
    const record = D[0];
    WrapFields.set(o, record, lifetime.track(record));
    return 0;
  }

  // OP_UNWRAP (b = 1: remove): the record goes to D[0]. Removing lets go of the record's holder, so
  // the record (its callback cleared by the shim) is freed after the next collection.
  function unwrap(a, b) {
    const o = O[a];
    const w = WrapFields.record(o);
    if (w === 0) return -napi_invalid_arg;
    if (b === 1) WrapFields.set(o, 0, undefined);
    D[0] = w;
    return 0;
  }

  const typeTags = new WeakMap();
  // napi_define_class: its constructors, which object each one built (for the methods' receiver
  // check), and the class whose prototype is being filled in (between OP 113 and OP 114).
  const classes = new WeakSet();
  const builtBy = new WeakMap();
  let classBeingDefined;
  // key -> descriptor of the prototype's members while a class is defined. V8 fills a template and
  // lets a later accessor for a key replace an earlier member (keeping its place), whatever the
  // attributes; a later value or method for a key already taken is dropped here (V8's own answer
  // for that case changes from run to run).
  let prototypeMembers;

  function endClass() {
    const proto = classBeingDefined.prototype;
    const members = prototypeMembers;
    classBeingDefined = undefined;
    prototypeMembers = undefined;
    // As in V8, the members come before `constructor` in the prototype's key order.
    const constructor = Object.getOwnPropertyDescriptor(proto, 'constructor');
    if (members.size > 0) delete proto.constructor;
    for (const [key, desc] of members) Object.defineProperty(proto, key, desc);
    if (members.size > 0 && !members.has('constructor')) Object.defineProperty(proto, 'constructor', constructor);
    return 0;
  }

  // Canonical array-index strings ("0".."4294967294") are the keys V8 keeps as numbers.
  function isIndexKey(k) {
    if (typeof k !== 'string') return false;
    const n = Number(k);
    return n >>> 0 === n && n !== 4294967295 && String(n) === k;
  }

  // napi_get_all_property_names: V8's key collection. Per object: indices, strings, symbols
  // (Reflect.ownKeys' order); along the chain a key seen once shadows the same key further up,
  // even when the nearer property was filtered out (as for-in does).
  function propertyNames(o, withPrototypes, filter, conversion) {
    const out = [];
    const seen = new Set();
    for (let cur = o; cur !== null; cur = withPrototypes ? Object.getPrototypeOf(cur) : null) {
      for (const k of Reflect.ownKeys(cur)) {
        if (seen.has(k)) continue;
        seen.add(k);
        if (typeof k === 'symbol' ? (filter & 16) !== 0 : (filter & 8) !== 0) continue;
        if ((filter & 7) !== 0) {
          const d = Reflect.getOwnPropertyDescriptor(cur, k);
          if (d === undefined) continue;
          if ((filter & 1) !== 0 && d.writable === false) continue;
          if ((filter & 2) !== 0 && !d.enumerable) continue;
          if ((filter & 4) !== 0 && !d.configurable) continue;
        }
        out.push(conversion === 0 && isIndexKey(k) ? Number(k) : k);
      }
    }
    return out;
  }

  function stringOp(code, s, a, b) {
    try {
      switch (code) {
        case 1: return push(s);
        case 2: { const o = toObject(get(a)); if (o === undefined) return -napi_object_expected; return push(o[s]); }
        case 3: { const o = toObject(get(a)); if (o === undefined) return -napi_object_expected; Reflect.set(o, s, get(b)); return 0; }
        case 4: { const o = toObject(get(a)); if (o === undefined) return -napi_object_expected; return s in o ? 1 : 0; }
        case 8: return push(Symbol.for(s));
        // The shim caches this name (property_keys.c): kept first, before anything can throw.
        case 9: { const i = S[ST_ARGS]; keys[i] = s; return getNamedKey(a, b, i); }
        case 10: { const i = S[ST_ARGS]; keys[i] = s; return setNamedKey(a, b, i); }
        case 11: { const i = S[ST_ARGS]; keys[i] = s; return hasNamedKey(a, b, i); }
        case 6: {
          const e = new errorTypes[a](s);
          if (b !== 0) e.code = get(b);
          setPending(e);
          return 0;
        }
        default: return -napi_generic_failure;
      }
    } catch (e) {
      return setPending(e);
    }
  }

  // OP_CREATE_OBJECT: push({}) without put()'s type switch.
  function createObject() {
    const s = S[ST_TOP];
    if (s >= S[ST_CAPACITY]) return setPending(overflow());
    K[s] = KIND_OBJECT;
    O[s] = {};
    S[ST_TOP] = s + 1;
    return s;
  }

  // The ops an addon makes by the million (objects, wraps), which Java calls directly (NapiBridge.op)
  // with op()'s results: small functions of their own are compiled early, where the big op() switch
  // keeps the compiler busy for long (running interpreted meanwhile). They throw nothing a script
  // could cause. Java leaves op()'s a, b, c in S[ST_OP_ARGS..+2] and calls them with no arguments:
  // Value.execute converts boxed arguments one by one, which costs more than these reads.
  const OA = ST_OP_ARGS, OB = ST_OP_ARGS + 1, OC = ST_OP_ARGS + 2;
  const directOps = {
    1: () => createObject(),
    8: () => callFunction(S[OA], S[OB], S[OC]),
    109: () => wrap(S[OA]),
    110: () => unwrap(S[OA], S[OB]),
    200: () => getNamedKey(S[OA], S[OB], S[OC]),
    201: () => setNamedKey(S[OA], S[OB], S[OC]),
    202: () => hasNamedKey(S[OA], S[OB], S[OC]),
  };

  // ---- call path: property names the shim has cached (property_keys.c) ----
  // keys[i]: the decoded name of the shim's key-cache entry i (OP_GET/SET/HAS_NAMED_KEY's c). The
  // same string each time also keeps GraalJS's property caches hitting.
  const keys = [];

  // toObject(get(s)), without get()'s switch for the common case of an object.
  function objectAt(s) {
    const k = K[s];
    return k === KIND_OBJECT || k === KIND_FUNCTION ? O[s] : toObject(get(s));
  }

  // As stringOp's SOP_GET/SET/HAS_NAMED, with the name from the key table.
  function getNamedKey(a, b, c) {
    try {
      const o = objectAt(a);
      return o === undefined ? -napi_object_expected : push(o[keys[c]]);
    } catch (e) {
      return setPending(e);
    }
  }

  function setNamedKey(a, b, c) {
    try {
      const o = objectAt(a);
      if (o === undefined) return -napi_object_expected;
      Reflect.set(o, keys[c], get(b));
      return 0;
    } catch (e) {
      return setPending(e);
    }
  }

  function hasNamedKey(a, b, c) {
    try {
      const o = objectAt(a);
      if (o === undefined) return -napi_object_expected;
      return keys[c] in o ? 1 : 0;
    } catch (e) {
      return setPending(e);
    }
  }

  // OP_CALL (napi_call_function): the callback into JS that addons make per event or per item.
  // A throw stays pending for the caller (napi_pending_exception), as in op().
  function callFunction(recv, fn, argc) {
    try {
      let result;
      const f = get(fn), self = get(recv);
      switch (argc) {
        case 0: result = Reflect.apply(f, self, []); break;
        case 1: result = Reflect.apply(f, self, [get(S[ST_ARGS])]); break;
        case 2: result = Reflect.apply(f, self, [get(S[ST_ARGS]), get(S[ST_ARGS + 1])]); break;
        default: {
          const args = new Array(argc);
          for (let i = 0; i < argc; i++) args[i] = get(S[ST_ARGS + i]);
          result = Reflect.apply(f, self, args);
        }
      }
      return push(result);
    } catch (e) {
      setPending(e);
      return -napi_pending_exception;
    }
  }

  function createFunction(record, name) {
    return push(makeFunction(record, name));
  }

  // One napi_property_descriptor. Outside a class (napi_define_properties, napi_static members) it
  // is V8's DefineOwnProperty: a refusal (a non-configurable key, a frozen object, a proxy saying
  // no) answers napi_invalid_arg with nothing pending, a throwing proxy trap napi_invalid_arg with
  // its exception pending. A class's prototype members are collected until endClass.
  function defineProperty(target, name, nameSlot, attributes, method, getter, setter, valueSlot) {
    let o;
    try {
      o = toObject(get(target));
      if (o === undefined) return -napi_object_expected;
      const key = name !== null ? name : get(nameSlot);
      const desc = { enumerable: (attributes & 2) !== 0, configurable: (attributes & 4) !== 0 };
      const onPrototype = classBeingDefined !== undefined && o === classBeingDefined.prototype;
      const accessor = getter !== 0 || setter !== 0;
      if (accessor) {
        // Node gives accessor functions no name.
        if (getter !== 0) desc.get = makeFunction(getter, '');
        if (setter !== 0) desc.set = makeFunction(setter, '');
      } else {
        // A class's prototype methods are named after their (string) key and check their receiver,
        // like V8's signature check; other methods are unnamed.
        desc.value = method === 0 ? get(valueSlot)
          : onPrototype ? makeFunction(method, typeof key === 'string' ? key : '', classBeingDefined)
          : makeFunction(method, '');
        desc.writable = (attributes & 1) !== 0;
      }
      if (onPrototype) {
        if (accessor || !prototypeMembers.has(key)) prototypeMembers.set(key, desc);
        return 0;
      }
      return Reflect.defineProperty(o, key, desc) ? 0 : -napi_invalid_arg;
    } catch (e) {
      if (o === undefined) return setPending(e);
      setPending(e);
      return -napi_invalid_arg;
    }
  }

  function stringAt(s) {
    return O[s];
  }

  // Runs fn with a fresh frame on the handle stack; used for addon initialisation.
  function withFrame(fn) {
    const base = S[ST_TOP];
    try {
      return fn(base);
    } finally {
      S[ST_TOP] = base;
    }
  }

  // Filled in by bootstrap.js once process and timers exist: what environment.c and
  // callback_scope.c need from them.
  const runtime = { fatalException: undefined, drainTicks: undefined };

  return { runtime, directOps, trim, throwPending, binaryInfo, setBufferClass, setBufferLoader, op, stringOp, createFunction, defineProperty, stringAt, push, get, takePending, withFrame, makeFunction, useLifetime };
})

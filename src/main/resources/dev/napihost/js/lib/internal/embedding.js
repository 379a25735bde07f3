'use strict';
// What the Java embedding API (NodeRuntime.eval/require, JsValue, JsConversions) calls on the JS
// thread. Loaded on first use, so runtimes that only run a main script never pay for it.
const { host } = internalBinding;
const path = require('path');
const { Module } = require('internal/modules/cjs');
const { Buffer } = require('buffer');

// require() for the embedder resolves like a module in the working directory (Node's
// createRequire(cwd)), with the embedder's module search paths in Module.globalPaths.
let embedderRequire;
let embedderRequireDir;
function requireModule(id) {
  const dir = host.cwd();
  if (embedderRequireDir !== dir) {
    embedderRequire = Module.createRequire(path.join(dir, '[embedder]'));
    embedderRequireDir = dir;
  }
  return embedderRequire(id);
}

// eval() runs a classic script, as node -e does: `require` is a global resolving from the
// working directory.
function evaluate(code) {
  if (!Object.prototype.hasOwnProperty.call(globalThis, 'require')) {
    Object.defineProperty(globalThis, 'require', {
      value: requireModule, writable: true, configurable: true, enumerable: false,
    });
  }
  return host.evalScript(code, '[embedder]');
}

// Java -> JS values that the polyglot layer does not make by itself.
function bufferFrom(byteBuffer) {
  const source = new Uint8Array(new ArrayBuffer(byteBuffer));
  const b = Buffer.allocUnsafeSlow(source.length);
  b.set(source);
  return b;
}
const newArray = () => [];
const newObject = () => ({});
const bigInt = (text) => BigInt(text);

// JS -> Java: 0 plain data object, 1 array, 2 bytes, 3 function, 4 thenable, 5 BigInt, 6 Date.
function classify(v) {
  if (typeof v === 'bigint') return 5;
  if (typeof v === 'function') return 3;
  if (Array.isArray(v)) return 1;
  if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer || v instanceof SharedArrayBuffer) return 2;
  if (v instanceof Date) return 6;
  if (v !== null && typeof v.then === 'function') return 4;
  return 0;
}

// The bytes of a Buffer, typed array, DataView or ArrayBuffer, as a Uint8Array copy the Java side
// reads with one interop buffer read (a plain ArrayBuffer of exactly the view's bytes).
function bytesOf(v) {
  if (v instanceof ArrayBuffer || v instanceof SharedArrayBuffer) return v.slice(0);
  return v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength);
}

const ownKeys = (o) => Object.keys(o);
const typeOf = (v) => typeof v;
const display = (v) => {
  try {
    return String(v);
  } catch (e) {
    return Object.prototype.toString.call(v);
  }
};

// A thrown value as [name, message, stack] for JsException; stack is '' when there is none.
function errorInfo(e) {
  if (e !== null && (typeof e === 'object' || typeof e === 'function')) {
    let name = '', message = '', stack = '';
    try { name = e.name === undefined ? '' : String(e.name); } catch (ignored) { /* getter threw */ }
    try { message = e.message === undefined ? '' : String(e.message); } catch (ignored) { /* getter threw */ }
    try { stack = typeof e.stack === 'string' ? e.stack : ''; } catch (ignored) { /* getter threw */ }
    if (name === '' && message === '') message = display(e);
    return [name, message, stack];
  }
  return ['', display(e), ''];
}

// Promises to CompletableFuture: the sink is a Java object (JsValue.Settlement).
function settle(p, sink) {
  Promise.resolve(p).then((v) => sink.fulfilled(v), (e) => sink.rejected(e));
}

// Calls from Java go through these plain (non-async) functions: the engine's ES-module hook needs
// MLE mode, which makes an async function called directly from Java settle its promise at the
// boundary ("Attempt to unwrap pending promise"); through a trampoline the promise arrives pending.
function apply(f, args) {
  return Reflect.apply(f, undefined, args);
}

function invoke(o, name, args) {
  return Reflect.apply(o[name], o, args);
}

module.exports = {
  apply, invoke,
  requireModule, evaluate, bufferFrom, newArray, newObject, bigInt, classify, bytesOf, ownKeys, typeOf,
  display, errorInfo, settle, undefined: undefined,
};

'use strict';
// util.types: brand checks that do not trust Symbol.toStringTag or instanceof (they hold across
// realms and for subclasses), the way Node's native checks behave.
const i = require('internal/inspect');

const tagOf = i.tagOf;
const typedArrayName = i.typedArrayName;

function isBoxedPrimitive(v) {
  return v !== null && typeof v === 'object' && i.boxedKind(v) !== undefined;
}

function boxedIs(kind) {
  return (v) => v !== null && typeof v === 'object' && i.boxedKind(v) === kind;
}

function isNativeError(v) {
  if (v === null || typeof v !== 'object') return false;
  // An own error brand is what Object.prototype.toString reports for real errors, unless a
  // subclass tag hides it: fall back to the prototype chain for those.
  return tagOf(v) === 'Error' || v instanceof Error;
}

function fnTag(v, tag) {
  return typeof v === 'function' && tagOf(v) === tag;
}

function isGeneratorObject(v) {
  return v !== null && typeof v === 'object' && tagOf(v) === 'Generator';
}

function isArgumentsObject(v) {
  return v !== null && typeof v === 'object' && tagOf(v) === 'Arguments';
}

const typedIs = (name) => (v) => typedArrayName(v) === name;

module.exports = {
  isAnyArrayBuffer: (v) => i.isArrayBuffer(v) || i.isSharedArrayBuffer(v),
  isArrayBuffer: i.isArrayBuffer,
  isSharedArrayBuffer: i.isSharedArrayBuffer,
  isArrayBufferView: (v) => ArrayBuffer.isView(v),
  isArgumentsObject,
  isAsyncFunction: (v) => fnTag(v, 'AsyncFunction') || fnTag(v, 'AsyncGeneratorFunction'),
  isGeneratorFunction: (v) => fnTag(v, 'GeneratorFunction') || fnTag(v, 'AsyncGeneratorFunction'),
  isGeneratorObject,
  isBigInt64Array: typedIs('BigInt64Array'),
  isBigUint64Array: typedIs('BigUint64Array'),
  isFloat32Array: typedIs('Float32Array'),
  isFloat64Array: typedIs('Float64Array'),
  isInt8Array: typedIs('Int8Array'),
  isInt16Array: typedIs('Int16Array'),
  isInt32Array: typedIs('Int32Array'),
  isUint8Array: typedIs('Uint8Array'),
  isUint8ClampedArray: typedIs('Uint8ClampedArray'),
  isUint16Array: typedIs('Uint16Array'),
  isUint32Array: typedIs('Uint32Array'),
  isTypedArray: (v) => typedArrayName(v) !== undefined,
  isDataView: (v) => v !== null && typeof v === 'object' && i.isDataView(v),
  isDate: (v) => v !== null && typeof v === 'object' && i.isDate(v),
  isMap: (v) => v !== null && typeof v === 'object' && i.isMap(v),
  isSet: (v) => v !== null && typeof v === 'object' && i.isSet(v),
  isWeakMap: (v) => v !== null && typeof v === 'object' && i.isWeakMap(v),
  isWeakSet: (v) => v !== null && typeof v === 'object' && i.isWeakSet(v),
  isMapIterator: (v) => v !== null && typeof v === 'object' && tagOf(v) === 'Map Iterator',
  isSetIterator: (v) => v !== null && typeof v === 'object' && tagOf(v) === 'Set Iterator',
  isPromise: (v) => v !== null && typeof v === 'object' && i.isPromise(v),
  isRegExp: (v) => v !== null && typeof v === 'object' && i.isRegExp(v),
  isNativeError,
  isBoxedPrimitive,
  isNumberObject: boxedIs('Number'),
  isStringObject: boxedIs('String'),
  isBooleanObject: boxedIs('Boolean'),
  isBigIntObject: boxedIs('BigInt'),
  isSymbolObject: boxedIs('Symbol'),
  isModuleNamespaceObject: (v) => v !== null && typeof v === 'object' && tagOf(v) === 'Module' && Object.getPrototypeOf(v) === null,
  // GraalJS offers JS no way to recognise these; they are reported as absent.
  isProxy: () => false,
  isExternal: () => false,
  isKeyObject: () => false,
  isCryptoKey: () => false,
  isWeakRef: (v) => typeof WeakRef !== 'undefined' && v instanceof WeakRef,
};

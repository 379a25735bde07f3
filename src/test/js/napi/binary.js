// Binary data made by native code (ArrayBuffers, typed arrays, DataViews, Buffers), detaching,
// and data pointers shared with JS in both directions; same output as Node.js.
'use strict';
const a = require(process.argv[2]);

function describe(v) {
  if (v === undefined) return 'undefined';
  if (Buffer.isBuffer(v)) return `Buffer(${v.length}) [${Array.from(v).join(',')}] own ${v.buffer.byteLength === v.length && v.byteOffset === 0}`;
  if (v instanceof ArrayBuffer) return `ArrayBuffer(${v.byteLength}) [${Array.from(new Uint8Array(v)).join(',')}]`;
  if (ArrayBuffer.isView(v)) {
    const items = v instanceof DataView ? '' : ` [${Array.from(v, String).join(',')}]`;
    return `${v.constructor.name}(length ${v.length} byteLength ${v.byteLength} byteOffset ${v.byteOffset})${items}`;
  }
  if (v instanceof Error) return `${v.constructor.name} code=${v.code} message=${JSON.stringify(v.message)}`;
  return typeof v + ' ' + String(v);
}

function show(label, outcome) {
  const [status, value, exception] = outcome;
  console.log(`${label}: status ${status} value ${describe(value)}` + (exception === undefined ? '' : ` pending ${describe(exception)}`));
  return value;
}

// ---- ArrayBuffers
const ab = show('arraybuffer 6 filled 7', a.createArrayBuffer(6, 7));
show('arraybuffer 0', a.createArrayBuffer(0, 1));
show('arraybuffer without data pointer', a.createArrayBufferNoData(5));
console.log(a.info(ab));
new Uint8Array(ab)[2] = 200;
console.log('native sees JS write', a.bytes(ab).join(','));
a.poke(ab, 5, 99);
console.log('JS sees native write', new Uint8Array(ab).join(','));

// ---- typed arrays: every kind, with offsets, and the range checks
const names = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'];
const big = new ArrayBuffer(64);
new Uint8Array(big).forEach((_, i, u) => { u[i] = i; });
names.forEach((name, type) => {
  const ta = show(`typedarray ${name} offset 8 length 2`, a.createTypedArray(type, big, 8, 2));
  console.log('  ', a.info(ta), 'same buffer', ta.buffer === big);
  show(`typedarray ${name} offset 1`, a.createTypedArray(type, big, 1, 1));
  show(`typedarray ${name} past the end`, a.createTypedArray(type, big, 8, 64));
  show(`typedarray ${name} exactly to the end`, a.createTypedArray(type, big, 0, 64 / globalThis[name].BYTES_PER_ELEMENT));
});
show('typedarray length 0 at the end', a.createTypedArray(1, big, 64, 0));
show('typedarray type 99', a.createTypedArray(99, big, 0, 1));
show('typedarray on a plain object', a.createTypedArray(1, {}, 0, 1));
show('typedarray on a Uint8Array', a.createTypedArray(1, new Uint8Array(4), 0, 1));
show('typedarray on a SharedArrayBuffer', a.createTypedArray(1, new SharedArrayBuffer(4), 0, 1));
show('typedarray on a string', a.createTypedArray(1, 'abc', 0, 1));

// A typed array with an offset: writes through its data pointer land at the offset.
const backing = new ArrayBuffer(16);
const u16 = show('Uint16Array offset 4 length 3', a.createTypedArray(4, backing, 4, 3));
a.poke(u16, 0, 0x34);
a.poke(u16, 1, 0x12);
a.poke(u16, 5, 0xff);
console.log('after native writes', Array.from(u16).join(','), new Uint8Array(backing).join(','));
u16[1] = 0xabcd;
console.log('native sees', a.bytes(u16).join(','));
const f64 = show('Float64Array offset 8', a.createTypedArray(8, new ArrayBuffer(24), 8, 2));
f64[1] = 1.5;
console.log('native sees float bytes', a.bytes(f64).join(','));

// ---- DataViews
const dv = show('dataview offset 2 length 4', a.createDataView(big, 2, 4));
console.log('  ', a.info(dv), dv.getUint8(0), dv.buffer === big);
show('dataview to the end', a.createDataView(big, 60, 4));
show('dataview past the end', a.createDataView(big, 61, 4));
show('dataview offset past the end', a.createDataView(big, 65, 0));
show('dataview on a typed array', a.createDataView(new Uint8Array(4), 0, 1));
show('dataview on a SharedArrayBuffer', a.createDataView(new SharedArrayBuffer(4), 0, 1));
a.poke(dv, 3, 77);
console.log('JS sees native write through a DataView', new Uint8Array(big)[5]);

// ---- detaching
const victim = new ArrayBuffer(8);
const view = new Uint8Array(victim, 2, 4);
const victimView = new DataView(victim, 1, 3);
show('is detached before', a.isDetached(victim));
show('detach', a.detach(victim));
show('is detached after', a.isDetached(victim));
console.log('JS after detach', victim.byteLength, view.length, view.byteOffset);
console.log(a.info(victim));
console.log(a.info(view));
console.log(a.info(victimView));
show('detach again', a.detach(victim));
show('detach a typed array', a.detach(new Uint8Array(2)));
show('detach an object', a.detach({}));
show('detach a number', a.detach(1));
show('detach a SharedArrayBuffer', a.detach(new SharedArrayBuffer(2)));
show('is detached: typed array', a.isDetached(new Uint8Array(2)));
show('is detached: number', a.isDetached(5));
show('is detached: fresh', a.isDetached(new ArrayBuffer(2)));
show('typedarray on a detached buffer', a.createTypedArray(1, victim, 0, 1));
show('dataview on a detached buffer', a.createDataView(victim, 0, 1));

// ---- Node Buffers
const buf = show('buffer 5', a.createBuffer(5));
console.log('  is Buffer', Buffer.isBuffer(buf), buf instanceof Buffer, buf.toString('hex'), a.info(buf));
show('buffer 0', a.createBuffer(0));
const copy = show('buffer copy', a.createBufferCopy('héllo'));
console.log('  copy', copy.toString('utf8', 0, copy.length - 1), 'distinct from source', a.createBufferCopy('x')[3]);
show('buffer copy of empty string', a.createBufferCopy(''));
const [tooBigStatus, , tooBig] = a.createBuffer(2 ** 33);
console.log('buffer too large: status', tooBigStatus, tooBig && tooBig.code, tooBig && tooBig.name);
const plain = Buffer.from('abc');
a.poke(plain, 1, 0x42);
console.log('Buffer.from seen after native write', plain.toString());
const fromJs = new Uint8Array(4);
a.poke(fromJs, 3, 9);
console.log('new Uint8Array(4) after native write', fromJs.join(','));

console.log(a.statuses());
console.log(a.whilePending());

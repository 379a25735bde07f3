// Native code reads and writes buffers created by plain JS in place; same output as Node.js.
'use strict';
const a = require(process.argv[2]);
const show = (label, v) => console.log(label, JSON.stringify(v));

const u8 = new Uint8Array(8);
show('fill u8', [a.fill(u8, 5), Array.from(u8)]);
const fromString = Buffer.from('hello');
show('sum hello', a.sum(fromString));
const big = Buffer.alloc(100000, 1);
show('sum big', a.sum(big));
const base = new Uint8Array(16).map((_, i) => i);
const sub = base.subarray(4, 10);
show('fill subarray', [a.fill(sub, 255), Array.from(base)]);
show('sum subarray of Buffer', a.sum(Buffer.from([1, 2, 3, 4, 5, 6]).subarray(2, 5)));

for (const ta of [new Int8Array(4), new Uint8ClampedArray(4), new Int16Array(4), new Uint16Array(new ArrayBuffer(16), 4, 3),
  new Int32Array(4), new Uint32Array(4), new Float32Array(4), new Float64Array(new ArrayBuffer(32), 8, 2),
  new BigInt64Array(2), new BigUint64Array(2)]) {
  const info = a.typedInfo(ta);
  show('typed ' + ta.constructor.name, [info, typeof ta[0] === 'bigint' ? String(ta[0]) : ta[0]]);
}
const ab = new ArrayBuffer(12);
show('arraybuffer', [a.arrayBufferInfo(ab), new Uint8Array(ab)[11]]);
const dv = new DataView(new ArrayBuffer(10), 3, 5);
show('dataview', [a.dataViewInfo(dv), new Uint8Array(dv.buffer)[3]]);

for (const v of [new ArrayBuffer(1), new Uint8Array(1), Buffer.alloc(1), new DataView(new ArrayBuffer(1)), {}, [], 'x', 1]) {
  show('kinds ' + Object.prototype.toString.call(v), a.kinds(v));
}
show('statuses {}', a.statuses({}));
show('statuses number', a.statuses(1));

// Writes from JS after native code took the pointer are seen natively, and the other way round.
const shared = new Uint8Array(4);
a.fill(shared, 9);
shared[0] = 1;
show('after both wrote', [a.sum(shared), Array.from(shared)]);

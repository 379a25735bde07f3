// msgpackr with msgpackr-extract: pack/unpack with native string extraction for large structures.
const { pack, unpack, Packr, isNativeAccelerationEnabled } = require('msgpackr');
console.log('native', isNativeAccelerationEnabled);
const value = { name: 'napi-host', list: Array.from({ length: 200 }, (_, i) => ({ id: i, label: 'item-' + i, ok: i % 3 === 0 })),
  nested: { deep: { deeper: ['x', 1.5, null, true, -7] } }, text: 'ünïcödé ✓'.repeat(20) };
const packed = pack(value);
console.log('packed', packed.length, packed.subarray(0, 12).toString('hex'));
const back = unpack(packed);
console.log('equal', JSON.stringify(back) === JSON.stringify(value));
const packr = new Packr({ structuredClone: true });
const m = new Map([['k', new Set([1, 2])]]);
console.log('clone', JSON.stringify([...packr.unpack(packr.pack(m)).get('k')]));
const many = [];
for (let i = 0; i < 50; i++) many.push(pack({ i, s: 'string number ' + i + ' with some more text to extract' }));
console.log('many', many.map((b) => unpack(b).s.length).reduce((a, b) => a + b, 0));

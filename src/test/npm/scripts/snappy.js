// snappy: compress/uncompress sync and async, strings and Buffers.
const { compressSync, uncompressSync, compress, uncompress } = require('snappy');
const text = 'napi-host runs Node addons on GraalJS. '.repeat(2000);
const c = compressSync(text);
console.log('compressed', c.length, Buffer.isBuffer(c), c.subarray(0, 16).toString('hex'));
console.log('round trip', uncompressSync(c, { asBuffer: false }) === text);
const bin = Buffer.alloc(65536);
for (let i = 0; i < bin.length; i++) bin[i] = (i * 31) & 0xff;
const cb = compressSync(bin);
console.log('binary', cb.length, uncompressSync(cb).equals(bin));
(async () => {
  const ac = await compress(text);
  console.log('async equal', ac.equals(c));
  const back = await uncompress(ac);
  console.log('async back', back.toString() === text);
  try { uncompressSync(Buffer.from('definitely not snappy')); } catch (e) { console.log('error', e.message); }
})();

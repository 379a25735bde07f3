// @node-rs/xxhash: 32/64/3 hashes of strings and Buffers, sync and through the streaming classes.
const { xxh32, xxh64, Xxh32, Xxh64, xxh3 } = require('@node-rs/xxhash');
const inputs = ['', 'hello', 'napi-host '.repeat(100), Buffer.from([0, 1, 2, 3, 255]), new Uint8Array(4096).fill(7)];
for (const input of inputs) {
  const label = typeof input === 'string' ? `string(${input.length})` : `${input.constructor.name}(${input.length})`;
  console.log(label, xxh32(input), xxh32(input, 42), xxh64(input).toString(16), xxh64(input, 42n).toString(16),
    xxh3.xxh64(input).toString(16), xxh3.xxh128(input).toString(16));
}
const h = new Xxh64(7n);
for (let i = 0; i < 10; i++) h.update('chunk ' + i);
console.log('streaming xxh64', h.digest().toString(16));
const h32 = new Xxh32();
h32.update(Buffer.from('abc')).update('def');
console.log('streaming xxh32', h32.digest());

// bufferutil: websocket frame mask/unmask.
const { mask, unmask } = require('bufferutil');
const data = Buffer.from('Hello, websocket! '.repeat(10));
const key = Buffer.from([0x37, 0xfa, 0x21, 0x3d]);
const out = Buffer.alloc(data.length + 8);
mask(data, key, out, 4, data.length);
console.log('masked', out.toString('hex'));
const frame = out.subarray(4, 4 + data.length);
unmask(frame, key);
console.log('unmasked', frame.toString());
const odd = Buffer.from([1, 2, 3, 4, 5, 6, 7]);
unmask(odd, key);
console.log('odd', odd.toString('hex'));

// @node-rs/crc32: crc32 and crc32c of strings and Buffers, with initial values.
const { crc32, crc32c } = require('@node-rs/crc32');
for (const input of ['', 'hello world', Buffer.from('The quick brown fox'), Buffer.alloc(100000, 1)]) {
  console.log(crc32(input), crc32c(input), crc32(input, 12345), crc32c(input, 999));
}
let running = 0;
for (const part of ['hel', 'lo ', 'world']) running = crc32c(part, running);
console.log('incremental', running, crc32c('hello world'));

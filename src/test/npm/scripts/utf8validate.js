// utf-8-validate: valid and invalid sequences.
const isValidUTF8 = require('utf-8-validate');
const cases = [Buffer.from('plain ascii'), Buffer.from('héllo wörld ✓ 🚀'), Buffer.from([0xc3, 0x28]),
  Buffer.from([0xe2, 0x82]), Buffer.from([0xf0, 0x9f, 0x98, 0x80]), Buffer.from([0xed, 0xa0, 0x80]),
  Buffer.alloc(1000, 0x61), Buffer.concat([Buffer.alloc(999, 0x61), Buffer.from([0xff])])];
for (const c of cases) console.log(c.length, isValidUTF8(c));

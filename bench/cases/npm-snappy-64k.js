// snappy: compressSync + uncompressSync of 64 KB of mixed text (ns per round trip).
'use strict';
const { measure } = require('../measure');
const { compressSync, uncompressSync } = require('../npm')('snappy');

const parts = [];
for (let i = 0; parts.join('').length < 65536; i++) parts.push(`record ${i}: napi-host runs Node addons on GraalJS; `);
const data = Buffer.from(parts.join('').slice(0, 65536));
measure('npm snappy compress + uncompress (64 KB)', (i, acc) => (uncompressSync(compressSync(data)).length + acc) & 0xffff,
  { iterations: 500 });

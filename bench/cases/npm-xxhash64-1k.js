// @node-rs/xxhash: xxh64 of a 1 KB Buffer (a real napi-rs addon: call overhead plus a little work).
'use strict';
const { measure } = require('../measure');
const { xxh64 } = require('../npm')('@node-rs/xxhash');

const data = Buffer.alloc(1024, 'napi-host ');
measure('npm @node-rs/xxhash xxh64(1 KB Buffer)', (i, acc) => (Number(xxh64(data) & 0xffn) + acc) & 0xffff, { iterations: 2e5 });

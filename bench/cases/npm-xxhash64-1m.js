// @node-rs/xxhash: xxh64 of a 1 MB Buffer (the native work dominates: checks that napi-host adds
// nothing per byte, e.g. no copy of the Buffer).
'use strict';
const { measure } = require('../measure');
const { xxh64 } = require('../npm')('@node-rs/xxhash');

const data = Buffer.alloc(1 << 20, 'napi-host ');
measure('npm @node-rs/xxhash xxh64(1 MB Buffer)', (i, acc) => (Number(xxh64(data) & 0xffn) + acc) & 0xffff, { iterations: 200 });

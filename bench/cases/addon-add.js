// The trivial addon call: add(a, b) of two int32s in a C addon (bench/addon/bench_addon.c),
// i.e. the fixed cost of one JS -> Node-API -> JS round trip.
'use strict';
const path = require('path');
const { measure } = require('../measure');

const addon = require(path.join(__dirname, '..', '..', 'target', 'bench', 'bench_addon.node'));
measure('addon add(int32, int32)', (i, acc) => addon.add(i & 0xffff, acc & 0xffff));

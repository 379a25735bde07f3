// An object built by native code: makeObject(i) creates {a, b, c} with three napi_set_named_property
// calls and returns it.
'use strict';
const path = require('path');
const { measure } = require('../measure');

const addon = require(path.join(__dirname, '..', '..', 'target', 'bench', 'bench_addon.node'));
measure('addon makeObject(i): {a, b, c}', (i, acc) => addon.makeObject(i & 0xffff).c + acc & 0xffff, { iterations: 1e6 });

// A 1 KB string passed in: stringLength(s) copies it out with napi_get_value_string_utf8 and
// returns its length.
'use strict';
const path = require('path');
const { measure } = require('../measure');

const addon = require(path.join(__dirname, '..', '..', 'target', 'bench', 'bench_addon.node'));
const text = 'napi-host '.repeat(103).slice(0, 1024);
measure('addon stringLength(1 KB string)', (i, acc) => (addon.stringLength(text) + acc) & 0xffff, { iterations: 1e6 });

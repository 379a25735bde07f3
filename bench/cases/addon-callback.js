// A callback into JS from native code: callJs(fn, x) calls fn(x) through napi_call_function and
// returns its result (one JS -> native -> JS -> native -> JS round trip).
'use strict';
const path = require('path');
const { measure } = require('../measure');

const addon = require(path.join(__dirname, '..', '..', 'target', 'bench', 'bench_addon.node'));
const increment = (x) => x + 1;
measure('addon callJs(fn, x): native calls fn(x)', (i, acc) => addon.callJs(increment, acc & 0xffff), { iterations: 1e6 });

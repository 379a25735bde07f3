// A plain JS function call of the same shape as addon-add, as the baseline that shows how much of
// an addon call's cost is the Node-API crossing itself.
'use strict';
const { measure } = require('../measure');

function add(a, b) { return (a + b) | 0; }
measure('js add(int32, int32)', (i, acc) => add(i & 0xffff, acc & 0xffff), { iterations: 20e6 });

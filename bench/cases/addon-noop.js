// The floor of an addon call: noop() with no arguments and no result.
'use strict';
const path = require('path');
const { measure } = require('../measure');

const addon = require(path.join(__dirname, '..', '..', 'target', 'bench', 'bench_addon.node'));
measure('addon noop()', (i, acc) => { addon.noop(); return acc + 1; });

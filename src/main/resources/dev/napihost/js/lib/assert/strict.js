'use strict';
// `assert/strict`: assert's strict mode.
module.exports = require('assert').strict;

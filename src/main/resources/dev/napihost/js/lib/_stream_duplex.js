'use strict';
// Node's legacy alias of stream.Duplex.
module.exports = require('stream').Duplex;

'use strict';
// Node's legacy alias of stream.Writable.
module.exports = require('stream').Writable;

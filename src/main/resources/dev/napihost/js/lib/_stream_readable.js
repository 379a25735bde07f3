'use strict';
// Node's legacy alias of stream.Readable.
module.exports = require('stream').Readable;

'use strict';
// Node's legacy alias of stream.PassThrough.
module.exports = require('stream').PassThrough;

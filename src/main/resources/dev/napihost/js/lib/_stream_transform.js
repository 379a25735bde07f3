'use strict';
// Node's legacy alias of stream.Transform.
module.exports = require('stream').Transform;

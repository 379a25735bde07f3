'use strict';
// `string_decoder`: the bundled string_decoder package (Node's decoder published for other
// runtimes; see docs/architecture.md).
module.exports = require('internal/deps').requireBundled('string_decoder');

'use strict';
// `stream/promises`: pipeline and finished returning promises (bundled readable-stream).
module.exports = require('internal/deps').requireBundled('readable-stream/lib/stream/promises');

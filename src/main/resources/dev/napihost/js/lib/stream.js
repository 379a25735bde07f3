'use strict';
// `stream`: the bundled readable-stream package (Node's own streams published for other runtimes;
// see docs/architecture.md). Its lib/stream.js has the shape of Node's module: Stream is the
// legacy constructor with Readable, Writable, ..., pipeline, finished and promises on it.
module.exports = require('internal/deps').requireBundled('readable-stream/lib/stream');

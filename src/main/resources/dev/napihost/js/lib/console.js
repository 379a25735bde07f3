'use strict';
// console (placeholder; replaced by the full version).
const { host } = internalBinding;
const { format } = require('util');
const console = {
  log: (...a) => host.write(1, format(...a) + '\n'),
  info: (...a) => host.write(1, format(...a) + '\n'),
  debug: (...a) => host.write(1, format(...a) + '\n'),
  warn: (...a) => host.write(2, format(...a) + '\n'),
  error: (...a) => host.write(2, format(...a) + '\n'),
};
module.exports = console;

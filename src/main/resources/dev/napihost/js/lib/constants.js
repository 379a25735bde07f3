'use strict';
// The legacy `constants` module (deprecated in Node, still required by graceful-fs and others):
// one object with the dlopen, errno, priority and signal constants of `os`, `fs.constants` and
// `crypto.constants` (without defaultCipherList, which Node adds later), in that order, frozen,
// as Node builds it.
const os = require('os');
const fs = require('fs');
const crypto = require('crypto');

const merged = Object.assign({}, os.constants.dlopen, os.constants.errno, os.constants.priority,
  os.constants.signals, fs.constants);
for (const [k, v] of Object.entries(crypto.constants)) if (k !== 'defaultCipherList') merged[k] = v;
module.exports = Object.freeze(merged);

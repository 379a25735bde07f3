// Shared by the real-package bench cases (npm-*.js): the packages NpmAddonsTest installs, pinned by
// src/test/npm/package.json and its lock file, in target/npm-acceptance (bench/run installs them).
'use strict';
const path = require('path');

const modules = path.join(__dirname, '..', 'target', 'npm-acceptance', 'node_modules');
module.exports = (name) => require(path.join(modules, name));

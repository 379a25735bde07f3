// Shared by the Go bench cases (bench/cases/go-add-*.js): times add(a, b) of the basic cgo fixture
// (target/cgo-fixtures/go<version>/archive/basic.node, built by bench/run) through measure.js.
'use strict';
const path = require('path');
const { measure } = require('./measure');

function goAddCase(version, options) {
  const file = path.join(__dirname, '..', 'target', 'cgo-fixtures', `go${version}`, 'archive', 'basic.node');
  const go = require(file);
  measure(`Go ${version} add(int32, int32), c-archive`, (i, acc) => go.add(i & 0xffff, acc & 0xffff), options);
}

module.exports = { goAddCase };

// A trivial Go function called synchronously from JS: add(a, b) of the basic cgo fixture built
// with Go 1.23 as a c-archive. Since Go 1.21 the calling C thread keeps its Go M between calls.
'use strict';
const { goAddCase } = require('../go-add');

goAddCase('1.23', { iterations: 1e6 });

// A trivial Go function called synchronously from JS: add(a, b) of the basic cgo fixture built
// with Go 1.19 as a c-archive (JS -> Node-API -> C glue -> Go -> back). Go before 1.21 binds and
// unbinds a Go M to the calling C thread on every call (cgo's needm/dropm), which dominates.
'use strict';
const { goAddCase } = require('../go-add');

goAddCase('1.19', { iterations: 2e4 });

// A library that deprecates parts of its API with depd (used by depd.js): depd reports the line
// of the library's caller.
const deprecate = require('depd')('my-module');

exports.oldApi = function oldApi() {
  deprecate('oldApi() is deprecated, use newApi()');
  return 1;
};

exports.legacy = deprecate.function(function legacy(a) {
  return a * 2;
}, 'legacy() is going away');

// deprecate.property is left out: for a getter or setter GraalJS reports the column where the
// member expression starts, V8 the property name's (docs/compatibility.md).
exports.Widget = class Widget {
  render() {
    deprecate('Widget#render');
    return 'rendered';
  }
};

exports.deprecate = deprecate;

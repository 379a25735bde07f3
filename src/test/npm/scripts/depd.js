// depd: deprecation messages name the caller's file, line and column, which depd finds through
// V8's stack-trace API (Error.prepareStackTrace with CallSite objects, Error.captureStackTrace).
// It writes them with process.stderr.write; they are caught here and printed to stdout without
// the timestamp and with the directory shortened.
const write = process.stderr.write;
process.stderr.write = function (chunk) {
  console.log('stderr:', String(chunk).trimEnd().replace(/^\w{3}, .* GMT /, '').split(__dirname).join('.'));
  return true;
};

const lib = require('./depd-lib');

function caller() {
  return lib.oldApi() + lib.oldApi();
}
console.log('calls', caller(), caller());
console.log('legacy', lib.legacy(21), lib.legacy(1));
const w = new lib.Widget();
console.log(w.render(), w.render());

// Listeners get DeprecationError objects instead of the stderr line.
process.on('deprecation', (err) => console.log('event:', err.name, err.namespace, err.message));
lib.deprecate('with a listener');
process.stderr.write = write;

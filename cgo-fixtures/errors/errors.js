// Errors (issue 5, scenario 9): a Go function that returns an error becomes a JS exception with
// the error's message; and, given a copy of a c-shared build's addon without its Go library beside
// it, `require` fails naming the missing library.
// Run as: node errors.js path/to/errors.node [path/to/lonely/errors.node]
// The lonely copy's full message goes to stderr: Node's and napi-host's wording differ (the test
// checks napi-host's), stdout only says what both share.
'use strict';
// First, while the process has not loaded liberrors.so yet: once loaded, the dynamic linker
// satisfies any later need for it by name, wherever the addon is.
const lonely = process.argv[3];
if (lonely) {
  try {
    require(lonely);
    console.log('addon without its Go library loaded?!');
  } catch (e) {
    const lib = 'liberrors.so';
    console.log('addon without its Go library: code', e.code, 'message names', lib, e.message.includes(lib));
    console.error('missing-library message: ' + e.message);
  }
}

const go = require(process.argv[2]);

const attempt = (what, fn) => {
  try {
    console.log(what, '->', fn());
  } catch (e) {
    console.log(what, 'threw', e instanceof Error, e.constructor.name, e.code, JSON.stringify(e.message));
  }
};
attempt('parsePort("8080")', () => go.parsePort('8080'));
attempt('parsePort("")', () => go.parsePort(''));
attempt('parsePort("http")', () => go.parsePort('http'));
attempt('parsePort("70000")', () => go.parsePort('70000'));
attempt('parsePort(42)', () => go.parsePort(42));
attempt('divide(7, 2)', () => go.divide(7, 2));
attempt('divide(7, 0)', () => go.divide(7, 0));
// The runtime recovered from the panic: Go still works afterwards.
attempt('divide(-9, 3)', () => go.divide(-9, 3));


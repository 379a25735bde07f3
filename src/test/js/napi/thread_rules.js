// Thread rules (napi-host only: in Node these calls are undefined behaviour). A pthread calls
// Node-API functions that are not thread-safe; each returns napi_generic_failure (9), nothing on
// the JS side changes, and stderr gets one report per runtime however many calls were refused.
'use strict';
const a = require(process.argv[2]);
let called = 0;
const object = { answer: 42 };
const fn = () => { called++; };
for (let round = 1; round <= 2; round++) {
  const r = a.probe(object, fn);
  const wrong = r.calls.filter(([, status]) => status !== 9);
  console.log('round', round, 'calls', r.calls.length, 'not refused', JSON.stringify(wrong));
  console.log('last error on the JS thread', r.lastErrorOnJsThread, 'exception pending', r.exceptionPending,
      'handles intact', r.handlesIntact);
}
console.log('function called', called, 'object', JSON.stringify(object));
setTimeout(() => console.log('the loop still runs'), 1);

// Async-work round trip: queue a work item whose execute does nothing, wait for its complete
// callback, repeat; ns per queue -> complete (pool hand-off, loop wake-up, completion on the JS thread).
'use strict';
const path = require('path');
const { measureAsync } = require('../measure');

const addon = require(path.join(__dirname, '..', '..', 'target', 'bench', 'bench_addon.node'));
const N = 2000;

function round() {
  return new Promise((resolve) => {
    let left = N;
    const start = process.hrtime.bigint();
    const next = () => {
      if (--left === 0) resolve(Number(process.hrtime.bigint() - start) / N);
      else addon.asyncRoundTrip(next);
    };
    addon.asyncRoundTrip(next);
  });
}

measureAsync('async work: queue -> complete round trip', round);

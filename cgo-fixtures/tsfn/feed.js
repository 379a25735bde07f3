// Threadsafe function fed by goroutines (issue 5, scenario 5): 100 goroutines x 1,000 calls, first
// blocking with a small bounded queue (4), then non-blocking (queue 8) with napi_queue_full retried
// in Go; each goroutine's calls arrive in order; every goroutine releases its share from Go and the
// finalizer runs once the last one has. Run as: node feed.js path/to/tsfn.node
'use strict';
const go = require(process.argv[2]);
const GOROUTINES = 100;
const CALLS = 1000;

function run(label, blocking, maxQueue, next) {
  const last = new Int32Array(GOROUTINES).fill(-1);
  let received = 0;
  let outOfOrder = 0;
  const start = Date.now();
  go.feed((g, i) => {
    if (i !== last[g] + 1) outOfOrder++;
    last[g] = i;
    received++;
  }, GOROUTINES, CALLS, blocking, maxQueue, false, (queueFull) => {
    console.log(`${label}: received ${received} of ${GOROUTINES * CALLS}, out of order ${outOfOrder},` +
      ` every goroutine finished ${last.every((i) => i === CALLS - 1)}` +
      (blocking ? '' : `, napi_queue_full seen ${queueFull > 0}`));
    console.error(`${label}: ${Date.now() - start} ms, napi_queue_full answers ${queueFull}`);
    next();
  });
}

run('blocking, queue 4', true, 4, () => run('non-blocking, queue 8', false, 8, () => console.log('finalized both')));
process.on('exit', (code) => console.log('exit', code));

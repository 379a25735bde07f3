// Threadsafe function fed by goroutines (issue 5, scenario 5): 100 goroutines x 1,000 calls, first
// blocking with a small bounded queue (4), then non-blocking (queue 8) with napi_queue_full retried
// in Go; each goroutine's calls arrive in order; every goroutine releases its share from Go and the
// finalizer runs once the last one has.
// Run as: node feed.js path/to/tsfn.node [blocking-mode]
// blocking-mode 2 (default) serializes the blocking senders in Go; 1 lets all 100 block at once,
// which stalls under Node 20 (a blocked sender is woken only when the JS thread takes an item from a
// full queue; see tsfn.go): the watchdog then reports the stall and exits with code 2.
'use strict';
const go = require(process.argv[2]);
const blockingMode = Number(process.argv[3] || 2);
const GOROUTINES = 100;
const CALLS = 1000;

function run(label, mode, maxQueue, next) {
  const last = new Int32Array(GOROUTINES).fill(-1);
  let received = 0;
  let outOfOrder = 0;
  const start = Date.now();
  let seen = -1;
  const watchdog = setInterval(() => {
    if (received === seen) {
      console.log(`${label}: stalled at ${received} of ${GOROUTINES * CALLS}`);
      process.exit(2);
    }
    seen = received;
  }, 5000);
  go.feed((g, i) => {
    if (i !== last[g] + 1) outOfOrder++;
    last[g] = i;
    received++;
  }, GOROUTINES, CALLS, mode, maxQueue, false, (queueFull) => {
    clearInterval(watchdog);
    console.log(`${label}: received ${received} of ${GOROUTINES * CALLS}, out of order ${outOfOrder},` +
      ` every goroutine finished ${last.every((i) => i === CALLS - 1)}` +
      (mode ? '' : `, napi_queue_full seen ${queueFull > 0}`));
    console.error(`${label}: ${Date.now() - start} ms, napi_queue_full answers ${queueFull}`);
    next();
  });
}

run(`blocking (mode ${blockingMode}), queue 4`, blockingMode, 4,
  () => run('non-blocking, queue 8', 0, 8, () => console.log('finalized both')));
process.on('exit', (code) => console.log('exit', code));

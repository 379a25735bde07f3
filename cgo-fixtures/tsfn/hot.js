// Threadsafe function fed by goroutines locked to their OS threads (issue 5, scenario 6) while the
// JS thread runs hot, JIT-compiled code and allocates enough garbage for the collector to run
// (V8's in Node, the JVM's in napi-host). Deliveries arrive between the hot slices.
// Run as: node hot.js path/to/tsfn.node
'use strict';
const go = require(process.argv[2]);
const GOROUTINES = 16;
const CALLS = 5000;

const last = new Int32Array(GOROUTINES).fill(-1);
let received = 0;
let outOfOrder = 0;
let done = false;

// A hot loop (compiled after the first slices) that also leaves garbage behind.
function slice() {
  let acc = 0;
  let keep = null;
  for (let i = 0; i < 200000; i++) {
    acc = (acc + Math.imul(i, 2654435761)) | 0;
    if ((i & 1023) === 0) keep = { i, data: new Array(256).fill(i) };
  }
  return keep.i === 199680 ? acc : NaN;
}
const expected = slice();
let slices = 0;
let wrong = 0;
function spin() {
  if (slice() !== expected) wrong++;
  slices++;
  if (!done) setImmediate(spin);
}

go.feed((g, i) => {
  if (i !== last[g] + 1) outOfOrder++;
  last[g] = i;
  received++;
}, GOROUTINES, CALLS, 2, 64, true, () => {
  done = true;
  console.log(`received ${received} of ${GOROUTINES * CALLS}, out of order ${outOfOrder},` +
    ` hot slices ran ${slices > 0}, wrong results ${wrong}`);
});
setImmediate(spin);
process.on('exit', (code) => console.log('exit', code));

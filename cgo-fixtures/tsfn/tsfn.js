// A threadsafe function fed by 1,000 goroutines (Go's own threads), 10 calls each: every call
// arrives once, in order per goroutine, and the process exits when all
// goroutines released it. Run as: node tsfn.js path/to/tsfn.node (napi-host must print the same).
'use strict';
const addon = require(process.argv[2]);
const GOROUTINES = 1000;
const CALLS = 10;
const next = new Int32Array(GOROUTINES);
let count = 0;
let outOfOrder = 0;
addon.feed((g, seq) => {
  if (next[g] !== seq) outOfOrder++;
  next[g] = seq + 1;
  count++;
}, GOROUTINES, CALLS);
process.on('exit', () => console.log('calls', count, 'out of order', outOfOrder));

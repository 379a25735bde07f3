// Async work that calls Go (issue 5, scenario 4): 1,000 works queued at once, each execute calling
// Go (which fans out to goroutines) on a pool thread; execute also checks the thread it runs on.
// What is printed must hold in Node and in napi-host alike: a pool thread has at least an 8 MB stack
// (Node's libuv pool: exactly 8 MB) and blocks no signal (SigBlk 0), before and after Go ran on it.
// Run as: node pool.js path/to/work.node
'use strict';
const go = require(process.argv[2]);
const EIGHT_MB = 8 * 1024 * 1024;
const WORKS = 1000;

const counts = (values) => [...new Set(values)].sort().join(',');
const results = [];
const stacks = [];
const blocked = [];
let completed = 0;
let inFlight = 0;
for (let i = 0; i < WORKS; i++) {
  inFlight++;
  go.queue(i, (index, result, stackSize, blockedBefore, blockedAfter, status) => {
    inFlight--;
    completed++;
    results[index] = result === 1000 * index + 499500 && status === 0;
    stacks.push(stackSize >= EIGHT_MB);
    blocked.push(blockedBefore, blockedAfter);
    if (completed === WORKS) {
      console.log('completed', completed, 'all results right', results.every(Boolean) && results.length === WORKS);
      console.log('pool thread stacks at least 8 MB', counts(stacks));
      console.log('pool thread SigBlk before and after Go', counts(blocked));
      console.log('JS thread SigBlk', go.threadFacts()[1]);
    }
  });
}
console.log('queued', WORKS, 'in flight', inFlight, 'completed so far', completed);
process.on('exit', (code) => console.log('exit', code, 'in flight', inFlight));

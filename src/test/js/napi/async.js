// Async work: results, the worker threads' stack and signal mask, ordering, cancellation; the
// pending work keeps the process alive. Same output under napi-host and Node.js.
'use strict';
const a = require(process.argv[2]);
const done = [];
const results = {};
// Completions of different work items race; results are printed at exit in a fixed order.
// A worker's stack is at least Node's 8 MB (glibc may reuse a larger cached stack for a new thread).
const report = (label) => (err, r) => {
  done.push(label);
  if (r && r.stackSize !== undefined) r.stackSize = r.stackSize >= 8 * 1024 * 1024 ? 'at least 8 MB' : r.stackSize;
  results[label] = [err, r];
};
a.run(1000, 0, report('sum 1000'));
// Four long jobs occupy the pool (size 4 in both runtimes); the next ones wait in the queue.
for (let i = 0; i < 4; i++) a.run(10, 2000, (err, r) => done.push('long ' + r.status));
const queued = [];
for (let i = 0; i < 5; i++) queued.push(a.run(i, 0, report('queued ' + i)));
console.log('cancel queued', queued[3].cancel(), queued[4].cancel());
console.log('cancel twice', queued[4].cancel());
setTimeout(() => {
  const late = a.run(5, 0, report('late'));
  setTimeout(() => console.log('cancel finished', late.cancel()), 300);
}, 50);
process.on('exit', () => {
  for (const label of Object.keys(results).sort()) console.log(label, JSON.stringify(results[label]));
  console.log('exit after', done.length, 'completions');
});

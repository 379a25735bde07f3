// A long synchronous Go call (issue 5, scenario 7): seconds of CPU in goroutines on the JS thread
// while timers and async-work completions wait; afterwards they run in Node's order (the expired
// timers, then the completions, then immediates), none of them during the call.
// Run as: node longcall.js path/to/work.node
'use strict';
const go = require(process.argv[2]);
const SPIN_MS = 2000;

const events = [];
let callEnded = 0;
const note = (what) => events.push(what + (callEnded && Date.now() >= callEnded ? '' : ' (DURING THE CALL)'));

// Node counts each delay from when setTimeout was called (a fresh clock reading), so timers with
// equal delays run in the order they were set, however slowly the script reaches the next call.
for (const name of ['A', 'B', 'C']) setTimeout(() => note(`timeout ${name}`), 5);
setTimeout(() => {
  note('timeout D');
  // Scheduled after the call: these wait for their own phase and pass.
  setImmediate(() => note('immediate set by a timer'));
  setTimeout(() => note('timeout set by a timer'), 20);
}, 5);
setImmediate(() => note('immediate'));
process.nextTick(() => note('nextTick'));
Promise.resolve().then(() => note('microtask'));
// Completions come back while the JS thread is still in Go; they wait like the timers.
let works = 0;
for (let i = 0; i < 3; i++) {
  go.queue(i, (index, result) => note(`work done ${++works} (right: ${result === 1000 * index + 499500})`));
}

const start = Date.now();
const turns = go.spin(SPIN_MS, 4);
callEnded = Date.now();
console.log('Go spun in 5 goroutines', turns > 0, 'for at least', SPIN_MS, 'ms:', callEnded - start >= SPIN_MS - 5);
console.log('events during the call', events.length);
process.on('exit', () => console.log(events.join('\n')));

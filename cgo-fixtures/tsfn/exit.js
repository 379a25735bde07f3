// Exit while goroutines still run and an unref'd threadsafe function exists (issue 5, scenario 8).
// Modes: "natural" (the loop runs out of work: the unref'd function does not keep it alive; exit
// code from process.exitCode), "exit" (process.exit(7) from a delivery). The cleanup hook prints
// "cleanup hook ran" during teardown. Run through exit-check.js, which times the process.
// Run as: node exit.js path/to/tsfn.node natural|exit
'use strict';
const go = require(process.argv[2]);
const mode = process.argv[3];
// exit-check.js times the exit from here, so that the runtime's own start-up does not count.
console.log('started at', Date.now());

let deliveries = 0;
go.forever(() => {
  deliveries++;
  if (mode === 'exit' && deliveries === 20) {
    console.log('process.exit(7) from a delivery');
    process.exit(7);
  }
}, 8);
if (mode === 'exit') {
  // Keeps the loop alive (the threadsafe function does not) until a delivery calls process.exit.
  setTimeout(() => console.log('never: process.exit came first'), 30000);
}
if (mode === 'natural') {
  process.exitCode = 5;
  // Something ref'd for a while, so that deliveries happen before the loop runs out of work.
  setTimeout(() => console.log('last timer; deliveries seen', deliveries > 0), 200);
}
process.on('exit', (code) => console.log('exit event', code));

// Cleanup hooks: registration order vs. run order at exit (sync and async interleaved), removal,
// hooks added while cleanup runs, the instance data finalizer after the hooks. The hooks log to
// the file named by argv[3]; argv[4] says how the process ends: "normal", "exit" (process.exit(3)),
// "throw" (an uncaught exception) or "exitCode" (process.exitCode = 5).
'use strict';
const a = require(process.argv[2]);
const how = process.argv[4] || 'normal';
a.setLog(process.argv[3]);
console.log('misuse statuses', JSON.stringify(a.hookStatuses()));
a.setInstanceData();
a.addHook('first');
a.addAsyncHook('async-in-hook', 0);
const removed = a.addHook('removed');
a.addHook('adds-another', true);
a.addAsyncHook('async-from-thread', 1);
const removedAsync = a.addAsyncHook('async-removed', 0);
a.addHook('last');
console.log('remove', a.removeHook(removed));
console.log('remove async', a.removeAsyncHook(removedAsync));
process.on('exit', (code) => console.log('exit event', code));
setTimeout(() => {
  console.log('ending', how);
  if (how === 'exit') process.exit(3);
  if (how === 'throw') throw new Error('boom');
  if (how === 'exitCode') process.exitCode = 5;
}, 10);

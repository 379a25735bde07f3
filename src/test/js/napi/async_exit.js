// Exit while async work is still queued: 20 items of 300 ms on a pool of 4 threads would take
// 1.5 s. argv[4]: "exit" calls process.exit(6) at once; "throw" throws (exit code 1). Cleanup
// hooks run; completions never do; the process does not wait for the queue.
'use strict';
const a = require(process.argv[2]);
a.leaveQueued(20, 300, process.argv[3]);
process.on('exit', (code) => console.log('exit event', code));
setTimeout(() => {
  if (process.argv[4] === 'exit') process.exit(6);
  throw new Error('thrown while work is queued');
}, 20);

// An exception in any callback goes to 'uncaughtException' and the loop goes on.
const seen = [];
process.on('uncaughtException', (err, origin) => seen.push(err.message + ' / ' + origin));
setTimeout(() => { throw new Error('in timer'); }, 1);
setTimeout(() => seen.push('later timer runs'), 10);
setImmediate(() => { throw new Error('in immediate'); });
process.nextTick(() => { throw new Error('in tick'); });
queueMicrotask(() => { throw new Error('in microtask'); });
const iv = setInterval(() => { clearInterval(iv); throw new Error('in interval'); }, 2);
process.on('exit', (c) => console.log(seen.sort().join('\n') + '\nexit ' + c + ' ' + process.exitCode));

// ref/unref/hasRef, beforeExit and exit, TimeoutOverflowWarning, the timers module.
const t = setTimeout(() => {}, 100000);
console.log('timer hasRef', t.hasRef(), t.unref() === t, t.hasRef(), t.ref().hasRef());
t.unref();
setTimeout(() => console.log('never: unref timer alone does not keep the loop alive'), 100000).unref();
// Set from the first immediate, so that they cannot fall due before the immediates run however
// long the main script takes (Node runs expired timers first on the loop's first turn).
const later = () => {
  setTimeout(() => console.log('unref timer fires while something else keeps the loop'), 20).unref();
  setTimeout(() => {
    console.log('keeper');
    setTimeout(() => console.log('overflowed delay fired'), 2 ** 31);
  }, 40);
};
const im = setImmediate(() => { console.log('unref immediate runs (loop alive this turn)'); later(); });
console.log('immediate hasRef', im.hasRef(), im.unref().hasRef(), im.ref().hasRef());
setImmediate(() => console.log('second unref immediate')).unref();
let beforeExits = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, beforeExits);
  if (beforeExits++ < 2) setTimeout(() => console.log('timer from beforeExit'), 1);
  else process.exitCode = 3;
});
let exits = 0;
process.on('exit', (code) => {
  console.log('exit', code, ++exits, process.exitCode);
  setTimeout(() => console.log('never: timer in exit'), 0);
  process.nextTick(() => console.log('never: tick in exit'));
});
process.on('exit', () => console.log('second exit listener'));
const timers = require('timers');
console.log('timers module', timers.setTimeout === setTimeout, timers.setImmediate === setImmediate,
  timers.clearInterval === clearInterval, timers.clearImmediate === clearImmediate,
  require('node:timers') === timers);

// Callback scopes: a napi_make_callback or callback scope opened from JS or from an async work's
// complete is not the outermost scope, so process.nextTick callbacks and microtasks run after the
// surrounding callback ends, in Node's order (ticks before promise reactions). Statuses of misuse.
'use strict';
const a = require(process.argv[2]);
const order = [];
const body = (label) => () => {
  process.nextTick(() => order.push(label + ': tick'));
  Promise.resolve().then(() => order.push(label + ': microtask'));
  order.push(label + ': callback');
  return label.length;
};

console.log('statuses', JSON.stringify(a.statuses(() => 1)));

for (const mode of [0, 1, 2]) {
  const label = 'js mode ' + mode;
  console.log(label, 'returned', a.inScope(mode, body(label)));
  order.push(label + ': after the call');
}
try {
  a.inScope(0, () => { throw new Error('thrown in make_callback'); });
} catch (e) {
  console.log('caught', e.message);
}
try {
  a.inScope(2, () => { throw new Error('thrown in a callback scope'); });
} catch (e) {
  console.log('caught', e.message);
}

let step = 0;
function fromComplete() {
  if (step === 3) return;
  const mode = step++;
  const label = 'complete mode ' + mode;
  a.fromComplete(mode, body(label), (status) => {
    order.push(label + ': done ' + status);
    setImmediate(() => {
      order.push(label + ': immediate');
      fromComplete();
    });
  });
}
setTimeout(fromComplete, 1);
process.on('exit', () => console.log(order.join('\n')));

// Event loop ordering that Node guarantees (no race between the main script's first timer and
// first immediate is asserted: that one depends on how long start-up took).
const log = [];
const L = (s) => log.push(s);

// Synchronous code, then all ticks, then promise microtasks; a tick queued by a microtask runs
// after the microtask queue has drained.
Promise.resolve().then(() => L('promise 1'));
process.nextTick(() => L('tick 1'));
queueMicrotask(() => L('queueMicrotask 1'));
process.nextTick((a, b) => L('tick 2 args ' + a + b), 'x', 'y');
Promise.resolve().then(() => {
  L('promise 2');
  process.nextTick(() => L('tick from promise 2'));
  Promise.resolve().then(() => L('promise 3 from promise 2'));
});
L('sync end');

setTimeout(function () {
  L('timer A');
  // Inside a timer callback: the immediate runs in this iteration's check phase, the new timer
  // only in the next iteration's timers phase.
  setTimeout(() => {
    L('timer from timer');
    step2();
  }, 0);
  setImmediate(() => L('immediate from timer'));
  // After a callback: its ticks, then its microtasks.
  Promise.resolve().then(() => L('timer A microtask'));
  process.nextTick(() => L('timer A tick'));
}, 2);

function step2() {
  // Immediates queued during the check phase wait for the next iteration.
  setImmediate(() => {
    L('immediate 1');
    setImmediate(() => {
      L('immediate 3 (queued by 1)');
      step3();
    });
    process.nextTick(() => L('immediate 1 tick'));
  });
  setImmediate(() => L('immediate 2'));
  const cleared = setImmediate(() => L('never: cleared immediate'));
  clearImmediate(cleared);
  setImmediate((a, b) => L('immediate args ' + a + b), 1, 2);
}

function step3() {
  // Equal delays run in creation order; args are passed.
  for (const name of ['eq-a', 'eq-b', 'eq-c']) setTimeout((n) => L(n), 5, name);
  setTimeout(step4, 6);
}

function step4() {
  const t1 = setTimeout(() => L('never: cleared timer'), 1);
  clearTimeout(t1);
  const t2 = setTimeout(() => L('never: cleared by number'), 1);
  const id = t2[Symbol.toPrimitive]();
  L('primitive id is a number: ' + (typeof id === 'number' && +t2 === id));
  clearTimeout(id);
  const t3 = setTimeout(() => L('never: cleared by string'), 1);
  clearTimeout(String(+t3));
  clearTimeout(undefined);
  clearTimeout(null);
  clearTimeout({});
  let n = 0;
  const iv = setInterval((tag) => {
    L('interval ' + n + ' ' + tag);
    if (++n === 3) {
      clearInterval(iv);
      setTimeout(step5, 5);
    }
  }, 1, 'arg');
}

function step5() {
  // refresh() inside its own callback re-arms a one-shot timer.
  let fired = 0;
  const t = setTimeout(() => {
    L('refreshable fired ' + ++fired);
    if (fired < 2) t.refresh();
  }, 1);
  // A timer refreshed before it fires keeps one callback.
  const r = setTimeout(() => L('refreshed once'), 10);
  setTimeout(() => r.refresh(), 5);
}

process.on('exit', (code) => {
  console.log(log.join('\n'));
  console.log('exit code', code);
});

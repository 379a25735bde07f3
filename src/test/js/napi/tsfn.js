// Threadsafe functions, fed by raw pthreads of the test addon. Same output under napi-host and
// Node.js. argv[3] picks a mode: (none) the main checks; 'ref' / 'unref': whether a tsfn whose
// producer calls late keeps the process alive; 'teardown': calls still queued at exit (written by
// the addon to the file argv[4], since no JS runs then).
'use strict';
const a = require(process.argv[2]);
const mode = process.argv[3] || 'main';

const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));
// Waits (at most 10 s) until done() holds: a fixed delay can expire before the loop delivers on a
// loaded machine, in Node as well.
async function until(done) {
  for (const end = Date.now() + 10000; !done() && Date.now() < end;) await settle(5);
}
const busy = (ms) => { const end = Date.now() + ms; while (Date.now() < end); };

// Resolves once `total` calls reached fn; checks each producer's calls arrive in order.
function collector(total) {
  const next = [];
  let count = 0;
  let outOfOrder = 0;
  let done;
  const finished = new Promise((resolve) => { done = resolve; });
  const fn = (producer, seq) => {
    if ((next[producer] || 0) !== seq) outOfOrder++;
    next[producer] = seq + 1;
    if (++count === total) done();
  };
  return { fn, finished, summary: () => ({ count, outOfOrder, producers: next.length }) };
}

async function main() {
  console.log('create misuse', JSON.stringify(a.createStatuses(() => {})));

  // JS-thread statuses on a queue of 2, then its two queued calls, then finalization.
  const seen = [];
  const fn = (ctx, n) => seen.push([ctx, n, arguments.length]);
  console.log('queue statuses', JSON.stringify(a.queueStatuses((ctx, n) => seen.push(['fn', ctx, n]))));
  await until(() => seen.length === 2 && a.afterClose()[0] === 1);
  console.log('delivered', JSON.stringify(seen), 'finalized', JSON.stringify(a.afterClose()));
  globalThis.tsfnSink = (ctx, n) => seen.push(['sink', ctx, n]);
  seen.length = 0;
  a.queueStatuses(null);  // no JS function: call_js_cb gets js_callback NULL
  await until(() => seen.length === 2 && a.afterClose()[0] === 2);
  console.log('without a function', JSON.stringify(seen), 'finalized', JSON.stringify(a.afterClose()));
  void fn;

  // The default call: the function with no arguments and `this` undefined.
  {
    const calls = [];
    let done;
    const finished = new Promise((resolve) => { done = resolve; });
    const id = a.start(function () {
      'use strict';
      calls.push([arguments.length, this === undefined]);
      if (calls.length === 10) done();
    }, { threads: 2, calls: 5, defaultCall: true });
    await finished;
    await settle();
    console.log('default call', JSON.stringify(calls[0]), calls.length, JSON.stringify(a.stats(id)));
  }

  // Bounded queue, a blocking producer: every call arrives once, in order. (Node wakes one blocked
  // producer per pop from a full queue, so several blocking producers can hang there; napi-host wakes
  // them all: NapiThreadsafeFunctionTest.stress covers 100.)
  {
    const c = collector(5000);
    const id = a.start(c.fn, { threads: 1, calls: 5000, maxQueue: 3, blocking: true });
    await c.finished;
    await settle();
    console.log('bounded blocking', JSON.stringify(c.summary()), JSON.stringify(a.stats(id)));
  }

  // Bounded queue, non-blocking producers that retry on napi_queue_full.
  {
    const c = collector(2 * 300);
    const id = a.start(c.fn, { threads: 2, calls: 300, maxQueue: 1 });
    await c.finished;
    await settle();
    const s = a.stats(id);
    console.log('bounded non-blocking', JSON.stringify(c.summary()), 'ok', s.ok, 'saw queue_full', s.queueFull > 0,
      'finalized', s.finalized);
  }

  // Abort while a producer is blocked on the full queue: it gets napi_closing, the queued call goes
  // to call_js_cb with env NULL after the finalizer. (Node wakes one blocked producer on abort; more
  // are covered by NapiThreadsafeFunctionTest for napi-host alone.)
  {
    const c = collector(1);
    const id = a.start(c.fn, { threads: 1, calls: 100, maxQueue: 1, blocking: true, jsHolds: 1 });
    // The producer fills the queue and blocks on its second call; nothing is delivered meanwhile.
    // Abort only once it is in that call: a call begun after Node finalized the function would
    // touch freed memory (Node 20 then aborts the process).
    for (const end = Date.now() + 10000; a.entered(id) < 2 && Date.now() < end;);
    busy(100);
    console.log('abort', a.release(id, true));
    await settle(200);
    console.log('after abort', JSON.stringify(a.stats(id)), 'delivered', c.summary().count);
  }

  // A producer aborts after 50 calls. Calls before the abort that were not delivered yet end as env
  // NULL calls: together they are exactly 50. (The JS thread's hold is gone with the abort: Node frees
  // the function then, so it must not be released.)
  {
    const c = collector(1e9);
    const id = a.start(c.fn, { threads: 1, calls: 100, abortAt: 50, jsHolds: 1 });
    await settle(300);
    const s = a.stats(id);
    console.log('producer abort', 'ok', s.ok, 'delivered + null', c.summary().count + s.nullCalls,
      'in order', c.summary().outOfOrder === 0, 'finalized', s.finalized);
  }

  // Ticks and microtasks queued by a callback run before the next call, as after any callback.
  {
    const log = [];
    let done;
    const finished = new Promise((resolve) => { done = resolve; });
    a.start((producer, seq) => {
      log.push('call ' + seq);
      process.nextTick(() => log.push('tick ' + seq));
      Promise.resolve().then(() => log.push('micro ' + seq));
      if (seq === 2) setImmediate(done);
    }, { threads: 1, calls: 3, startDelayMs: 0 });
    await finished;
    console.log('order', log.join(', '));
  }

  // A callback that throws: before Node-API 10 Node only warns (DEP0168); later calls still arrive.
  {
    let n = 0;
    let done;
    const finished = new Promise((resolve) => { done = resolve; });
    const id = a.start(() => {
      n++;
      if (n === 3) done();
      if (n === 1) throw new Error('from a tsfn callback');
    }, { threads: 1, calls: 3 });
    await finished;
    await settle();
    console.log('after a throwing callback', n, 'finalized', a.stats(id).finalized);
  }

  // ref/unref from the JS thread.
  {
    const id = a.start(() => {}, { threads: 0, jsHolds: 1 });
    console.log('unref', a.ref(id, false), 'ref', a.ref(id, true), 'unref', a.ref(id, false));
    console.log('release last hold', a.release(id, false), 'release again', a.release(id, false));
    await settle();
    console.log('finalized', a.stats(id).finalized);
  }
}

if (mode === 'main') {
  main().then(() => console.log('done'));
} else if (mode === 'ref' || mode === 'unref') {
  // The producer calls after 300 ms and releases: a ref'd tsfn waits for it, an unref'd one does not.
  let calls = 0;
  const id = a.start(() => calls++, { threads: 1, calls: 1, startDelayMs: 300, unref: mode === 'unref' });
  process.on('exit', () => console.log(mode, 'calls at exit', calls, 'finalized', a.stats(id).finalized));
} else if (mode === 'teardown') {
  // The producer queues 5 calls on an unref'd tsfn and keeps its hold; the process ends first.
  const id = a.start(() => console.log('not expected'), { threads: 1, calls: 5, unref: true, jsHolds: 0, logPath: process.argv[4] });
  busy(200);
  a.ref(id, false);
  // Keep one producer hold: it never releases in time (it is still queuing when the loop ends).
  process.on('exit', () => console.log('exit: finalized', a.stats(id).finalized, 'null calls', a.stats(id).nullCalls));
}

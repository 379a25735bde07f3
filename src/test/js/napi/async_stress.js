// Async-work stress: 10,000 items, every 3rd cancelled right after it was queued. Whatever the
// pool had already taken cannot be cancelled, so the split between cancelled and completed varies;
// the invariants printed do not: every item completes once, cancelled ones with napi_cancelled.
'use strict';
const a = require(process.argv[2]);
const n = 10000;
const t0 = Date.now();
a.run(n, 3, (c) => {
  console.log('all completed', c.completedOk + c.completedCancelled === n);
  console.log('cancelled ones completed with napi_cancelled', c.completedCancelled === c.cancelOk);
  console.log('cancel attempts', c.cancelOk + c.cancelFailed === Math.ceil(n / 3));
  console.log('most cancels succeeded', c.cancelOk > n / 6);
  console.log('executed exactly the uncancelled ones', c.executed === c.completedOk);
  console.log('other statuses', c.completedOther, 'wrong results', c.wrongResult);
  if (process.argv[3] === 'verbose') console.error(JSON.stringify(c), Date.now() - t0, 'ms');
});

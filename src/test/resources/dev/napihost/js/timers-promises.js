const tp = require('timers/promises');
console.log(tp === require('node:timers/promises'), tp === require('timers').promises);
// A minimal AbortSignal stand-in when the global is missing (Node accepts any object with `aborted`).
function controller() {
  if (typeof AbortController === 'function') return new AbortController();
  const listeners = [];
  const signal = {
    aborted: false, reason: undefined,
    addEventListener: (t, f) => listeners.push(f),
    removeEventListener: (t, f) => { const i = listeners.indexOf(f); if (i >= 0) listeners.splice(i, 1); },
  };
  return { signal, abort() { signal.aborted = true; signal.reason = new Error('aborted'); listeners.splice(0).forEach((f) => f()); } };
}
(async () => {
  console.log(await tp.setTimeout(5, 'timeout value'));
  console.log(await tp.setImmediate('immediate value'));
  let i = 0;
  for await (const v of tp.setInterval(2, 'interval value')) {
    console.log(v, i);
    if (++i === 3) break;
  }
  const ac = controller();
  const p = tp.setTimeout(100000, 'x', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log(e.name, e.code, e.message); }
  const pre = controller();
  pre.abort();
  try { await tp.setTimeout(10, 'x', { signal: pre.signal }); } catch (e) { console.log('pre-aborted timeout', e.name, e.code); }
  try { await tp.setImmediate('x', { signal: pre.signal }); } catch (e) { console.log('pre-aborted immediate', e.name, e.code); }
  try { await tp.setTimeout(1, 'x', 'bad'); } catch (e) { console.log('bad options', e.code); }
  await tp.scheduler.wait(2);
  await tp.scheduler.yield();
  console.log('scheduler ok');
  console.log(await tp.setTimeout(1000, 'unref', { ref: false }), 'never: an unref timer alone ends the process');
})();
process.on('exit', (c) => console.log('exit', c));

// Re-entrancy (issue 5, scenario 3): a synchronous Go call that calls back into JS several times,
// JS -> Go -> JS -> Go nesting on the JS thread, and exceptions thrown by the innermost JS
// surfacing in the outer JS through every Go frame. Run as: node reentry.js path/to/reentry.node
//
// Go before 1.21 assumes a C thread it did not create has only 32 KB of stack below the point
// where the thread first entered Go, and aborts ("fatal: morestack on g0") when a nested Go call
// starts deeper than that. In Node the JS between two Go frames takes ~2 KB of that stack, so Go
// 1.19 nests about 20 Go frames there; napi-host runs addon code on a native stack of its own and
// nests about 30 (docs/cgo.md). The deepest case therefore asks for 15 Go frames with Go < 1.21
// and 30 with newer Go, which reads the thread's real stack bounds.
'use strict';
const go = require(process.argv[2]);
const [major, minor] = go.goVersion().replace(/^go/, '').split('.').map(Number);
const deepest = major > 1 || minor >= 21 ? 30 : 15;
console.log('deepest nesting asked for', deepest, 'Go frames');

// Several callbacks from one Go call; Go sums what JS returned.
const seen = [];
console.log('sum of 5 callbacks', go.callBack((i) => { seen.push(i); return i * 10; }, 5), seen.join(','));

// An exception thrown by JS called from Go reaches the JS that called Go, unchanged; Go unwinds.
class DeepError extends Error {}
const once = new DeepError('thrown under one Go frame');
try {
  go.callBack((i) => { if (i === 2) throw once; return 1; }, 5);
  console.log('not reached');
} catch (e) {
  console.log('caught same object', e === once, e instanceof DeepError, e.message);
}
console.log('Go calls aborted', go.aborted(), 'Go frames', go.depth());

// Non-Error values thrown through a Go frame come back as they were.
for (const value of [undefined, null, 42, 'text', { code: 'E_OBJ' }]) {
  try {
    go.callBack(() => { throw value; }, 1);
  } catch (e) {
    console.log('thrown value back', e === value, typeof e);
  }
}

// Level n (JS) calls Go, whose callbacks are level n+1, down to level 5:
// JS -> Go -> JS -> Go -> JS -> Go -> JS -> Go -> JS, four Go frames on the stack at the bottom.
const trace = [];
const level = (n) => (i) => {
  trace.push(`js level ${n} call ${i}: ${go.depth()} Go frames below`);
  return n < 5 ? go.callBack(level(n + 1), 2) + 1 : i;
};
console.log('nested result', go.callBack(level(2), 2));
console.log(trace.join('\n'));
console.log('Go frames after return', go.depth());

// An exception thrown three Go frames down reaches the outer JS unchanged.
const thrown = new DeepError('thrown three Go frames down');
let innerRan = 0;
try {
  go.callBack(() => go.callBack(() => go.callBack((i) => {
    innerRan++;
    if (i === 1) throw thrown;
    return 0;
  }, 5), 5), 5);
  console.log('not reached');
} catch (e) {
  console.log('caught same object', e === thrown, e instanceof DeepError, e.message);
}
console.log('inner callbacks run', innerRan, 'Go calls aborted', go.aborted(), 'Go frames', go.depth());

// A middle level catches the inner exception; its Go loop goes on with the next callback.
const middle = [];
const total = go.callBack((i) => {
  try {
    go.callBack((j) => { if (i === 1) throw new RangeError(`bad ${i}.${j}`); return j; }, 3);
    middle.push(`level 1 call ${i} ok`);
  } catch (e) {
    middle.push(`level 1 call ${i} caught ${e.name}: ${e.message}`);
  }
  return 100;
}, 3);
console.log(middle.join('\n'));
console.log('outer total', total, 'Go calls aborted', go.aborted());

// Deep nesting: 15 or 30 Go frames on the JS thread's stack at once.
const deep = (n) => () => (n === 0 ? go.depth() : go.callBack(deep(n - 1), 1));
console.log('deepest Go frame count', go.callBack(deep(deepest - 1), 1));
console.log('Go calls aborted', go.aborted(), 'Go frames', go.depth());

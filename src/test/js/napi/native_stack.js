// How much C stack JS between two native frames costs, and JS <-> native recursion running out of
// stack. Run as: node native_stack.js path/to/native_stack.node
'use strict';
const addon = require(process.argv[2]);

// callDown(fn) answers how far below its own frame the address fn returns lies; here() answers an
// address in its frame. Node spends about 2 KB per JS -> native -> JS level; native code that
// assumes a small C stack (Go before 1.21 on a thread it did not create: 32 KB) depends on that.
const oneLevel = addon.callDown(() => addon.here());
const below = (levels) => (levels === 0 ? addon.here() : addon.through(() => below(levels - 1)));
const tenLevels = addon.callDown(() => below(9));
console.log('one level costs under 4 KB', oneLevel > 0 && oneLevel < 4096);
console.log('ten levels cost under 40 KB', tenLevels > 0 && tenLevels < 40960);

// JS -> native -> JS recursion until a stack runs out: RangeError in the JS, through every level.
let depth = 0;
const down = (n) => {
  depth++;
  return addon.recurse(down, n) + 1;
};
try {
  console.log('not reached', down(1e7));
} catch (e) {
  console.log('caught', e instanceof RangeError, e.message, 'after more than 100 levels', depth > 100);
}
// Everything works afterwards, nesting included.
console.log('afterwards', addon.recurse((n) => addon.recurse(() => 7, n), 3), addon.through(() => 'ok'));

// worker_threads, module, util additions, timers/promises and node: names against Node.js 20.
const wt = require('node:worker_threads');
console.log('worker_threads', wt.isMainThread, wt.threadId, wt.parentPort, wt.workerData, typeof wt.Worker);
const Module = require('module');
console.log('module', typeof Module.createRequire, Module.isBuiltin('fs'), Module.isBuiltin('node:fs/promises'), Module.isBuiltin('nope'),
  Module.builtinModules.includes('stream'), require('node:module') === Module);
const req = Module.createRequire(__filename);
console.log('createRequire', req('node:path') === require('path'), typeof req.resolve);
for (const name of ['assert', 'assert/strict', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'fs/promises', 'module', 'os',
  'path', 'stream', 'stream/promises', 'string_decoder', 'timers', 'timers/promises', 'url', 'util', 'util/types', 'worker_threads',
  '_stream_readable', '_stream_transform', 'process']) {
  console.log('node:' + name, require('node:' + name) === require(name), typeof require(name));
}
const util = require('util');
const custom = function () {};
custom[util.promisify.custom] = () => Promise.resolve('custom!');
console.log('promisify custom', util.promisify(custom) === custom[util.promisify.custom], util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
const readFileP = util.promisify(require('fs').readFile);
function Base() {}
Base.prototype.hello = () => 'hi';
function Derived() {}
util.inherits(Derived, Base);
console.log('inherits', new Derived().hello(), Derived.super_ === Base);
console.log('isDeepStrictEqual', util.isDeepStrictEqual({ a: [1] }, { a: [1] }), util.isDeepStrictEqual([1], ['1']));
console.log('types', util.types.isPromise(Promise.resolve()), util.types.isRegExp(/x/), util.types.isUint8Array(Buffer.alloc(1)));
const tp = require('timers/promises');
(async () => {
  console.log('promisify fs', (await readFileP(__filename, 'utf8')).startsWith('// worker_threads'));
  console.log('timers/promises', await tp.setTimeout(5, 'timeout value'));
  console.log('timers/promises', await tp.setImmediate('immediate value'));
  await new Promise((resolve) => util.callbackify(async () => 'cb value')((err, v) => { console.log('callbackify', err, v); resolve(); }));
})();
try { new wt.Worker('x.js'); } catch (e) { console.log('Worker throws', e instanceof Error); }

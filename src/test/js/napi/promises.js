// Promises made by native code, napi_run_script, instance data and napi_adjust_external_memory;
// same output as Node.js. argv[3] (optional): the file the instance-data finalizer appends to.
'use strict';
const a = require(process.argv[2]);
const finalizerFile = process.argv[3];

function describe(v) {
  // Engines word syntax errors differently: the class is what Node-API promises.
  if (v instanceof SyntaxError) return 'SyntaxError';
  if (v instanceof Error) return `${v.constructor.name}: ${v.message}`;
  if (typeof v === 'function') return 'function ' + v.name;
  return typeof v + ' ' + String(v);
}

function show(label, [status, value, exception]) {
  console.log(`${label}: status ${status}` + (value === undefined ? '' : ` value ${describe(value)}`) +
    (exception === undefined ? '' : ` pending ${describe(exception)}`));
}

async function promises() {
  const [i1, p1] = a.createPromise();
  console.log('is promise', a.isPromise(p1), p1 instanceof Promise);
  show('resolve', a.conclude(i1, true, 42));
  console.log('resolved with', await p1);

  const [i2, p2] = a.createPromise();
  show('reject', a.conclude(i2, false, new TypeError('no')));
  try {
    await p2;
  } catch (e) {
    console.log('rejected with', describe(e));
  }

  // Resolving with a thenable adopts its state, as resolve() does in JS.
  const [i3, p3] = a.createPromise();
  const [i4, p4] = a.createPromise();
  show('resolve with another promise', a.conclude(i3, true, p4));
  show('then resolve that', a.conclude(i4, true, 'inner'));
  console.log('adopted', await p3);

  // Rejecting with a promise does not adopt it.
  const [i5, p5] = a.createPromise();
  show('reject with a promise', a.conclude(i5, false, Promise.resolve(1)));
  await p5.catch((v) => console.log('rejection value is a promise', v instanceof Promise));

  // Resolving a promise with itself rejects it with a TypeError.
  const [i6, p6] = a.createPromise();
  show('resolve with itself', a.conclude(i6, true, p6));
  await p6.catch((e) => console.log('self-resolution', e instanceof TypeError));

  // Order: callbacks run as microtasks after the native call returns.
  const [i7, p7] = a.createPromise();
  p7.then((v) => console.log('then ran with', v));
  a.conclude(i7, true, 'later');
  console.log('after conclude, before the microtask');
  await p7;

  console.log(a.promiseStatuses());
  console.log('is promise: thenable', a.isPromise({ then() {} }), 'async fn result', a.isPromise((async () => {})()));
}

function scripts() {
  show('script 1 + 2', a.runScript('1 + 2'));
  show('script var', a.runScript('var napiScriptVar = 5; napiScriptVar * 2'));
  console.log('global after var', globalThis.napiScriptVar, Object.getOwnPropertyDescriptor(globalThis, 'napiScriptVar').configurable);
  show('script function declaration', a.runScript('function napiScriptFn() { return "fn"; } napiScriptFn()'));
  console.log('global function', typeof globalThis.napiScriptFn);
  show('script let', a.runScript('let napiScriptLet = 7; napiScriptLet'));
  show('script sees earlier let', a.runScript('napiScriptLet + 1'));
  console.log('let is not a property of the global', 'napiScriptLet' in globalThis);
  show('script this', a.runScript('this === globalThis'));
  show('script is sloppy', a.runScript('(function () { return this === globalThis; })()'));
  show('script cannot see module scope', a.runScript('typeof require + " " + typeof module'));
  show('script syntax error', a.runScript('var = 1'));
  show('script throws', a.runScript('throw new RangeError("from script")'));
  show('script throws a primitive', a.runScript('throw 7'));
  show('script returns an object', a.runScript('({ a: 1 })'));
  show('script empty', a.runScript(''));
  show('script on a number', a.runScript(12));
  show('script on a String object', a.runScript(new String('1')));
  show('script on undefined', a.runScript(undefined));
  console.log(a.runScriptStatuses());
}

function instanceData() {
  console.log('instance data before', a.getInstanceData());
  console.log(a.instanceDataStatuses());
  if (finalizerFile !== undefined) {
    // The first value's finalizer never runs: Node drops replaced data without finalizing it.
    a.setInstanceData(1, finalizerFile);
    console.log('instance data', a.getInstanceData());
    a.setInstanceData(2, finalizerFile);
    console.log('instance data replaced', a.getInstanceData());
  }
}

function externalMemory() {
  const [s0, base, nullStatus] = a.adjustExternalMemory(0);
  const [s1, up] = a.adjustExternalMemory(1 << 20);
  const [s2, down] = a.adjustExternalMemory(-(1 << 20));
  console.log('external memory statuses', s0, s1, s2, 'NULL result', nullStatus);
  console.log('external memory deltas', up - base, down - base);
}

promises().then(() => {
  scripts();
  instanceData();
  externalMemory();
  process.on('exit', () => console.log('exit event'));
});

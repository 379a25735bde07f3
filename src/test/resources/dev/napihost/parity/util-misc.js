// util helpers whose results are deterministic: compared line by line with Node.
const util = require('util');
const out = [];
const p = (...a) => out.push(a.map((x) => typeof x === 'string' ? x : util.inspect(x)).join(' '));
const deep = util.isDeepStrictEqual;
p(deep({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), deep({ a: 1 }, { a: '1' }), deep([1, 2], [1, 2, 3]), deep(new Map([[1, { x: 1 }]]), new Map([[1, { x: 1 }]])),
  deep(new Set([{ a: 1 }]), new Set([{ a: 1 }])), deep(new Date(1), new Date(2)), deep(NaN, NaN), deep(0, -0), deep(Buffer.from('a'), Buffer.from('a')), deep(/a/g, /a/i),
  deep(Object.create(null), {}), deep([1, , 3], [1, undefined, 3]), deep(new Number(1), new Number(2)));
const t = util.types;
p(t.isPromise(Promise.resolve()), t.isPromise({ then() {} }), t.isRegExp(/x/), t.isDate(new Date()), t.isTypedArray(new Int8Array(1)), t.isTypedArray([]),
  t.isUint8Array(Buffer.alloc(1)), t.isUint8Array(new Uint16Array(1)), t.isArrayBuffer(new ArrayBuffer(1)), t.isAnyArrayBuffer(new SharedArrayBuffer(1)), t.isArrayBuffer(new SharedArrayBuffer(1)),
  t.isMap(new Map()), t.isSet(new Set()), t.isWeakMap(new WeakMap()), t.isNativeError(new TypeError()), t.isNativeError({ name: 'Error', message: '' }),
  t.isBoxedPrimitive(new String('')), t.isBoxedPrimitive('s'), t.isAsyncFunction(async () => {}), t.isAsyncFunction(() => {}), t.isGeneratorFunction(function* () {}),
  t.isGeneratorObject((function* () {})()), t.isMapIterator(new Map().keys()), t.isSetIterator(new Set().values()), t.isDataView(new DataView(new ArrayBuffer(1))), t.isArgumentsObject((function () { return arguments; })()),
  t.isNumberObject(new Number(1)), t.isStringObject(new String('')), t.isSymbolObject(Object(Symbol())), t.isBigIntObject(Object(1n)), require('util/types') === t);
function Animal() {} function Dog() {} util.inherits(Dog, Animal); p(new Dog() instanceof Animal, Dog.super_ === Animal);
p(util.stripVTControlCharacters('\u001b[31mred\u001b[39m'), util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'), util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
p(util.toUSVString('a\ud800b'), util.isArray([]), typeof util.debuglog('napihosttest'), util.debuglog('napihosttest').enabled, util.TextEncoder === TextEncoder, util.TextDecoder === TextDecoder);
p(util.format('%s:%s', 'a'), util.format('%d', '42abc'), util.format('%i', 42.9), util.format('%f', 'x'), util.format('%o', [1, [2]]), util.format('%O', { f() {} }));
p(util.formatWithOptions({ compact: false }, '%O', { a: 1 }), util.format(new Error('x').message));
const cbStyle = (a, b, cb) => setImmediate(() => (a < 0 ? cb(new Error('neg')) : cb(null, a + b)));
const custom = () => {}; custom[util.promisify.custom] = () => Promise.resolve('custom!');
(async () => {
  const pr = util.promisify(cbStyle);
  p(await pr(1, 2));
  try { await pr(-1, 0); } catch (e) { p('rejected', e.message); }
  p(await util.promisify(custom)(), util.promisify(custom) === custom[util.promisify.custom]);
  const cbed = util.callbackify(async (x) => x * 2);
  await new Promise((resolve) => cbed(21, (err, v) => { p(err, v); resolve(); }));
  const cbReject = util.callbackify(() => Promise.reject(null));
  await new Promise((resolve) => cbReject((err) => { p(err.code, err.reason); resolve(); }));
  try { util.promisify(5); } catch (e) { p(e.code, e.message); }
  const dep = util.deprecate(() => 'result', 'thing is deprecated', 'DEP_NAPIHOST_TEST');
  p(dep(), dep());
  process.on('warning', (w) => p('warning event', w.name, w.code, w.message));
  await new Promise((r) => setImmediate(r));
  console.log(out.join('\n'));
})();

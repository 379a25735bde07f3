// Node-API values and conversions; the output must be identical under napi-host and Node.js.
// Engine error messages differ between V8 and GraalJS, so thrown engine errors print as their
// constructor name; errors made by the script or by Node-API itself print their message too.
'use strict';
const a = require(process.argv[2]);

function fmt(v) {
  if (typeof v === 'bigint') return v + 'n';
  if (typeof v === 'symbol') return 'Symbol(' + (v.description === undefined ? '<none>' : v.description) + ')';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (v instanceof Error) return v.constructor.name + (v.mine || v.code ? '(' + (v.code ? v.code + ': ' : '') + v.message + ')' : '');
  if (Array.isArray(v)) return '[' + v.map(fmt).join(', ') + ']';
  if (typeof v === 'object' && v !== null) {
    if (v.status !== undefined) {
      return '{' + Object.keys(v).map((k) => k + ': ' + (k === 'value' && typeof v.value === 'object' && v.value !== null ? typeof v.value + ' ' + Object.prototype.toString.call(v.value) : fmt(v[k]))).join(', ') + '}';
    }
    return typeof v + ' ' + Object.prototype.toString.call(v);
  }
  if (typeof v === 'function') return 'function ' + v.name;
  return String(v);
}
const show = (label, ...vs) => console.log(label + ': ' + vs.map(fmt).join(' | '));
const mine = (E, msg) => Object.assign(new E(msg), { mine: true });

// ---- coercions ----
const sym = Symbol('s');
const inputs = [
  ['0', 0], ['1', 1], ['-0', -0], ['NaN', NaN], ['empty', ''], ['"0"', '0'], ['" 12 "', ' 12 '], ['"0x10"', '0x10'],
  ['"abc"', 'abc'], ['true', true], ['false', false], ['null', null], ['undefined', undefined],
  ['{}', {}], ['[]', []], ['[5]', [5]], ['[1,2]', [1, 2]], ['0n', 0n], ['10n', 10n], ['symbol', sym],
  ['1e21', 1e21], ['valueOf', { valueOf() { return 7; }, toString() { return 'T'; } }],
  ['toPrimitive', { [Symbol.toPrimitive](hint) { return 'hint:' + hint; } }],
  ['throwing valueOf', { valueOf() { throw mine(RangeError, 'from valueOf'); }, toString() { throw mine(Error, 'from toString'); } }],
  ['function', function named() {}],
];
const kinds = ['bool', 'number', 'object', 'string'];
for (const [label, v] of inputs) {
  for (let k = 0; k < 4; k++) show('coerce ' + kinds[k] + ' ' + label, a.coerce(k, v));
}
show('coerced object is the same object', [a.coerce(2, inputs[13][1]).value === inputs[13][1]]);
show('boxed', [typeof a.coerce(2, 5).value, a.coerce(2, 5).value instanceof Number, a.coerce(2, 'x').value.length, typeof a.coerce(2, sym).value.valueOf()]);
show('while pending', a.coerceWhilePending(1));

// ---- brand checks: [isArray, isDate, isPromise, isError] ----
class MyPromise extends Promise {}
class MyError extends TypeError {}
const rejected = Promise.reject(mine(Error, 'handled later'));
const fakes = {
  array: [], 'array subclass': new (class extends Array {})(), 'array-like': { length: 0 }, date: new Date(0),
  'date subclass': new (class extends Date {})(), 'fake date': Object.create(Date.prototype),
  promise: Promise.resolve(1), rejected, 'promise subclass': MyPromise.resolve(2), thenable: { then() {} },
  'fake promise': Object.create(Promise.prototype), 'async fn result': (async () => 3)(),
  error: new Error('e'), 'error subclass': new MyError('m'), 'fake error': Object.create(Error.prototype),
  number: 1, string: 's', null: null, undefined: undefined, function: () => 1, symbol: sym, bigint: 1n,
};
for (const [label, v] of Object.entries(fakes)) show('is ' + label, a.is(v));
rejected.catch(() => {});

// ---- instanceof ----
class Always { static [Symbol.hasInstance]() { return true; } }
class Throws { static [Symbol.hasInstance]() { throw mine(SyntaxError, 'from hasInstance'); } }
const bound = Array.bind(null);
const cases = [
  ['[] Array', [], Array], ['[] Object', [], Object], ['{} Array', {}, Array], ['date Date', new Date(), Date],
  ['1 Number', 1, Number], ['boxed Number', Object(1), Number], ['hasInstance', 1, Always],
  ['throwing hasInstance', {}, Throws], ['bound', [], bound], ['subclass', new MyError('x'), Error],
  ['arrow constructor', {}, () => 1], ['object constructor', {}, {}], ['number constructor', {}, 5],
  ['undefined constructor', {}, undefined], ['null constructor', {}, null], ['string constructor', {}, 'Array'],
];
for (const [label, o, c] of cases) show('instanceof ' + label, a.instanceOf(o, c));

// ---- dates ----
for (const t of [0, 1.5e12, -1, 1.9, -1.9, NaN, Infinity, 8.64e15, 8.64e15 + 1, -8.64e15 - 1]) {
  const r = a.createDate(t);
  show('createDate ' + t, r.status, r.value instanceof Date, r.value.getTime(), a.is(r.value)[1]);
}
for (const [label, v] of [['date', new Date(123)], ['invalid date', new Date(NaN)], ['subclass', new (class extends Date {})(77)],
  ['object', {}], ['number', 5], ['string', '2020'], ['fake date', Object.create(Date.prototype)]]) {
  show('dateValue ' + label, a.dateValue(v));
}

// ---- symbols ----
for (const [label, args] of [['none', []], ['string', ['desc']], ['empty', ['']], ['number', [5]], ['undefined', [undefined]]]) {
  const r = a.createSymbol(...args);
  show('createSymbol ' + label, r.status, typeof r.value, r.value);
}
show('createSymbol distinct', [a.createSymbol('d').value !== a.createSymbol('d').value, a.createSymbol('d').value !== Symbol.for('d')]);
show('symbolFor', [a.symbolFor('key').value === Symbol.for('key'), a.symbolFor('key').value === a.symbolFor('key').value, Symbol.keyFor(a.symbolFor('k2').value)]);
show('symbolFor length', [a.symbolFor('abcdef', 3).value === Symbol.for('abc'), a.symbolFor('é€', 2).value === Symbol.for('é'), a.symbolFor('', 0).value === Symbol.for('')]);

// ---- BigInts ----
for (const s of ['0', '1', '-1', '9223372036854775807', '-9223372036854775808', '123456789012345678']) show('bigint int64 ' + s, a.bigintFrom(1, s));
for (const s of ['0', '1', '18446744073709551615', '9223372036854775808']) show('bigint uint64 ' + s, a.bigintFrom(0, s));
const big = [0n, 1n, -1n, 2n ** 63n - 1n, -(2n ** 63n), 2n ** 63n, 2n ** 64n - 1n, 2n ** 64n, -(2n ** 64n), 2n ** 100n + 5n, -(2n ** 63n) - 1n];
for (const v of big) {
  show('to int64 ' + v, a.bigintTo(1, v));
  show('to uint64 ' + v, a.bigintTo(0, v));
}
for (const v of [5, '5', {}, Object(5n)]) show('to int64 not bigint ' + fmt(v), a.bigintTo(1, v), a.bigintTo(0, v), a.toWords(v, 2));
for (const [sign, words] of [[0, []], [1, []], [0, ['1']], [1, ['1']], [0, ['ffffffffffffffff']], [1, ['0', '1']],
  [0, ['0', '0', '0']], [0, ['1', '0']], [2, ['7']], [0, ['123456789abcdef0', 'fedcba9876543210', '1']]]) {
  show('fromWords ' + sign + ' ' + words.join(','), a.fromWords(sign, words));
}
for (const v of [0n, 1n, -1n, 2n ** 64n, -(2n ** 64n + 3n), 0x1234n << 130n]) {
  for (const cap of [-1, 0, 1, 2, 3]) show('toWords ' + v + ' cap ' + cap, a.toWords(v, cap));
}
show('large round trip', [a.largeRoundTrip(3), a.largeRoundTrip(32768 + 5)]);

// ---- externals ----
const ext = a.makeExternal(true).value;
const nullExt = a.makeExternal(false).value;
show('external', [a.typeOf(ext), typeof ext, Object.keys(ext).length, a.readExternal(ext), a.readExternal(nullExt)]);
show('external is', a.is(ext), [ext instanceof Object, a.instanceOf(ext, Object)]);
for (const [label, v] of [['object', {}], ['number', 1], ['null', null], ['function', () => 1]]) show('readExternal ' + label, a.readExternal(v));

// ---- NULL arguments ----
show('null args', a.nullArgs(5n));

// napi_is_promise leaves Promise[Symbol.species] as the program set it.
const speciesGetter = () => Promise;
Object.defineProperty(Promise, Symbol.species, { get: speciesGetter, configurable: true });
show('species kept', [a.is(Promise.resolve())[2], Object.getOwnPropertyDescriptor(Promise, Symbol.species).get === speciesGetter]);

// ...and does not mark a rejected promise as handled.
process.on('unhandledRejection', (e) => console.log('unhandled rejection: ' + e.message));
a.is(Promise.reject(new Error('still unhandled')));

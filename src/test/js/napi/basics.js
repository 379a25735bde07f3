// The foundation's Node-API slice; its output must be identical under napi-host and Node.js.
'use strict';
const a = require(process.argv[2]);
const show = (label, v) => console.log(label, JSON.stringify(v, (k, x) =>
  typeof x === 'number' && !Number.isFinite(x) ? String(x) : typeof x === 'bigint' ? x + 'n' : x));

for (const v of [0, -1, 2147483647, 2147483648, 4294967296 + 5, -2147483649, 1.9, -1.9, NaN, Infinity, 1e20, -0]) {
  show('int32 ' + v, a.toInt32(v));
  show('uint32 ' + v, a.toUint32(v));
  show('int64 ' + v, a.toInt64(v));
  show('double ' + v, Object.is(a.toDouble(v), v));
}
show('int64 2^63', a.toInt64(2 ** 63));
show('int64 -2^63', a.toInt64(-(2 ** 63)));
show('not', [a.not(true), a.not(false)]);
for (const bad of [() => a.toInt32('1'), () => a.not(1), () => a.echo(5)]) {
  try { bad(); show('no throw', null); } catch (e) { show('threw', [e.code, e.message]); }
}

show('echo', [a.echo(''), a.echo('hello'), a.echo('é€😀'), a.echo('a\u0000b')]);
show('utf8Length', [a.utf8Length(''), a.utf8Length('abc'), a.utf8Length('é'), a.utf8Length('€'), a.utf8Length('😀')]);
for (const [s, n] of [['hello', 0], ['hello', 1], ['hello', 3], ['hello', 6], ['hello', 10], ['é€', 2], ['é€', 3], ['é€', 4], ['é€', 6], ['😀x', 4], ['😀x', 5]]) {
  show('copy ' + s + ' ' + n, a.copyString(s, n));
}
show('makeString', [a.makeString(true), a.makeString(false)]);

show('typeof', [undefined, null, true, 1, 'x', Symbol('s'), {}, [], () => 1, 10n].map(a.typeOf));

const o = a.makeObject();
show('object', o);
show('keys', Object.keys(o));
show('getNamed', [a.getNamed({ x: 1 }, 'x'), a.getNamed({}, 'missing'), a.getNamed('str', 'length')]);
show('global', a.getGlobal() === globalThis);

const target = {};
a.defineAll(target);
show('define', Object.keys(target));
show('answer', [target.answer, Object.getOwnPropertyDescriptor(target, 'answer')]);
try { target.answer = 1; } catch (e) { show('read-only write threw', e instanceof TypeError); }
show('answer after write', target.answer);
show('method', [target.method(), target.method.name, typeof target.method, Object.getOwnPropertyDescriptor(target, 'method').writable]);
target.secret = 'psst';
show('accessor', [target.secret, target._secret, typeof Object.getOwnPropertyDescriptor(target, 'secret').get]);
show('hidden', [target.hidden, Object.getOwnPropertyDescriptor(target, 'hidden').enumerable]);
show('viaName', target.viaName);

show('callWith', a.callWith(function (x, y) { return [this.tag, x + y]; }, { tag: 't' }, 2, 3));
show('callWith no args', a.callWith(function () { return arguments.length; }, undefined));
try {
  a.callWith(() => { throw new RangeError('inner'); }, null);
} catch (e) {
  show('propagated', [e instanceof RangeError, e.message]);
}
const caught = a.catchFrom(() => { throw new TypeError('caught me'); });
show('catchFrom', [caught.status, caught.pending, caught.refusedWhilePending, caught.pendingAfterClear, caught.error instanceof TypeError, caught.error.message]);
const caughtValue = a.catchFrom(() => { throw 42; });
show('catchFrom value', caughtValue.error);

for (const [kind, Ctor] of [['plain', Error], ['type', TypeError], ['range', RangeError]]) {
  try { a.throwError(kind, 'msg ' + kind); } catch (e) { show('throwError ' + kind, [e instanceof Ctor, e.code, e.message]); }
}
for (const v of [new Error('e'), 'str', 7, null, undefined, { x: 1 }]) {
  try { a.throwValue(v); } catch (e) { show('throwValue', [e === v, typeof e]); }
}
const made = a.createError('E_CODE', 'made');
show('createError', [made instanceof Error, made.code, made.message]);
const uncoded = a.createError(undefined, 'nocode');
show('createError no code', [uncoded.code, uncoded.message]);

show('statuses', a.statuses());
show('scopes', a.scopes());

// Functions made by napi_create_function are real functions.
show('function', [typeof a.echo, a.echo.name, a.echo.length, a.echo instanceof Function]);
show('apply', [a.echo.call(null, 'via call'), a.echo.apply(null, ['via apply']), Reflect.apply(a.echo, undefined, ['reflect'])]);

// Classes, napi_wrap and type tags; output must be identical under napi-host and Node.js.
'use strict';
const a = require(process.argv[2]);
const show = (label, v) => console.log(label, JSON.stringify(v, (k, x) =>
  typeof x === 'function' ? 'fn ' + x.name : x));
const desc = (o, k) => {
  const d = Object.getOwnPropertyDescriptor(o, k);
  if (d === undefined) return 'none';
  return Object.keys(d).sort().map((n) => n + ':' + (typeof d[n] === 'function' ? 'fn' : d[n])).join(' ');
};
const { Counter } = a;

show('class', [typeof Counter, Counter.name, Counter.length, Object.keys(Counter)]);
const c = new Counter(5);
show('instance', [c instanceof Counter, c.newTarget === Counter, Object.getPrototypeOf(c) === Counter.prototype, Object.keys(c)]);
show('methods', [c.increment(), c.increment(), c.value, c.readOnly, c.kind]);
c.value = 42;
show('setter', [c.value, c.increment()]);
try { c.readOnly = 1; show('readOnly write', 'no throw'); } catch (e) { show('readOnly write', e.constructor.name); }
show('own names', Object.getOwnPropertyNames(c));
show('prototype names', Object.getOwnPropertyNames(Counter.prototype).sort());
for (const k of ['increment', 'value', 'readOnly', 'kind', 'constructor']) show('proto desc ' + k, desc(Counter.prototype, k));
for (const k of ['create', 'MAX', 'prototype', 'name', 'length']) show('static desc ' + k, desc(Counter, k));
show('proto constructor', Counter.prototype.constructor === Counter);
show('static', [Counter.MAX, Counter.create(3).value, Counter.create(3) instanceof Counter]);
try { show('call without new', Counter(1)); } catch (e) { show('call without new threw', [e.constructor.name, e.message]); }
try { Counter.prototype.increment.call({}); } catch (e) { show('method on non-instance', [e.constructor.name, e.message]); }
try { Counter.prototype.increment.call(Object.create(Counter.prototype)); } catch (e) { show('method on prototype child', [e.constructor.name, e.message]); }
try { Object.getOwnPropertyDescriptor(Counter.prototype, 'value').get.call({}); } catch (e) { show('getter on non-instance', [e.constructor.name, e.message]); }
try { show('static with other this', Counter.create.call(function Other(n) { this.n = n; }, 4)); } catch (e) { show('static with other this threw', e.message); }

class Sub extends Counter {
  constructor(n) { super(n * 10); this.sub = true; }
  twice() { this.increment(); return this.increment(); }
}
const s = new Sub(2);
show('subclass', [s instanceof Sub, s instanceof Counter, s.newTarget === Sub, s.sub, s.value, s.twice(), s.kind]);
show('subclass static', [Sub.MAX, Sub.create(1) instanceof Sub, Sub.create(1).value]);
show('subclass chain', [Object.getPrototypeOf(Sub) === Counter, Object.getPrototypeOf(Sub.prototype) === Counter.prototype]);
show('Reflect.construct', Reflect.construct(Counter, [7], Sub).value);

// wrap / unwrap / remove_wrap
const o = {};
show('wrap', a.wrap(o, 11));
show('wrap twice', a.wrap(o, 12));
show('unwrap', a.unwrap(o));
show('wrapped keys', [Object.keys(o), Object.getOwnPropertySymbols(o).length]);
show('remove', a.removeWrap(o));
show('unwrap after remove', a.unwrap(o));
show('remove twice', a.removeWrap(o));
show('wrap again', [a.wrap(o, 13), a.unwrap(o)]);
show('unwrap unwrapped', a.unwrap({}));
show('unwrap instance', a.unwrap(new Counter(9)));
show('wrap function', [a.wrap(function f() {}, 1)]);
show('wrap primitives', [a.wrap(1, 1), a.wrap('s', 1), a.wrap(undefined, 1), a.unwrap(1), a.removeWrap(null)]);
show('rewrap instance', a.wrap(new Counter(1), 2));

// type tags
const t = {};
show('check untagged', a.checkTag(t, 0));
show('tag', a.tag(t, 0));
show('check', [a.checkTag(t, 0), a.checkTag(t, 1), a.checkTag(t, 2)]);
show('tag twice', [a.tag(t, 0), a.tag(t, 1)]);
const t2 = {};
show('other tag', [a.tag(t2, 2), a.checkTag(t2, 2), a.checkTag(t2, 0)]);
show('tag keys', [Object.keys(t), Object.getOwnPropertySymbols(t).length]);
show('tag undefined', [a.tag(undefined, 0), a.checkTag(null, 0)]);
show('tag number', [a.tag(5, 0), a.tag(5, 0), a.checkTag(5, 0)]);

const m = a.misuse();
show('misuse', m.slice(0, -1));
show('shortened name', m[m.length - 1].name);

// Descriptor combinations. Functions are printed with their name and what they answer (each
// answers the label it was defined with); V8's sloppy functions have own arguments/caller
// properties, GraalJS's native-backed ones do not, so those two are skipped.
const label = (f) => {
  try { return f.call({}); } catch (e) { return e.constructor.name; }
};
const descriptors = (o) => Reflect.ownKeys(o).filter((k) => k !== 'arguments' && k !== 'caller').map((k) => {
  const d = Object.getOwnPropertyDescriptor(o, k);
  return String(k) + ' {' + Object.keys(d).sort().map((n) => n + ':' + (typeof d[n] === 'function'
    ? 'fn(' + d[n].name + ')=' + label(d[n]) : String(d[n]))).join(' ') + '}';
});
const sym = Symbol('tag');
const mixed = a.defineMixed(sym, 'byName');
show('mixed status', [mixed[0], typeof mixed[1], mixed[2] && mixed[2].message]);
const Mixed = mixed[1];
for (const line of descriptors(Mixed.prototype)) console.log('mixed prototype', line);
for (const line of descriptors(Mixed).filter((l) => !/^(length|name|prototype) /.test(l))) console.log('mixed static', line);
const mx = new Mixed(1);
show('mixed instance', [Object.keys(mx), mx.acc, mx[sym], mx.getOnly, mx.setOnly, mx.val, mx.valThenAcc, mx.byName(), mx.methodThenAcc]);
mx.setOnly = 1;
mx.acc = 2;
show('mixed setters', mx.lastSet);
show('mixed statics', [Mixed.sm(), Mixed.sv, Mixed.sacc, Mixed[sym]()]);
const clash = a.defineStaticClash();
show('static clash', [clash[0], typeof clash[1], clash[2] && clash[2].message]);
const defineOn = (target, variant) => {
  const r = a.defineOn(target, variant);
  return [r[0], r[2] && r[2].constructor.name + ': ' + r[2].message, typeof target === 'object' && target !== null ? descriptors(target) : typeof target];
};
for (let v = 0; v < 4; v++) show('defineOn ' + v, defineOn({}, v));
show('defineOn frozen', defineOn(Object.freeze({}), 9));
show('defineOn non-extensible', defineOn(Object.preventExtensions({}), 9));
show('defineOn proxy refusing', defineOn(new Proxy({}, { defineProperty() { return false; } }), 9));
show('defineOn proxy throwing', defineOn(new Proxy({}, { defineProperty() { throw new RangeError('trap'); } }), 9));
show('defineOn number', defineOn(5, 9));
show('defineOn undefined', defineOn(undefined, 9));

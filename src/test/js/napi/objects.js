// Objects, property keys and native constructors; output must be identical under napi-host and Node.js.
'use strict';
const a = require(process.argv[2]);
const show = (label, v) => console.log(label, JSON.stringify(v, (k, x) =>
  typeof x === 'symbol' ? x.toString() : typeof x === 'function' ? 'fn ' + x.name : x));

// delete
const o = { a: 1, b: 2 };
Object.defineProperty(o, 'fixed', { value: 3, configurable: false });
show('delete a', [a.deleteProperty(o, 'a', true), o]);
show('delete missing', a.deleteProperty(o, 'zz', true));
show('delete fixed', [a.deleteProperty(o, 'fixed', true), o.fixed]);
show('delete no result', [a.deleteProperty(o, 'b', false), 'b' in o]);
show('delete on undefined', a.deleteProperty(undefined, 'x', true));
show('delete on string', a.deleteProperty('abc', 'length', true));
const sym = Symbol('s');
const withSym = { [sym]: 1 };
show('delete symbol', [a.deleteProperty(withSym, sym, true), Object.getOwnPropertySymbols(withSym).length]);
const throwing = new Proxy({}, { deleteProperty() { throw new Error('trap said no'); } });
show('delete throwing trap', a.deleteProperty(throwing, 'x', true));

// own properties
const child = Object.create({ inherited: 1 });
child.own = 2;
child[sym] = 3;
show('hasOwn own', a.hasOwn(child, 'own'));
show('hasOwn inherited', a.hasOwn(child, 'inherited'));
show('hasOwn symbol', a.hasOwn(child, sym));
show('hasOwn number key', a.hasOwn([1], 0));
show('hasOwn object key', a.hasOwn(child, {}));
show('hasOwn on null', a.hasOwn(null, 'x'));
show('hasOwn on string', a.hasOwn('abc', 'length'));

// elements
const arr = [10, , 30];
show('hasElement', [a.hasElement(arr, 0), a.hasElement(arr, 1), a.hasElement(arr, 5)]);
show('hasElement inherited', a.hasElement(Object.create(['x']), 0));
show('deleteElement', [a.deleteElement(arr, 0, true), arr.length, 0 in arr]);
show('deleteElement no result', a.deleteElement(arr, 2, false));
show('deleteElement frozen', a.deleteElement(Object.freeze([1]), 0, true));
show('element on undefined', [a.hasElement(undefined, 0), a.deleteElement(undefined, 0, true)]);

// key lists
// A null-prototype base keeps Object.prototype's engine-specific key order out of the lists.
const base = Object.assign(Object.create(null), { inheritedEnum: 1, shadowed: 1 });
Object.defineProperty(base, 'inheritedHidden', { value: 1, enumerable: false });
const keys = Object.create(base);
keys.b = 1;
keys[2] = 'two';
keys[1] = 'one';
keys.a = 1;
keys[sym] = 1;
Object.defineProperty(keys, 'shadowed', { value: 1, enumerable: false });
Object.defineProperty(keys, 'ro', { value: 1, enumerable: true, writable: false, configurable: true });
Object.defineProperty(keys, 'acc', { get() { return 1; }, enumerable: true, configurable: false });
show('propertyNames', a.propertyNames(keys));
show('propertyNames array', a.propertyNames(['x', 'y']));
show('propertyNames string', a.propertyNames('hi'));
show('propertyNames undefined', a.propertyNames(undefined));
const forIn = [];
for (const k in keys) forIn.push(k);
show('for-in agrees', JSON.stringify(forIn) === JSON.stringify(a.propertyNames(keys)[1]));
for (const mode of [0, 1]) {
  for (const filter of [0, 1, 2, 4, 8, 16, 2 | 16, 1 | 2 | 4]) {
    for (const conv of [0, 1]) {
      show(`allNames mode ${mode} filter ${filter} conv ${conv}`, a.allNames(keys, mode, filter, conv));
    }
  }
}
show('allNames array own', a.allNames([5, 6], 1, 0, 0));
show('allNames string own', a.allNames('hi', 1, 0, 0));
show('allNames typed array', a.allNames(new Uint8Array(2), 0, 2, 0));
show('allNames proxy keys', a.allNames(new Proxy({ b: 1 }, { ownKeys() { return ['b', 'a']; } }), 1, 0, 0));
show('allNames throwing proxy', a.allNames(new Proxy({}, { ownKeys() { throw new Error('no keys'); } }), 1, 0, 0));
show('hasOwn throwing proxy', a.hasOwn(new Proxy({}, { getOwnPropertyDescriptor() { throw new Error('no desc'); } }), 'x'));
show('hasElement throwing proxy', a.hasElement(new Proxy({}, { has() { throw new Error('no has'); } }), 0));
show('seal throwing proxy', a.seal(new Proxy({}, { preventExtensions() { throw new Error('no seal'); } })));
show('allNames big index', a.allNames({ 4294967294: 1, 4294967295: 2, '01': 3 }, 1, 0, 0));

// integrity and prototypes
const f = { x: 1 };
show('freeze', [a.freeze(f), Object.isFrozen(f)]);
const s = { x: 1 };
show('seal', [a.seal(s), Object.isSealed(s), Object.isFrozen(s)]);
show('freeze undefined', a.freeze(undefined));
show('seal null', a.seal(null));
show('freeze number', a.freeze(5));
show('freeze refusing proxy', a.freeze(new Proxy({}, { preventExtensions() { return false; } })).slice(0, 2));
class A {}
show('prototype', [a.getPrototype(new A())[1] === A.prototype, a.getPrototype(Object.create(null))]);
show('prototype of number', a.getPrototype(1)[1] === Number.prototype);
show('prototype of undefined', a.getPrototype(undefined));

// constructing
class Point { constructor(x, y) { this.x = x; this.y = y; } }
show('newInstance', a.newInstance(Point, 1, 2));
show('newInstance is Point', a.newInstance(Point)[1] instanceof Point);
show('newInstance Date', a.newInstance(Date, 0)[1].getTime());
show('newInstance non-function', a.newInstance({}));
// V8 and GraalJS word the TypeError differently: compare the status and the error's type only.
show('newInstance arrow', a.newInstance(() => 1).slice(0, 2));
show('newInstance throws', a.newInstance(class { constructor() { throw new RangeError('no'); } }));
const made = a.newInstance(a.Native, 'arg')[1];
show('newInstance native', [made.newTarget === a.Native, made.first, made instanceof a.Native]);

// a native function called with and without new
show('call native', a.Native());
const n = new a.Native(7);
show('new native', [n.newTarget === a.Native, n.first, n instanceof a.Native]);
class Sub extends a.Native { constructor() { super('from sub'); } }
const sub = new Sub();
show('subclass', [sub.newTarget === Sub, sub.first, sub instanceof Sub, sub instanceof a.Native]);
show('Reflect.construct', Reflect.construct(a.Native, [], Sub).newTarget === Sub);

show('misuse', a.misuse());

// named properties from one reused buffer: whatever napi-host caches, the buffer's contents win
const names = ['alpha', 'beta', 'alpha', 'x'.repeat(60), 'γλώσσα', '', 'beta'];
const target = {};
show('names in one buffer', [a.namesInBuffer(target, names), Object.keys(target)]);
// a setter that names other properties from native code (through the same buffer) meanwhile
const nested = {};
Object.defineProperty(nested, 'outer', { set(v) { a.namesInBuffer(this, ['inner1', 'inner2']); this.seen = v; }, enumerable: true });
show('names nested', [a.namesInBuffer(nested, ['outer', 'after', 'outer']), Object.keys(nested), nested.seen]);
show('names again', a.namesInBuffer({}, ['inner1', 'outer', 'alpha']));

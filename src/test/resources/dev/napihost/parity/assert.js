// assert: results and AssertionError messages against Node.js 20.
const assert = require('node:assert');
const strict = require('assert/strict');
const t = (label, f) => {
  try {
    f();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, JSON.stringify(e.message), e.generatedMessage, e.operator, e.code, e.name, e instanceof assert.AssertionError);
  }
};
t('strictEqual', () => assert.strictEqual(1, 2));
t('strictEqual ok', () => assert.strictEqual(NaN, NaN));
t('strictEqual strings', () => assert.strictEqual('a\nb', 'a\nc'));
t('strictEqual long', () => assert.strictEqual('hello world, this is long', 'hello world, this is lung'));
t('strictEqual objects', () => assert.strictEqual({ a: 1 }, { a: 1 }));
t('strictEqual message', () => assert.strictEqual(1, 2, 'mine'));
t('strictEqual error message', () => assert.strictEqual(1, 2, new TypeError('own error')));
t('deepStrictEqual', () => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }));
t('deepStrictEqual array', () => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]));
t('deepStrictEqual long', () => assert.deepStrictEqual({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 }, { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 9 }));
t('deepStrictEqual extra', () => assert.deepStrictEqual([1, 2], [1, 2, 3]));
t('deepStrictEqual types', () => assert.deepStrictEqual(1, '1'));
t('deepStrictEqual set', () => assert.deepStrictEqual(new Set([1]), new Set([2])));
t('deepStrictEqual ok', () => assert.deepStrictEqual({ a: [1, { b: new Map([[1, 2]]) }] }, { a: [1, { b: new Map([[1, 2]]) }] }));
t('deepStrictEqual proto', () => assert.deepStrictEqual([], {}));
t('deepEqual', () => assert.deepEqual({ a: 1 }, { a: 2 }));
t('deepEqual loose ok', () => assert.deepEqual({ a: 1, b: [2] }, { a: '1', b: ['2'] }));
t('notDeepEqual', () => assert.notDeepEqual({ a: 1 }, { a: '1' }));
t('notStrictEqual', () => assert.notStrictEqual(1, 1));
t('notDeepStrictEqual', () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
t('equal', () => assert.equal(1, 2));
t('equal loose ok', () => assert.equal(1, '1'));
t('notEqual', () => assert.notEqual(1, '1'));
t('ok', () => assert.ok(false));
t('assert()', () => assert(0 > 1));
t('ok message', () => assert(0, 'custom'));
t('ok no args', () => assert.ok());
t('throws none', () => assert.throws(() => {}));
t('throws none message', () => assert.throws(() => {}, 'should throw'));
t('throws regexp', () => assert.throws(() => { throw new Error('foo'); }, /bar/));
t('throws regexp ok', () => assert.throws(() => { throw new Error('foo'); }, /foo/));
t('throws object', () => assert.throws(() => { throw new TypeError('foo'); }, { name: 'TypeError', message: 'fo' }));
t('throws object ok', () => assert.throws(() => { throw new TypeError('foo'); }, { name: 'TypeError', message: /fo/ }));
t('throws class', () => assert.throws(() => { throw new TypeError('foo'); }, RangeError));
t('throws class ok', () => assert.throws(() => { throw new TypeError('foo'); }, TypeError));
t('throws validator', () => assert.throws(() => { throw new Error('x'); }, (e) => e.message === 'x'));
t('doesNotThrow', () => assert.doesNotThrow(() => { throw new Error('x'); }));
t('match', () => assert.match('xyz', /abc/));
t('doesNotMatch', () => assert.doesNotMatch('abc', /b/));
t('fail', () => assert.fail());
t('fail message', () => assert.fail('boom'));
t('ifError', () => assert.ifError(new Error('bad')));
t('ifError null', () => assert.ifError(null));
t('strict.equal', () => strict.equal(1, '1'));
t('strict.deepEqual', () => strict.deepEqual({ a: 1 }, { a: '1' }));
t('strict same', () => console.log(strict === assert.strict, typeof strict.strictEqual));
t('missing args', () => assert.strictEqual(1));
const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log('AssertionError', e.name, e.code, e.actual, e.expected, e.operator, e.generatedMessage, String(e).split('\n')[0]);
(async () => {
  await assert.rejects(Promise.reject(new Error('no')), /no/);
  console.log('rejects ok');
  try {
    await assert.rejects(Promise.resolve(1));
  } catch (err) {
    console.log('rejects', err.message);
  }
  try {
    await assert.doesNotReject(() => Promise.reject(new Error('r')));
  } catch (err) {
    console.log('doesNotReject', JSON.stringify(err.message));
  }
})();
for (const f of [()=>assert.deepStrictEqual({a:1},{a:2},'m'), ()=>assert.notStrictEqual(1,1,'m'), ()=>assert.equal(1,2,'m'), ()=>assert.strictEqual('a'.repeat(20),'b','m'), ()=>assert.strictEqual({a:1},{a:1},'m')]) try{f()}catch(e){console.log(JSON.stringify(e.message), e.generatedMessage)}

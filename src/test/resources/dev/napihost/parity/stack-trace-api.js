Error.prepareStackTrace = (e, c) => c; const first = new Error().stack[0]; Error.prepareStackTrace = undefined; // line 1
// V8's stack-trace API: Error.captureStackTrace, Error.stackTraceLimit, Error.prepareStackTrace
// with CallSite objects (frames in this CommonJS file, in a class, in eval, at the top level,
// on line 1), and what a throwing or non-string prepareStackTrace does. Paths are printed as base names.
function show(label, fn) { try { console.log(label, fn()); } catch (e) { console.log(label, 'threw', e && e.constructor.name, e && e.message); } }
const path = require('path');
const rel = (f) => f == null ? f : (f.startsWith('node:') || !f.includes('/') ? f : path.basename(f));
show('limit default', () => Error.stackTraceLimit);
function sites() {
  const orig = Error.prepareStackTrace;
  Error.prepareStackTrace = (err, cs) => cs;
  const e = {};
  Error.captureStackTrace(e, sites);
  const s = e.stack;
  Error.prepareStackTrace = orig;
  return s;
}
function outer() { return inner(); }
function inner() { return sites(); }
const cs = outer();
show('isArray', () => Array.isArray(cs));
for (const c of cs.slice(0, 3)) {
  console.log([rel(c.getFileName()), c.getLineNumber(), c.getColumnNumber(), c.getFunctionName(), c.getMethodName(), c.getTypeName(), c.isToplevel(), c.isEval(), c.isNative(), c.isConstructor(), typeof c.getFunction(), c.getEvalOrigin && typeof c.getEvalOrigin()].join(' | '));
}
class Foo { constructor() { this.cs = sites(); } method() { return sites(); } }
const f = new Foo();
const c0 = f.cs[0];
console.log('ctor', c0.getFunctionName(), c0.isConstructor(), c0.getLineNumber(), c0.getColumnNumber());
const m0 = f.method()[0];
console.log('method', m0.getFunctionName(), m0.getMethodName(), m0.getTypeName(), m0.isToplevel());
const obj = { named() { return sites(); } };
const o0 = obj.named()[0];
console.log('obj', o0.getFunctionName(), o0.getMethodName(), o0.getTypeName(), String(o0).replace(/\(.*\//, '('));
const ev = eval('(function evf() { return sites(); })')()[0];
console.log('eval', ev.isEval(), ev.getFunctionName(), ev.getLineNumber());
// captureStackTrace with constructorOpt
function MyErr(msg) { this.message = msg; Error.captureStackTrace(this, MyErr); }
MyErr.prototype = Object.create(Error.prototype); MyErr.prototype.name = 'MyErr';
function makeIt() { return new MyErr('boom'); }
const me = makeIt();
console.log(me.stack.split('\n').slice(0, 2).map((l) => l.replace(/\(.*\//, '(')).join(' // '));
// stackTraceLimit
Error.stackTraceLimit = 1;
console.log('limit1', new Error('x').stack.split('\n').length);
Error.stackTraceLimit = 0;
console.log('limit0', JSON.stringify(new Error('y').stack));
Error.stackTraceLimit = Infinity;
console.log('limitInf', new Error('z').stack.split('\n').length > 2);
Error.stackTraceLimit = 10;
// prepareStackTrace returning non-string
Error.prepareStackTrace = () => 42;
show('nonstring', () => new Error('q').stack);
Error.prepareStackTrace = () => { throw new TypeError('prep failed'); };
show('throwing', () => new Error('q').stack);
Error.prepareStackTrace = undefined;
show('async', async () => 1);
async function a1() { await null; return new Error('in async').stack.split('\n').slice(0, 3).map((l) => l.trim().replace(/\(.*\//, '(')).join(' // '); }
async function a2() { return await a1(); }
a2().then((s) => console.log('async stack', s.split(' // ').slice(0, 2).join(' // ')));
console.log('toplevel', new Error('t').stack.split('\n')[1].trim().replace(/\(.*\//, '('));
show('capture non-object', () => Error.captureStackTrace(1));
show('capture frozen', () => { const o = Object.freeze({}); try { Error.captureStackTrace(o); } catch (e) { return e.constructor.name; } return o.stack; });
const o2 = { message: 'custom' }; Error.captureStackTrace(o2);
console.log('plain object stack', o2.stack.split('\n')[0]);
console.log('position', (() => { Error.prepareStackTrace = (e, c) => c; const c = new Error().stack[0]; Error.prepareStackTrace = undefined; return [c.getPosition(), c.getScriptNameOrSourceURL() === __filename, c.isAsync(), c.isPromiseAll(), c.getPromiseIndex()]; })());
const err = new Error('own'); console.log('desc', JSON.stringify(Object.getOwnPropertyDescriptor(err, 'stack') && Object.keys(Object.getOwnPropertyDescriptor(err, 'stack'))));
console.log('own names', Object.getOwnPropertyNames(Error).filter((k) => k !== 'isError').sort().join());
Error.prepareStackTrace = (e, c) => c; const l1 = new Error().stack[0]; Error.prepareStackTrace = undefined;
console.log('line 1 of this file', l1.getLineNumber(), l1.getColumnNumber(), l1.getPosition(), String(l1).replace(/\(.*\//, '('));
console.log('first line', first.getLineNumber(), first.getColumnNumber(), first.getPosition());

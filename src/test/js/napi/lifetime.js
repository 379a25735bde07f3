// Finalizers and external memory (src/test/addons/napi_lifetime.c): run under node --expose-gc and
// napi-host --expose-gc; the output and the teardown report must be identical.
// Usage: lifetime.js <addon> <report file>
'use strict';
const addon = require(process.argv[2]);
const reportFile = process.argv[3];

const log = (...a) => console.log(...a);
const tick = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const counts = () => addon.counts();

// Collects until cond() holds (finalizers run from the loop after a GC, in Node as here).
async function collectUntil(cond) {
  for (let i = 0; i < 200 && !cond(); i++) {
    gc();
    await tick(i < 10 ? 1 : 10);
  }
  return cond();
}

// Runs fn (which drops what it creates), then collects until a sentinel finalizer made after it ran
// and a few collections more: what should not have been finalized by then never will be.
async function settle(fn) {
  fn();
  const before = counts().added;
  (() => addon.addFinalizer({}))();
  await collectUntil(() => counts().added > before);
  for (let i = 0; i < 3; i++) {
    gc();
    await tick(5);
  }
  return counts().added - before - 1;
}

async function main() {
  log('reportAtTeardown', addon.reportAtTeardown(reportFile));

  // ---- napi_wrap: the finalizer runs once the object is collected, exactly once ----
  (() => {
    for (let i = 0; i < 100; i++) addon.wrap({});
  })();
  log('wrap collected', await collectUntil(() => counts().wrap === 100), counts().wrap);
  for (let i = 0; i < 3; i++) {
    gc();
    await tick(5);
  }
  log('wrap still', counts().wrap);

  const twice = {};
  log('wrap twice', addon.wrap(twice), addon.wrap(twice));
  global.keepTwice = twice;

  // ---- napi_remove_wrap: the finalizer never runs ----
  await settle(() => {
    for (let i = 0; i < 10; i++) {
      const o = {};
      addon.wrap(o);
      const removed = addon.removeWrap(o);
      const after = addon.unwrap(o);
      if (i === 0) log('removeWrap', removed, 'unwrap after', after, 'remove again', addon.removeWrap(o));
    }
  });
  log('after removeWrap', counts().wrap);

  // ---- the reference napi_wrap returns: the finalizer deletes it; deleting it earlier cancels ----
  (() => {
    let same = true;
    for (let i = 0; i < 10; i++) same = addon.wrapWithRef({}) && same;
    log('wrapWithRef same object', same);
  })();
  log('wrapWithRef collected', await collectUntil(() => counts().wrapRef === 10), counts().wrapRef);
  await settle(() => {
    for (let i = 0; i < 10; i++) addon.wrapRefDeleted({});
  });
  log('after wrapRefDeleted', counts().wrapRef);

  // ---- napi_add_finalizer: several on one object, with and without a reference ----
  const addedBefore = counts().added;
  (() => {
    for (let i = 0; i < 5; i++) {
      const o = {};
      addon.addFinalizer(o);
      addon.addFinalizer(o);
      addon.addFinalizer(o);
    }
  })();
  log('addFinalizer x3', await collectUntil(() => counts().added - addedBefore === 15), counts().added - addedBefore);
  (() => {
    let same = true;
    for (let i = 0; i < 5; i++) same = addon.addFinalizerWithRef(function f() {}) && same;
    log('addFinalizerWithRef same object', same);
  })();
  log('addFinalizerWithRef collected', await collectUntil(() => counts().addedRef === 5), counts().addedRef);
  log('addFinalizerRefDeleted ran', await settle(() => {
    for (let i = 0; i < 5; i++) addon.addFinalizerRefDeleted({});
  }));
  log('addFinalizer errors', addon.addFinalizerErrors());

  // ---- externals ----
  (() => {
    for (let i = 0; i < 10; i++) addon.external();
  })();
  log('external collected', await collectUntil(() => counts().external === 10), counts().external);

  // ---- external ArrayBuffer: the bytes are the native memory, both ways ----
  (() => {
    const ab = addon.externalArrayBuffer(8);
    const u = new Uint8Array(ab);
    log('external arraybuffer', ab instanceof ArrayBuffer, ab.byteLength, Array.from(u).join(','), addon.isLastMemory(ab));
    addon.poke(3, 99);
    u[5] = 42;
    log('native write seen by JS', u[3], 'JS write seen natively', addon.peek(5));
    const dv = new DataView(ab);
    dv.setUint16(0, 0x0102, true);
    log('DataView write', addon.peek(0), addon.peek(1));
  })();
  log('arraybuffer collected', await collectUntil(() => counts().arraybuffer === 1), counts().arraybuffer);
  // A view keeps the memory alive even when its ArrayBuffer is not referenced directly.
  let view = new Uint16Array(addon.externalArrayBuffer(4));
  log('view alive: finalizers', await settle(() => {}), 'arraybuffer', counts().arraybuffer);
  view[0] = 0x0a0b;
  log('view write', addon.peek(0), addon.peek(1));
  view = null;
  log('view dropped', await collectUntil(() => counts().arraybuffer === 2), counts().arraybuffer);

  // ---- external Buffer: a real Buffer over the native memory ----
  (() => {
    const b = addon.externalBuffer('hello');
    log('external buffer', Buffer.isBuffer(b), b instanceof Buffer, Object.getPrototypeOf(b) === Buffer.prototype,
      b.length, b.toString(), addon.isLastMemory(b));
    addon.poke(0, 72);
    b[4] = 33;
    log('shared', b.toString(), String.fromCharCode(addon.peek(4)), b.slice(1, 3).toString());
  })();
  log('buffer collected', await collectUntil(() => counts().buffer === 1), counts().buffer);

  // ---- node_api_post_finalizer: later, on the JS thread ----
  log('post', addon.post(), 'ran at once', counts().posted);
  await tick(1);
  log('posted ran', counts().posted);

  // ---- a finalizer that throws: an uncaught exception ----
  process.once('uncaughtException', (e) => log('uncaughtException:', e.message));
  (() => addon.addThrowingFinalizer({}))();
  log('throwing ran', await collectUntil(() => counts().throwing === 1));
  await tick(5);

  // ---- napi_adjust_external_memory ----
  log('adjust external memory', addon.adjustExternalMemory(1000), addon.adjustExternalMemory(-1000));

  log('bad hints', counts().badHints);

  // ---- teardown: what is still alive (or not yet collected) is finalized at exit, exactly once ----
  const live = [];
  for (let i = 0; i < 7; i++) {
    const o = {};
    addon.wrap(o);
    live.push(o);
  }
  for (let i = 0; i < 3; i++) live.push(addon.external());
  for (let i = 0; i < 2; i++) {
    const o = {};
    addon.addFinalizer(o);
    addon.addFinalizer(o);
    live.push(o);
  }
  live.push(addon.externalArrayBuffer(16), addon.externalBuffer('bye'), twice);
  const removed = {};
  addon.wrap(removed);
  addon.removeWrap(removed);
  live.push(removed);
  global.live = live;
  // Garbage not yet collected at exit is finalized at teardown too.
  for (let i = 0; i < 5; i++) addon.wrap({});
  process.on('exit', () => addon.post());
  log('done');
}

main();

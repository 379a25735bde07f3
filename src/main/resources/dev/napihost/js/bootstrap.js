// Builds the Node-compatible global environment of one runtime and returns the entry points the
// Java event loop calls (RuntimeCore.java). Internal modules live in lib/ and are loaded through
// internalRequire; `internalBinding` is what they share (host functions, loop state, napi).
(function (host, loopState, napi) {
  'use strict';
  const quit = globalThis.quit;
  // GraalJS shell builtins are not Node's.
  for (const name of ['quit', 'print', 'printErr', 'read', 'readbuffer', 'readline', 'load', 'loadWithNewGlobal', 'console']) {
    delete globalThis[name];
  }

  const config = JSON.parse(host.configJson());
  const internalBinding = { host, loopState, napi, config, quit };
  const internalCache = new Map();

  function internalRequire(name) {
    let module = internalCache.get(name);
    if (module !== undefined) return module.exports;
    const fn = host.compileInternal(name);
    if (fn === null || fn === undefined) {
      const err = new Error("Cannot find module '" + name + "'");
      err.code = 'MODULE_NOT_FOUND';
      throw err;
    }
    module = { exports: {}, id: name };
    internalCache.set(name, module);
    fn.call(module.exports, module.exports, internalRequire, module, internalBinding);
    return module.exports;
  }
  internalBinding.internalRequire = internalRequire;

  const timers = internalRequire('internal/timers');
  const process = internalRequire('internal/process');
  internalBinding.process = process;
  // napi_fatal_exception and the closing of an outermost callback scope (shim/src/environment.c,
  // callback_scope.c).
  napi.runtime.fatalException = (err) => process._fatalException(err);
  napi.runtime.drainTicks = () => {
    const pending = loopState[0];
    timers.processTicks();
    return pending;
  };

  function defineGlobal(name, value, enumerable = false) {
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
  }
  // A global whose module loads on first use, so a script that never touches it does not pay for
  // parsing it (start-up: docs/architecture.md). Like Node's lazy globals (Buffer, TextEncoder,
  // atob, ...) it is an accessor until then; the first read or write turns it into the plain
  // data property it would otherwise have been.
  function defineLazyGlobal(name, load, enumerable = false) {
    Object.defineProperty(globalThis, name, {
      get() {
        const value = load();
        defineGlobal(name, value, enumerable);
        return value;
      },
      set(value) {
        defineGlobal(name, value, enumerable);
      },
      configurable: true,
      enumerable,
    });
  }
  internalBinding.defineLazyGlobal = defineLazyGlobal;
  defineGlobal('global', globalThis);
  defineGlobal('process', process);
  defineGlobal('setTimeout', timers.setTimeout);
  defineGlobal('clearTimeout', timers.clearTimeout);
  defineGlobal('setInterval', timers.setInterval);
  defineGlobal('clearInterval', timers.clearInterval);
  defineGlobal('setImmediate', timers.setImmediate);
  defineGlobal('clearImmediate', timers.clearImmediate);
  defineGlobal('queueMicrotask', timers.queueMicrotask);
  internalRequire('internal/globals');
  defineLazyGlobal('Buffer', () => internalRequire('buffer').Buffer);
  napi.setBufferLoader(() => internalRequire('buffer'));
  // node --expose-gc: a full collection now; the native finalizers of what it freed run from the loop.
  if (config.execArgv.includes('--expose-gc')) {
    defineGlobal('gc', function gc() {
      napi.trim();
      host.gc();
    });
  }
  defineLazyGlobal('console', () => internalRequire('console'));

  const loader = internalRequire('internal/modules/cjs');
  const esm = internalRequire('internal/modules/esm');
  // The engine's ESM lookup hook (js.mle-mode, RuntimeCore): every import specifier goes through
  // our resolver. The MLE global itself is not Node's.
  if (typeof MLE === 'object' && MLE !== null) {
    MLE.registerESMLookup(host.esmLookup((referrer, specifier) => esm.engineLookup(referrer, specifier)));
  }
  delete globalThis.MLE;

  function runMain(filename) {
    try {
      if (esm.isModuleMain(filename)) {
        esm.runMain(filename);
      } else {
        loader.runMain(filename);
      }
    } finally {
      timers.processTicks();
    }
  }

  function evalMain(code, print) {
    try {
      const result = loader.evalScript(code);
      if (print) {
        const { inspect } = internalRequire('util');
        process.stdout.write((typeof result === 'string' ? result : inspect(result)) + '\n');
      }
    } finally {
      timers.processTicks();
    }
  }

  function runTask(task) {
    try {
      task.run();
    } finally {
      timers.processTicks();
    }
  }

  return {
    runMain,
    evalMain,
    runTask,
    runTimer: timers.runTimer,
    startImmediates: timers.startImmediates,
    runImmediate: timers.runImmediate,
    processTicks: timers.processTicks,
    emitBeforeExit: process._emitBeforeExit,
    emitExit: process._emitExit,
    fatalException: process._fatalException,
    // The embedding API loads lib/internal/embedding.js through this on first use.
    internalRequire,
  };
})

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

  function defineGlobal(name, value) {
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
  }
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
  const { Buffer } = internalRequire('buffer');
  defineGlobal('Buffer', Buffer);
  defineGlobal('console', internalRequire('console'));

  const loader = internalRequire('internal/modules/cjs');

  function runMain(filename) {
    try {
      loader.runMain(filename);
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

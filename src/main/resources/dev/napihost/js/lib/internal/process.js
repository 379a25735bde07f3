'use strict';
// The `process` object.
const { host, config, quit } = internalBinding;
const EventEmitter = require('events');
const timers = require('internal/timers');

const process = Object.create(EventEmitter.prototype);
EventEmitter.init.call(process);
Object.defineProperty(process, Symbol.toStringTag, { value: 'process', configurable: true });

process.title = 'napi-host';
process.version = 'v22.14.0';
process.versions = {
  node: '22.14.0',
  napi: '10',
  // Matches no V8 ABI: packages that ship a V8-ABI build beside a Node-API build take the latter.
  modules: '0',
  uv: '1.49.2',
  v8: '0.0-graaljs',
  graaljs: '25.0.1',
  'napi-host': '0.1.0',
};
process.release = { name: 'node', lts: 'Jod' };
process.platform = 'linux';
process.arch = config.arch;
process.argv = config.argv.slice();
process.argv0 = 'node';
process.execArgv = config.execArgv.slice();
process.execPath = config.execPath;
process.pid = config.pid;
process.ppid = config.ppid;
process.env = makeEnv(config.env);

// process.env stores strings only: assignments are coerced (a Symbol throws), as in Node.
function makeEnv(initial) {
  const store = Object.assign(Object.create(null), initial);
  return new Proxy(store, {
    set(target, key, value) {
      if (typeof key === 'symbol') {
        target[key] = value;
        return true;
      }
      if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      target[key] = String(value);
      return true;
    },
    defineProperty(target, key, desc) {
      if (!('value' in desc) || desc.get || desc.set) {
        const err = new TypeError("'process.env' does not accept an accessor(getter/setter) descriptor");
        err.code = 'ERR_INVALID_OBJECT_DEFINE_PROPERTY';
        throw err;
      }
      if (typeof key !== 'symbol') desc = { value: String(desc.value), writable: true, enumerable: true, configurable: true };
      return Reflect.defineProperty(target, key, desc);
    },
  });
}

// process.exitCode accepts integers (or integer strings), undefined and null, as Node 20+ does.
function validateExitCode(code) {
  if (code === undefined || code === null) return code;
  const value = typeof code === 'string' && code !== '' && Number.isInteger(+code) ? +code : code;
  if (typeof value !== 'number') {
    const err = new TypeError('The "code" argument must be of type number. Received ' + timers.describe(code));
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  if (!Number.isInteger(value)) {
    const err = new RangeError('The value of "code" is out of range. It must be an integer. Received ' + String(value));
    err.code = 'ERR_OUT_OF_RANGE';
    throw err;
  }
  return code;
}
let exitCode;
Object.defineProperty(process, 'exitCode', {
  enumerable: true,
  configurable: false,
  get() {
    return exitCode;
  },
  set(code) {
    exitCode = validateExitCode(code);
  },
});
process.config = { target_defaults: {}, variables: { napi_build_version: '10', node_module_version: 0, host_arch: 'x64', target_arch: 'x64' } };
process.features = { inspector: false, debug: false, uv: true, ipv6: true, tls: false, cached_builtins: true, require_module: true };

process.cwd = () => host.cwd();
process.chdir = (dir) => {
  const code = host.chdir(String(dir));
  if (code !== null && code !== undefined) {
    const err = new Error(code + ': ' + (code === 'ENOENT' ? 'no such file or directory' : 'not a directory') +
      ", chdir '" + host.cwd() + "' -> '" + String(dir) + "'");
    err.errno = code === 'ENOENT' ? -2 : -20;
    err.code = code;
    err.syscall = 'chdir';
    err.path = host.cwd();
    err.dest = String(dir);
    throw err;
  }
};

process.nextTick = timers.nextTick;

function hrtime(previous) {
  const ns = BigInt(Math.round(host.hrtimeNanos()));
  let sec = Number(ns / 1000000000n);
  let nsec = Number(ns % 1000000000n);
  if (previous !== undefined) {
    if (!Array.isArray(previous)) {
      const err = new TypeError('The "time" argument must be an instance of Array. Received ' + timers.describe(previous));
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    if (previous.length !== 2) {
      const err = new RangeError('The value of "time" is out of range. It must be 2. Received ' + previous.length);
      err.code = 'ERR_OUT_OF_RANGE';
      throw err;
    }
    sec -= previous[0];
    nsec -= previous[1];
    if (nsec < 0) {
      sec--;
      nsec += 1e9;
    }
  }
  return [sec, nsec];
}
hrtime.bigint = () => BigInt(Math.round(host.hrtimeNanos()));
process.hrtime = hrtime;
process.uptime = () => host.uptimeSeconds();
process.memoryUsage = () => JSON.parse(host.memoryUsageJson());
process.memoryUsage.rss = () => process.memoryUsage().rss;
process.cpuUsage = () => ({ user: 0, system: 0 });
// Node 23.9+: CPU time of the current thread in microseconds.
process.threadCpuUsage = () => {
  const user = Math.round(host.threadUserNanos() / 1000);
  return { user, system: Math.max(0, Math.round(host.threadCpuNanos() / 1000) - user) };
};
process.umask = () => 0o22;
process.getuid = () => 0;
process.getgid = () => 0;
process.geteuid = () => 0;
process.getegid = () => 0;
// The first warning of each kind also tells how to find where it came from, as Node prints it.
let traceHintShown = false;
process.noDeprecation = process.execArgv.includes('--no-deprecation');
process.throwDeprecation = process.execArgv.includes('--throw-deprecation');
const printWarnings = !process.execArgv.includes('--no-warnings');
process.emitWarning = function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    detail = type.detail;
    code = type.code;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    type = 'Warning';
  }
  if (type === undefined) type = 'Warning';
  if (typeof code === 'function') code = undefined;
  if (typeof type !== 'string') {
    const err = new TypeError('The "type" argument must be of type string. Received ' + timers.describe(type));
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  let w;
  if (typeof warning === 'string') {
    w = new Error(warning);
    w.name = String(type || 'Warning');
    if (code !== undefined) w.code = code;
    if (detail !== undefined) w.detail = detail;
  } else if (warning instanceof Error) {
    w = warning;
  } else {
    const err = new TypeError('The "warning" argument must be of type string or an instance of Error. Received ' + timers.describe(warning));
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  if (w.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) throw w;
  }
  process.nextTick(() => {
    process.emit('warning', w);
    if (w.name === 'DeprecationWarning' && process.noDeprecation) return;
    if (!printWarnings) return;
    let text = '(node:' + process.pid + ') ' + (w.code ? '[' + w.code + '] ' : '') + w.name + ': ' + w.message + '\n';
    if (typeof w.detail === 'string') text += w.detail + '\n';
    if (!traceHintShown) {
      traceHintShown = true;
      text += '(Use `node --trace-' + (w.name === 'DeprecationWarning' ? 'deprecation' : 'warnings') + ' ...` to show where the warning was created)\n';
    }
    host.write(2, text);
  });
};

function makeStream(fd) {
  const stream = new EventEmitter();
  stream.fd = fd;
  stream.isTTY = false;
  stream.writable = true;
  stream.write = function (chunk, encoding, callback) {
    if (typeof encoding === 'function') callback = encoding;
    const text = typeof chunk === 'string' ? chunk
      : (chunk instanceof Uint8Array ? require('buffer').Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('utf8') : String(chunk));
    host.write(fd, text);
    if (typeof callback === 'function') process.nextTick(callback);
    return true;
  };
  stream.end = function (chunk, encoding, callback) {
    if (typeof chunk === 'function') callback = chunk;
    else if (chunk !== undefined && chunk !== null) stream.write(chunk, encoding);
    if (typeof callback === 'function') process.nextTick(callback);
    return stream;
  };
  stream.cork = stream.uncork = () => {};
  stream.getColorDepth = () => 1;
  stream.hasColors = () => false;
  return stream;
}
process.stdout = makeStream(1);
process.stderr = makeStream(2);

let exiting = false;

process.reallyExit = function (code) {
  host.teardownNative();
  quit(code | 0);
};

function exitCodeOf(code) {
  if (code === undefined || code === null) return 0;
  const n = Number(code);
  return Number.isInteger(n) ? n : 0;
}

// Emits 'exit' once; listeners may change process.exitCode or call process.exit() themselves.
function emitExitOnce(code) {
  if (exiting) return;
  exiting = true;
  internalBinding.exiting = true;
  process._exiting = true;
  process.emit('exit', code);
}

process.exit = function exit(code) {
  if (code !== undefined) process.exitCode = code;
  emitExitOnce(exitCodeOf(process.exitCode));
  process.reallyExit(exitCodeOf(process.exitCode));
};

process.abort = function () {
  host.write(2, 'napi-host: process.abort() called\n');
  process.reallyExit(134);
};

process.kill = function (pid, signal) {
  if (pid === process.pid) {
    process.reallyExit(128 + 15);
  }
  return true;
};

// Called by the loop when it ran dry; returns whether 'beforeExit' was emitted.
process._emitBeforeExit = function () {
  if (exiting) return false;
  process.emit('beforeExit', exitCodeOf(process.exitCode));
  return true;
};

// Called by the loop at the end; returns the exit code.
process._emitExit = function (code) {
  emitExitOnce(process.exitCode === undefined ? code : exitCodeOf(process.exitCode));
  return exitCodeOf(process.exitCode === undefined ? code : process.exitCode);
};

// An exception nobody caught: 'uncaughtException' listeners get it, or it is printed and the
// process exits with 1 (7 when a listener itself throws), as Node does. `where` is the throw site
// the host knows ({file, line, column, text}), if any. Returns true if a listener handled it.
process._fatalException = function (err, where, origin = 'uncaughtException') {
  if (typeof where === 'string') where = JSON.parse(where);
  if (!exiting && process.listenerCount('uncaughtException') > 0) {
    try {
      process.emit('uncaughtException', err, origin);
      return true;
    } catch (again) {
      printUncaught(again, undefined);
      // Node exits at once here (kExceptionInFatalExceptionHandler), without an 'exit' event.
      process.exitCode = 7;
      process.reallyExit(7);
    }
  }
  printUncaught(err, where);
  die(1);
  return false;
};

function die(code) {
  process.exitCode = code;
  try {
    emitExitOnce(code);
  } catch (e) {
    printUncaught(e, undefined);
  }
  process.reallyExit(exitCodeOf(process.exitCode) || code);
}

// The user frame an error was made in, from its stack: "    at fn (/path/file.js:3:9)".
function siteFromStack(err) {
  const stack = err !== null && typeof err === 'object' ? err.stack : undefined;
  if (typeof stack !== 'string') return undefined;
  const m = /\n\s+at (?:.*?\()?((?:\/|file:)[^():]+):(\d+):(\d+)\)?/.exec(stack);
  if (!m) return undefined;
  let column = +m[3];
  if (+m[2] === 1 && m[1].startsWith('/')) {
    column = Math.max(1, column - require('internal/modules/cjs').wrapperPrefixLength);
  }
  return { file: m[1], line: +m[2], column };
}

// Node prints "file:line", the source line and a caret under the throw site before the error.
function sourceContext(site) {
  if (!site || !site.file) return '';
  let text = site.text;
  if (text === undefined) {
    try {
      text = host.readFileUtf8(site.file).split('\n')[site.line - 1];
    } catch (e) {
      text = undefined;
    }
  }
  if (text === undefined) return '';
  return site.file + ':' + site.line + '\n' + text + '\n' + ' '.repeat(Math.max(0, site.column - 1)) + '^\n';
}

function inspectValue(v) {
  try {
    return require('util').inspect(v);
  } catch (e) {
    return String(v);
  }
}

function isErrorLike(err) {
  return err instanceof Error || (err !== null && typeof err === 'object' && typeof err.stack === 'string');
}

function printUncaught(err, where) {
  let text;
  try {
    if (isErrorLike(err)) {
      const context = sourceContext(where || siteFromStack(err));
      let body = typeof err.stack === 'string' && err.stack !== '' ? err.stack : String(err);
      const extra = Object.keys(err).filter((k) => k !== 'stack' && k !== 'message');
      if (extra.length > 0) body += ' {\n' + extra.map((k) => '  ' + k + ': ' + inspectValue(err[k])).join(',\n') + '\n}';
      text = (context ? context + '\n' : '') + body;
    } else if (err !== null && typeof err === 'object') {
      text = sourceContext(where) + '\n' + inspectValue(err);
    } else {
      // Node prints thrown primitives with String() (a Symbol as nothing).
      text = '\n' + sourceContext(where) + (typeof err === 'symbol' ? '' : String(err)) +
        '\n(Use `node --trace-uncaught ...` to show where the exception was thrown)';
    }
  } catch (e) {
    text = 'Uncaught exception (cannot be printed)';
  }
  host.write(2, text + '\n\nNode.js ' + process.version + '\n');
}

// Unhandled promise rejections, Node's default mode ("throw"): the engine reports a rejection that
// is still unhandled once its microtasks have run; 'unhandledRejection' listeners get it, or it is
// raised as an uncaught exception (origin 'unhandledRejection').
class UnhandledPromiseRejection extends Error {}
Object.defineProperty(UnhandledPromiseRejection.prototype, 'name', { value: 'UnhandledPromiseRejection', configurable: true, writable: true });
process._unhandledRejection = function (reason, promise) {
  if (exiting) return;
  if (process.listenerCount('unhandledRejection') > 0) {
    try {
      process.emit('unhandledRejection', reason, promise);
    } catch (e) {
      process._fatalException(e);
    }
    return;
  }
  let err = reason;
  if (!isErrorLike(reason)) {
    err = new UnhandledPromiseRejection('This error originated either by throwing inside of an async function without a catch block, ' +
      'or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "' +
      inspectValue(reason) + '".');
    err.code = 'ERR_UNHANDLED_REJECTION';
  }
  process._fatalException(err, undefined, 'unhandledRejection');
};
if (typeof Graal === 'object' && typeof Graal.setUnhandledPromiseRejectionHandler === 'function') {
  Graal.setUnhandledPromiseRejectionHandler((reason, promise) => process._unhandledRejection(reason, promise));
}
// GraalJS's `Graal` global is not Node's.
delete globalThis.Graal;

process.report = {
  getReport() {
    return {
      header: {
        reportVersion: 3,
        nodejsVersion: process.version,
        glibcVersionRuntime: config.glibc,
        glibcVersionCompiler: config.glibc,
        arch: process.arch,
        platform: process.platform,
        osName: 'Linux',
        cwd: process.cwd(),
        commandLine: process.argv.slice(),
      },
      sharedObjects: [],
    };
  },
  excludeNetwork: true,
};

process.binding = function (name) {
  const err = new Error('No such module: ' + name);
  err.code = 'ERR_INVALID_MODULE';
  throw err;
};

process.dlopen = function (module, filename) {
  return require('internal/modules/cjs').dlopen(module, filename);
};

module.exports = process;

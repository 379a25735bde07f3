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
process.env = Object.assign(Object.create(null), config.env);
process.exitCode = undefined;
process.config = { target_defaults: {}, variables: { napi_build_version: '10', node_module_version: 0, host_arch: 'x64', target_arch: 'x64' } };
process.features = { inspector: false, debug: false, uv: true, ipv6: true, tls: false, cached_builtins: true, require_module: true };

process.cwd = () => host.cwd();
process.chdir = (dir) => {
  const code = host.chdir(String(dir));
  if (code !== null && code !== undefined) {
    const err = new Error(code + ': ' + (code === 'ENOENT' ? 'no such file or directory' : 'not a directory') + ", chdir '" + String(dir) + "'");
    err.code = code;
    err.syscall = 'chdir';
    err.path = String(dir);
    throw err;
  }
};

process.nextTick = timers.nextTick;

function hrtime(previous) {
  const ns = BigInt(Math.round(host.hrtimeNanos()));
  let sec = Number(ns / 1000000000n);
  let nsec = Number(ns % 1000000000n);
  if (previous !== undefined) {
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
process.emitWarning = function (warning, type, code) {
  if (typeof type === 'object' && type !== null) {
    code = type.code;
    type = type.type;
  }
  const w = typeof warning === 'string' ? new Error(warning) : warning;
  w.name = type || w.name || 'Warning';
  if (code !== undefined) w.code = code;
  process.nextTick(() => {
    process.emit('warning', w);
    if (w.name === 'DeprecationWarning' && process.noDeprecation) return;
    host.write(2, '(node:' + process.pid + ') ' + (code ? '[' + code + '] ' : '') + w.name + ': ' + w.message + '\n');
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

process.exit = function (code) {
  if (code !== undefined) process.exitCode = code;
  if (!exiting) {
    exiting = true;
    internalBinding.exiting = true;
    process._exiting = true;
    process.emit('exit', exitCodeOf(process.exitCode));
  }
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

function exitCodeOf(code) {
  if (code === undefined || code === null) return 0;
  const n = Number(code);
  return Number.isInteger(n) ? n : 0;
}

process._emitBeforeExit = function (code) {
  if (exiting) return false;
  process.emit('beforeExit', exitCodeOf(process.exitCode === undefined ? code : process.exitCode));
  return true;
};

process._emitExit = function (code) {
  if (process.exitCode === undefined) process.exitCode = code;
  if (!exiting) {
    exiting = true;
    internalBinding.exiting = true;
    process._exiting = true;
    process.emit('exit', exitCodeOf(process.exitCode));
  }
  return exitCodeOf(process.exitCode);
};

// An exception nobody caught: 'uncaughtException' listeners get it, or it is printed and the
// process exits with 1 (Node's behaviour). Returns true if a listener handled it.
process._fatalException = function (err) {
  if (process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', err, 'uncaughtException');
    return true;
  }
  printUncaught(err);
  process.exitCode = 1;
  if (!exiting) {
    exiting = true;
    internalBinding.exiting = true;
    try {
      process.emit('exit', 1);
    } catch (e) {
      printUncaught(e);
    }
  }
  process.reallyExit(exitCodeOf(process.exitCode) || 1);
  return false;
};

function printUncaught(err) {
  let text;
  try {
    if (err instanceof Error || (err !== null && typeof err === 'object' && typeof err.stack === 'string')) {
      text = err.stack || String(err);
      const extra = [];
      for (const key of Object.keys(err)) {
        if (key !== 'stack' && key !== 'message') extra.push(key + ': ' + JSON.stringify(err[key]));
      }
      if (extra.length > 0) text += ' {\n  ' + extra.join(',\n  ') + '\n}';
    } else {
      text = 'Uncaught ' + require('util').inspect(err);
    }
  } catch (e) {
    text = 'Uncaught exception (cannot be printed)';
  }
  host.write(2, text + '\n\nNode.js ' + process.version + ' (napi-host ' + process.versions['napi-host'] + ')\n');
}

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

'use strict';
// `child_process`: the synchronous calls (spawnSync, execSync, execFileSync) on ProcessBindings
// (java.lang.ProcessBuilder), and exec/execFile as those run later with a callback. spawn() and
// fork() need a streaming child-process handle napi-host does not have yet: they throw, naming it.
const { Buffer } = require('buffer');
const { invalidArgType, codedError } = require('internal/errors');
const processes = internalBinding.host.childProcess();

const errnos = { ENOENT: 2, EACCES: 13, ENOEXEC: 8, ENOTDIR: 20, E2BIG: 7, ETIMEDOUT: 110, EINTR: 4, EIO: 5 };

function bufferOf(slice) {
  if (slice === null || slice === undefined) return null;
  const length = slice.length();
  const out = Buffer.allocUnsafe(length);
  if (length > 0) out.set(new Uint8Array(new ArrayBuffer(slice.buffer()), 0, length));
  return out;
}

function normalizeStdio(stdio, defaults) {
  if (stdio === undefined) return defaults;
  if (typeof stdio === 'string') return [stdio, stdio, stdio];
  if (!Array.isArray(stdio)) throw invalidArgType('options.stdio', ['string', 'Array'], stdio);
  return [0, 1, 2].map((i) => {
    const s = stdio[i];
    if (s === undefined || s === null || s === 'pipe' || s === 'overlapped') return 'pipe';
    if (s === 'inherit' || s === i) return 'inherit';
    if (s === 'ignore') return 'ignore';
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'stdio' is invalid. Received " + String(s));
  });
}

function envPairs(env) {
  const pairs = [];
  for (const key of Object.keys(env)) {
    if (env[key] !== undefined) pairs.push(key + '=' + String(env[key]));
  }
  return pairs;
}

function spawnSync(file, args, options) {
  if (typeof file !== 'string') throw invalidArgType('file', 'string', file);
  if (!Array.isArray(args)) {
    options = args;
    args = [];
  }
  options = options || {};
  const argv = [file, ...args.map(String)];
  let command = argv;
  if (options.shell) {
    const shell = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    command = [shell, '-c', argv.join(' ')];
  }
  const stdio = normalizeStdio(options.stdio, ['pipe', 'pipe', 'pipe']);
  let input = options.input;
  if (typeof input === 'string') input = Buffer.from(input, options.encoding && options.encoding !== 'buffer' ? options.encoding : 'utf8');
  const r = processes.spawnSync(command, options.cwd ? String(options.cwd) : process.cwd(), envPairs(options.env || process.env),
    stdio, input === undefined ? null : input, Number(options.timeout) || 0, options.killSignal || 'SIGTERM');
  const encoding = options.encoding && options.encoding !== 'buffer' ? options.encoding : null;
  const decode = (b) => (b === null ? null : encoding ? b.toString(encoding) : b);
  const stdout = decode(bufferOf(r.stdout()));
  const stderr = decode(bufferOf(r.stderr()));
  const code = r.error();
  const result = {};
  if (code !== null && code !== undefined) {
    const syscall = 'spawnSync ' + (options.shell ? command[0] : file);
    const err = new Error(syscall + ' ' + code);
    err.errno = -errnos[code];
    err.code = code;
    err.syscall = syscall;
    err.path = options.shell ? command[0] : file;
    err.spawnargs = options.shell ? command.slice(1) : args.map(String);
    result.error = err;
  }
  const started = r.pid() > 0;
  result.status = started && r.signal() === null ? r.status() : null;
  result.signal = r.signal();
  result.output = started ? [null, stdout, stderr] : null;
  result.pid = r.pid();
  result.stdout = started ? stdout : null;
  result.stderr = started ? stderr : null;
  return result;
}

// execSync / execFileSync: the child's stderr goes to ours unless stdio says otherwise; a failure
// (error, signal or non-zero status) throws an Error carrying the spawnSync result.
function checkExecSync(result, cmdText) {
  let err;
  if (result.error) {
    err = result.error;
    Object.assign(err, result);
    delete err.error;
  } else if (result.status !== 0) {
    let message = 'Command failed: ' + cmdText;
    if (result.stderr && result.stderr.length > 0) message += '\n' + result.stderr.toString();
    err = new Error(message);
    Object.assign(err, result);
  }
  if (err) throw err;
  return result.stdout;
}

// By default the child's stderr is collected and then written to ours, so a failure's message
// can quote it (Node does the same).
function runForExec(file, args, options) {
  const echoStderr = options.stdio === undefined;
  const result = spawnSync(file, args, echoStderr ? { ...options, stdio: 'pipe' } : options);
  if (echoStderr && result.stderr && result.stderr.length > 0) process.stderr.write(result.stderr);
  return result;
}

function execSync(command, options) {
  if (typeof command !== 'string') throw invalidArgType('command', 'string', command);
  options = { ...options };
  const result = runForExec(command, [], { ...options, shell: options.shell || true });
  return checkExecSync(result, command);
}

function execFileSync(file, args, options) {
  if (!Array.isArray(args)) {
    options = args;
    args = [];
  }
  const result = runForExec(file, args, { ...options });
  return checkExecSync(result, [file, ...args].join(' '));
}

// exec / execFile: the same work, answered on a later turn of the event loop (the call itself
// blocks the JS thread while the child runs: napi-host has no asynchronous child handle yet).
function execLater(run, callback) {
  setImmediate(() => {
    let stdout;
    let stderr;
    let error = null;
    try {
      const r = run();
      stdout = r.stdout;
      stderr = r.stderr;
      if (r.error) error = r.error;
      else if (r.status !== 0) {
        error = new Error('Command failed: ' + r.cmd + '\n' + (r.stderr || ''));
        error.code = r.status;
        error.killed = false;
        error.signal = r.signal;
        error.cmd = r.cmd;
      }
    } catch (e) {
      error = e;
    }
    if (callback) callback(error, stdout, stderr);
  });
}

function exec(command, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  const o = { encoding: 'utf8', ...options };
  execLater(() => ({ ...spawnSync(command, [], { ...o, shell: o.shell || true }), cmd: command }), callback);
}

function execFile(file, args, options, callback) {
  if (typeof args === 'function') {
    callback = args;
    args = [];
    options = {};
  } else if (typeof options === 'function') {
    callback = options;
    if (!Array.isArray(args)) {
      options = args;
      args = [];
    } else options = {};
  }
  const o = { encoding: 'utf8', ...options };
  execLater(() => ({ ...spawnSync(file, args || [], o), cmd: [file, ...(args || [])].join(' ') }), callback);
}

function notSupported(name) {
  return function () {
    throw codedError(Error, 'ERR_NAPI_HOST_UNSUPPORTED', 'napi-host does not implement child_process.' + name +
      '() yet (spawnSync, execSync, execFileSync, exec and execFile work)');
  };
}

module.exports = {
  spawnSync, execSync, execFileSync, exec, execFile,
  spawn: notSupported('spawn'), fork: notSupported('fork'),
  ChildProcess: function ChildProcess() { notSupported('ChildProcess')(); },
};

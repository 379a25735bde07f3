'use strict';
// `fs`: the sync, callback and promise forms of Node's common file-system calls. Every call is one
// operation of FsBindings.java (the one place that touches the file system): synchronous calls run
// it on the JS thread, callback and promise calls on the worker pool with the result delivered by
// the event loop. Failures become Node's errors: "ENOENT: no such file or directory, open 'x'" with
// errno, code, syscall, path (and dest for two-path calls).
const { Buffer } = require('buffer');
const pathModule = require('path');
const { invalidArgType, codedError, outOfRange } = require('internal/errors');
const fsb = internalBinding.host.fs();

const constants = {
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT: 0o170000, S_IFREG: 0o100000, S_IFDIR: 0o040000, S_IFCHR: 0o020000, S_IFBLK: 0o060000,
  S_IFIFO: 0o010000, S_IFLNK: 0o120000, S_IFSOCK: 0o140000,
  O_CREAT: 64, O_EXCL: 128, UV_FS_O_FILEMAP: 0, O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024,
  O_DIRECTORY: 65536, O_NOATIME: 262144, O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096,
  O_DIRECT: 16384, O_NONBLOCK: 2048,
  S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16, S_IXGRP: 8,
  S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2, UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
};

// ---- errors (libuv's descriptions and Linux errno values, as Node reports them) ----

const uvErrors = {
  ENOENT: [2, 'no such file or directory'], EEXIST: [17, 'file already exists'], ENOTDIR: [20, 'not a directory'],
  EISDIR: [21, 'illegal operation on a directory'], ENOTEMPTY: [39, 'directory not empty'],
  EACCES: [13, 'permission denied'], EPERM: [1, 'operation not permitted'], EBADF: [9, 'bad file descriptor'],
  EINVAL: [22, 'invalid argument'], ELOOP: [40, 'too many symbolic links encountered'],
  EXDEV: [18, 'cross-device link not permitted'], ENAMETOOLONG: [36, 'name too long'],
  EMFILE: [24, 'too many open files'], ENOSPC: [28, 'no space left on device'], EROFS: [30, 'read-only file system'],
  EBUSY: [16, 'resource busy or locked'], EIO: [5, 'i/o error'], ENOSYS: [38, 'function not implemented'],
};

function uvException(code, syscall, path, dest) {
  if (code === 'ERR_FS_EISDIR') {
    const err = new Error('Path is a directory: ' + syscall + ' returned EISDIR (is a directory) ' + path);
    Object.defineProperty(err, 'name', { value: 'SystemError', writable: true, configurable: true, enumerable: false });
    Object.assign(err, { code, info: { code: 'EISDIR', message: 'is a directory', path, syscall, errno: 21 }, errno: 21, syscall, path });
    return err;
  }
  const [errno, description] = uvErrors[code] || [0, 'unknown error'];
  let message = code + ': ' + description + ', ' + syscall;
  if (path !== undefined) message += " '" + path + "'";
  if (dest !== undefined) message += " -> '" + dest + "'";
  const err = new Error(message);
  err.errno = -errno;
  err.code = code;
  err.syscall = syscall;
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  return err;
}

// A request: the binding operation, its arguments, what an error names, and how to shape the result.
function request(op, args, syscall, path, dest, result) {
  return { op, args, syscall, path, dest, result: result || ((r) => r) };
}

function failure(req, code, syscall) {
  // Reads of a directory fail in read(2), which names no path (Node's message has none either).
  const sc = syscall || req.syscall;
  const path = sc === 'read' || sc === 'close' || sc === 'write' ? undefined : req.path;
  return uvException(code, sc, path, sc === req.syscall ? req.dest : undefined);
}

function runSync(req) {
  if (req.op === 'readFd' || req.op === 'writeFd') return runFdLoop(req);
  const r = fsb.call(req.op, req.args);
  if (r === null) throw failure(req, fsb.lastError(), fsb.lastSyscall());
  return req.result(r);
}

function runAsync(req, callback) {
  if (req.op === 'readFd' || req.op === 'writeFd') {
    process.nextTick(() => {
      let value;
      try {
        value = runFdLoop(req);
      } catch (e) {
        callback(e);
        return;
      }
      callback(null, value);
    });
    return;
  }
  fsb.callAsync(req.op, req.args, (code, syscall, r) => {
    if (code !== null && code !== undefined) {
      callback(failure(req, code, syscall));
      return;
    }
    let value;
    try {
      value = req.result(r);
    } catch (e) {
      callback(e);
      return;
    }
    callback(null, value);
  });
}

function runPromise(req) {
  return new Promise((resolve, reject) => runAsync(req, (err, value) => (err ? reject(err) : resolve(value))));
}

function checkCallback(cb) {
  if (typeof cb !== 'function') throw invalidArgType('cb', 'function', cb);
  return cb;
}

// Defines name (callback), nameSync and promises[name] from one request builder.
const promises = {};
function define(name, build, { sync = true, promise = true } = {}) {
  if (sync) exports[name + 'Sync'] = { [name + 'Sync']: (...args) => runSync(build(...args)) }[name + 'Sync'];
  exports[name] = {
    [name]: (...args) => {
      // The callback is the last argument after the first (Node: `callback ||= options`).
      const cb = checkCallback(args.length > 1 ? args.pop() : undefined);
      runAsync(build(...args), cb);
    },
  }[name];
  if (promise) promises[name] = { [name]: async (...args) => runPromise(build(...args)) }[name];
}

// ---- argument handling ----

function toPath(p, name = 'path') {
  if (typeof p === 'string') {
    if (p.includes('\u0000')) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument '" + name + "' must be a string, Uint8Array, or URL without null bytes. Received " +
        require('internal/inspect').inspect(p));
    }
    return p;
  }
  if (Buffer.isBuffer(p)) return p.toString();
  if (p !== null && typeof p === 'object' && typeof p.href === 'string' && p.protocol !== undefined) {
    return require('url').fileURLToPath(p);
  }
  throw invalidArgType(name, ['string', 'Buffer', 'URL'], p);
}

function getOptions(options, defaults) {
  if (options === undefined || options === null || typeof options === 'function') return defaults;
  if (typeof options === 'string') return { ...defaults, encoding: options };
  if (typeof options !== 'object') throw invalidArgType('options', ['string', 'Object'], options);
  return { ...defaults, ...options };
}

function checkEncoding(encoding) {
  if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'encoding' is invalid encoding. Received " +
      require('internal/inspect').inspect(encoding));
  }
}

const flagTable = {
  r: 0, rs: 1052672, sr: 1052672, 'r+': 2, 'rs+': 1052674, 'sr+': 1052674,
  w: 577, wx: 705, xw: 705, 'w+': 578, 'wx+': 706, 'xw+': 706,
  a: 1089, ax: 1217, xa: 1217, as: 1053761, sa: 1053761, 'a+': 1090, 'ax+': 1218, 'xa+': 1218,
  'as+': 1053762, 'sa+': 1053762,
};

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags === undefined || flags === null) return 0;
  const n = flagTable[flags];
  if (n === undefined) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument '" + name + "' is invalid. Received " +
      require('internal/inspect').inspect(flags));
  }
  return n;
}

function isUint8(v) {
  return v instanceof Uint8Array;
}

// Data for a write: a Uint8Array view the binding copies (strings are encoded first).
function toBytes(data, encoding, name = 'data') {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw invalidArgType(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// Bytes the binding returns (a direct ByteBuffer and a length) as a fresh Buffer.
function bufferOf(slice) {
  const length = slice.length();
  const out = Buffer.allocUnsafe(length);
  if (length > 0) out.set(new Uint8Array(new ArrayBuffer(slice.buffer()), 0, length));
  return out;
}

function checkFd(fd) {
  if (typeof fd !== 'number') throw invalidArgType('fd', 'number', fd);
  if (!Number.isInteger(fd) || fd < 0 || fd > 2147483647) throw outOfRange('fd', '>= 0 && <= 2147483647', fd);
  return fd;
}

// ---- Stats and Dirent ----

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = new Date(Math.round(atimeMs));
  this.mtime = new Date(Math.round(mtimeMs));
  this.ctime = new Date(Math.round(ctimeMs));
  this.birthtime = new Date(Math.round(birthtimeMs));
}
function modeIs(type) {
  return function () {
    return (this.mode & constants.S_IFMT) === type;
  };
}
Stats.prototype.isFile = modeIs(constants.S_IFREG);
Stats.prototype.isDirectory = modeIs(constants.S_IFDIR);
Stats.prototype.isSymbolicLink = modeIs(constants.S_IFLNK);
Stats.prototype.isFIFO = modeIs(constants.S_IFIFO);
Stats.prototype.isSocket = modeIs(constants.S_IFSOCK);
Stats.prototype.isBlockDevice = modeIs(constants.S_IFBLK);
Stats.prototype.isCharacterDevice = modeIs(constants.S_IFCHR);

// The binding answers 14 doubles (native byte order) in the constructor's argument order.
function statsOf(slice) {
  const f = new Float64Array(new ArrayBuffer(slice.buffer()), 0, 14);
  return new Stats(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11], f[12], f[13]);
}

const kType = Symbol('type');
class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }
  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }
}
const direntTypes = { f: 1, d: 2, l: 3, o: 0 };

function direntsOf(text, dir, options) {
  const entries = text === '' ? [] : text.split('\u0000');
  return entries.map((e) => {
    const name = e.slice(1);
    if (options.withFileTypes) return new Dirent(name, direntTypes[e[0]], dir);
    return options.encoding === 'buffer' ? Buffer.from(name) : name;
  });
}

// ---- the calls ----

function encoded(buffer, encoding) {
  return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
}

define('readFile', (path, options) => {
  const o = getOptions(options, { encoding: null, flag: 'r' });
  checkEncoding(o.encoding);
  if (typeof path === 'number') {
    return request('readFd', [checkFd(path)], 'read', undefined, undefined, (r) => encoded(r, o.encoding));
  }
  const p = toPath(path);
  return request('readFile', [p], 'open', p, undefined, (r) => encoded(bufferOf(r), o.encoding));
});

// readFile of a descriptor: read to the end from the current position.
const readFdOp = (fd) => {
  const chunks = [];
  for (;;) {
    const r = fsb.call('read', [fd, 65536, null]);
    if (r === null) throw uvException(fsb.lastError(), 'read');
    const b = bufferOf(r);
    if (b.length === 0) break;
    chunks.push(b);
  }
  return Buffer.concat(chunks);
};
// readFile / writeFile of a descriptor: a loop of reads, one write (on the JS thread).
function runFdLoop(req) {
  if (req.op === 'readFd') return req.result(readFdOp(req.args[0]));
  if (fsb.call('write', req.args) === null) throw uvException(fsb.lastError(), 'write');
  return undefined;
}

function writeRequest(name, defaultFlag) {
  return (file, data, options) => {
    const o = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: defaultFlag });
    checkEncoding(o.encoding);
    const bytes = toBytes(data, o.encoding);
    if (typeof file === 'number') return request('writeFd', [checkFd(file), bytes, null], 'write', undefined, undefined, () => undefined);
    const p = toPath(file, 'path');
    return request('writeFile', [p, bytes, stringToFlags(o.flag)], 'open', p, undefined, () => undefined);
  };
}
define('writeFile', writeRequest('writeFile', 'w'));
define('appendFile', writeRequest('appendFile', 'a'));

define('stat', (path, options) => {
  const p = toPath(path);
  const o = getOptions(options, { throwIfNoEntry: true });
  return request('stat', [p], 'stat', p, undefined, statsOf);
});
define('lstat', (path) => {
  const p = toPath(path);
  return request('lstat', [p], 'lstat', p, undefined, statsOf);
});
define('fstat', (fd) => request('fstat', [checkFd(fd)], 'fstat', undefined, undefined, statsOf), { promise: false });

// statSync(path, { throwIfNoEntry: false }) answers undefined for a missing path.
const statSyncStrict = exports.statSync;
const lstatSyncStrict = exports.lstatSync;
exports.statSync = function statSync(path, options) {
  return withoutEntry(() => statSyncStrict(path), options);
};
exports.lstatSync = function lstatSync(path, options) {
  return withoutEntry(() => lstatSyncStrict(path), options);
};
function withoutEntry(fn, options) {
  try {
    return fn();
  } catch (e) {
    if (options && options.throwIfNoEntry === false && (e.code === 'ENOENT' || e.code === 'ENOTDIR')) return undefined;
    throw e;
  }
}

define('readdir', (path, options) => {
  const p = toPath(path);
  const o = getOptions(options, { encoding: 'utf8', withFileTypes: false, recursive: false });
  if (o.recursive) return request('readdir', [p], 'scandir', p, undefined, (r) => readdirRecursive(p, r, o));
  return request('readdir', [p], 'scandir', p, undefined, (r) => direntsOf(r, p, o));
});

// recursive: Node lists a directory's entries, then walks its subdirectories in order.
function readdirRecursive(root, firstText, o) {
  const out = [];
  const queue = [[root, firstText]];
  while (queue.length > 0) {
    const [dir, text] = queue.shift();
    const entries = text === '' ? [] : text.split('\u0000');
    for (const e of entries) {
      const name = e.slice(1);
      const rel = pathModule.relative(root, pathModule.join(dir, name));
      out.push(o.withFileTypes ? new Dirent(name, direntTypes[e[0]], dir) : rel);
      if (e[0] === 'd') {
        const sub = pathModule.join(dir, name);
        queue.push([sub, runSync(request('readdir', [sub], 'scandir', sub))]);
      }
    }
  }
  return out;
}

define('mkdir', (path, options) => {
  const p = toPath(path);
  const o = typeof options === 'number' || typeof options === 'string' ? { mode: options } : getOptions(options, { recursive: false });
  if (typeof o.recursive !== 'boolean') throw invalidArgType('options.recursive', 'boolean', o.recursive);
  return request('mkdir', [p, o.recursive], 'mkdir', p, undefined, (r) => (o.recursive && r !== '' ? firstCreated(p, r) : undefined));
});

// The binding answers the absolute first directory it made; Node answers it in the caller's form.
function firstCreated(given, absolute) {
  const resolved = pathModule.resolve(given);
  let out = given.replace(/\/+$/, '') || given;
  let cur = resolved;
  while (cur !== absolute && cur !== pathModule.dirname(cur)) {
    cur = pathModule.dirname(cur);
    out = pathModule.dirname(out);
  }
  return pathModule.isAbsolute(given) ? absolute : out;
}

define('mkdtemp', (prefix, options) => {
  const p = toPath(prefix, 'prefix');
  return request('mkdtemp', [p], 'mkdtemp', p + 'XXXXXX');
});

define('rmdir', (path, options) => {
  const p = toPath(path);
  if (options && options.recursive) return request('rm', [p, true, false], 'rm', p, undefined, () => undefined);
  return request('rmdir', [p], 'rmdir', p, undefined, () => undefined);
});
define('unlink', (path) => {
  const p = toPath(path);
  return request('unlink', [p], 'unlink', p, undefined, () => undefined);
});
define('rm', (path, options) => {
  const p = toPath(path);
  const o = getOptions(options, { recursive: false, force: false });
  return request('rm', [p, !!o.recursive, !!o.force], 'rm', p, undefined, () => undefined);
});
define('rename', (oldPath, newPath) => {
  const from = toPath(oldPath, 'oldPath');
  const to = toPath(newPath, 'newPath');
  return request('rename', [from, to], 'rename', from, to, () => undefined);
});
define('copyFile', (src, dest, mode) => {
  const from = toPath(src, 'src');
  const to = toPath(dest, 'dest');
  return request('copyFile', [from, to, typeof mode === 'number' ? mode : 0], 'copyfile', from, to, () => undefined);
});
define('access', (path, mode) => {
  const p = toPath(path);
  return request('access', [p, mode === undefined ? 0 : mode], 'access', p, undefined, () => undefined);
});
define('readlink', (path) => {
  const p = toPath(path);
  return request('readlink', [p], 'readlink', p);
});
define('symlink', (target, path) => {
  const t = toPath(target, 'target');
  const p = toPath(path);
  return request('symlink', [t, p], 'symlink', t, p, () => undefined);
});
define('link', (existingPath, newPath) => {
  const from = toPath(existingPath, 'existingPath');
  const to = toPath(newPath, 'newPath');
  return request('link', [from, to], 'link', from, to, () => undefined);
});
define('truncate', (path, len = 0) => {
  const p = toPath(path);
  return request('truncate', [p, len], 'open', p, undefined, () => undefined);
});
define('ftruncate', (fd, len = 0) => request('ftruncate', [checkFd(fd), len], 'ftruncate', undefined, undefined, () => undefined), { promise: false });
define('chmod', (path, mode) => {
  const p = toPath(path);
  return request('chmod', [p, typeof mode === 'string' ? parseInt(mode, 8) : mode], 'chmod', p, undefined, () => undefined);
});
define('utimes', (path, atime, mtime) => {
  const p = toPath(path);
  const secs = (t) => (t instanceof Date ? t.getTime() / 1000 : Number(t));
  return request('utimes', [p, secs(atime), secs(mtime)], 'utime', p, undefined, () => undefined);
});
define('fsync', (fd) => request('fsync', [checkFd(fd)], 'fsync', undefined, undefined, () => undefined), { promise: false });

// realpath: Node's JS implementation walks the path with lstat, so a missing path is reported by
// lstat with the absolute path; realpath.native (and fs.promises.realpath) by realpath(3).
function realpathRequest(path, syscall) {
  const p = toPath(path);
  return request('realpath', [p], syscall, syscall === 'lstat' ? pathModule.resolve(p) : p);
}
define('realpath', (path) => realpathRequest(path, 'lstat'), { promise: false });
exports.realpathSync.native = (path) => runSync(realpathRequest(path, 'realpath'));
exports.realpath.native = (path, options, cb) => runAsync(realpathRequest(path, 'realpath'), checkCallback(typeof options === 'function' ? options : cb));
promises.realpath = async (path) => runPromise(realpathRequest(path, 'realpath'));

exports.existsSync = function existsSync(path) {
  try {
    return fsb.call('exists', [toPath(path)]) === true;
  } catch {
    return false;
  }
};
exports.exists = function exists(path, callback) {
  checkCallback(callback);
  let p;
  try {
    p = toPath(path);
  } catch {
    process.nextTick(callback, false);
    return;
  }
  fsb.callAsync('exists', [p], (code, syscall, r) => callback(code ? false : r === true));
};

// ---- descriptors ----

define('open', (path, flags, mode) => {
  const p = toPath(path);
  return request('open', [p, stringToFlags(typeof flags === 'function' ? undefined : flags)], 'open', p);
}, { promise: false });
define('close', (fd) => request('close', [checkFd(fd)], 'close', undefined, undefined, () => undefined), { promise: false });

// read(fd, buffer, offset, length, position) and read(fd, buffer, { offset, length, position }).
function readArgs(fd, buffer, offset, length, position) {
  checkFd(fd);
  if (!isUint8(buffer)) throw invalidArgType('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  if (offset !== null && typeof offset === 'object') ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  if (offset === undefined) offset = 0;
  if (length === undefined) length = buffer.byteLength - offset;
  if (offset < 0 || offset > buffer.byteLength) throw outOfRange('offset', '>= 0 && <= ' + buffer.byteLength, offset);
  if (length < 0 || offset + length > buffer.byteLength) throw outOfRange('length', '>= 0 && <= ' + (buffer.byteLength - offset), length);
  if (typeof position === 'bigint') position = Number(position);
  if (typeof position !== 'number') position = null;
  return request('read', [fd, length, position], 'read', undefined, undefined, (r) => {
    const b = bufferOf(r);
    buffer.set(b, offset);
    return b.length;
  });
}
exports.readSync = (...args) => runSync(readArgs(...args));
exports.read = function read(fd, buffer, offset, length, position, callback) {
  const args = [fd, buffer, offset, length, position, callback];
  const cb = checkCallback(args.filter((a) => typeof a === 'function')[0]);
  const cut = args.indexOf(cb);
  const rest = args.slice(0, cut);
  runAsync(readArgs(...rest), (err, n) => (err ? cb(err) : cb(null, n, buffer)));
};

// write(fd, buffer, offset, length, position) and write(fd, string, position, encoding).
function writeArgs(fd, data, a, b, c) {
  checkFd(fd);
  let bytes;
  let position = null;
  if (typeof data === 'string') {
    position = typeof a === 'number' ? a : null;
    bytes = Buffer.from(data, typeof b === 'string' ? b : 'utf8');
  } else if (ArrayBuffer.isView(data)) {
    let offset = typeof a === 'number' ? a : 0;
    let length = typeof b === 'number' ? b : data.byteLength - offset;
    if (a !== null && typeof a === 'object') ({ offset = 0, length = data.byteLength - offset, position = null } = a);
    else position = typeof c === 'number' ? c : null;
    bytes = new Uint8Array(data.buffer, data.byteOffset + offset, length);
  } else {
    throw invalidArgType('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return request('write', [fd, bytes, position], 'write', undefined, undefined, (n) => n);
}
exports.writeSync = (...args) => runSync(writeArgs(...args));
exports.write = function write(fd, data, ...rest) {
  const cb = checkCallback(rest.pop());
  runAsync(writeArgs(fd, data, ...rest), (err, n) => (err ? cb(err) : cb(null, n, data)));
};

// ---- fs.promises.open: FileHandle ----

class FileHandle {
  constructor(fd) {
    this.fd = fd;
  }
  async read(buffer, offset, length, position) {
    if (buffer === undefined) buffer = Buffer.alloc(16384);
    const bytesRead = await runPromise(readArgs(this.fd, buffer, offset, length, position));
    return { bytesRead, buffer };
  }
  async write(data, ...rest) {
    const bytesWritten = await runPromise(writeArgs(this.fd, data, ...rest));
    return { bytesWritten, buffer: data };
  }
  async readFile(options) {
    const o = getOptions(options, { encoding: null });
    return encoded(readFdOp(this.fd), o.encoding);
  }
  async writeFile(data, options) {
    const o = getOptions(options, { encoding: 'utf8' });
    await runPromise(request('write', [this.fd, toBytes(data, o.encoding), null], 'write'));
  }
  async appendFile(data, options) {
    return this.writeFile(data, options);
  }
  async stat() {
    return runPromise(request('fstat', [this.fd], 'fstat', undefined, undefined, statsOf));
  }
  async truncate(len = 0) {
    await runPromise(request('ftruncate', [this.fd, len], 'ftruncate'));
  }
  async sync() {}
  async close() {
    if (this.fd === -1) return;
    const fd = this.fd;
    this.fd = -1;
    await runPromise(request('close', [fd], 'close'));
  }
}
promises.open = async (path, flags, mode) => {
  const p = toPath(path);
  const fd = await runPromise(request('open', [p, stringToFlags(flags)], 'open', p));
  return new FileHandle(fd);
};
promises.access = promises.access;
promises.constants = constants;

// ---- streams (loaded on first use: the stream module is large) ----

let streams;
function fileStreams() {
  if (!streams) streams = require('internal/fs/streams');
  return streams;
}
exports.createReadStream = (path, options) => new (fileStreams().ReadStream)(path, options);
exports.createWriteStream = (path, options) => new (fileStreams().WriteStream)(path, options);
Object.defineProperty(exports, 'ReadStream', { enumerable: true, configurable: true, get: () => fileStreams().ReadStream });
Object.defineProperty(exports, 'WriteStream', { enumerable: true, configurable: true, get: () => fileStreams().WriteStream });

// Watching needs a file-system event source napi-host does not have yet.
for (const name of ['watch', 'watchFile', 'unwatchFile']) {
  exports[name] = function () {
    throw codedError(Error, 'ERR_NAPI_HOST_UNSUPPORTED', 'napi-host does not implement fs.' + name + '() yet');
  };
}

exports.constants = constants;
exports.F_OK = 0;
exports.R_OK = 4;
exports.W_OK = 2;
exports.X_OK = 1;
exports.Stats = Stats;
exports.Dirent = Dirent;
exports.promises = promises;

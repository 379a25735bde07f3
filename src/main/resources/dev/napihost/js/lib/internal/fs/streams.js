'use strict';
// fs.ReadStream / fs.WriteStream: streams over a descriptor, built on the fs callback calls. They
// open lazily (_construct), emit 'open' and 'ready' with the fd, and close it when destroyed.
const { Readable, Writable } = require('stream');
const { Buffer } = require('buffer');
const fs = require('fs');

function streamOptions(options) {
  if (typeof options === 'string') return { encoding: options };
  return options === undefined || options === null ? {} : options;
}

// Both streams' _construct: open the path unless an fd was given, then 'open' and 'ready'.
function openLazily(stream, callback) {
  if (stream.fd !== null) {
    callback();
    return;
  }
  fs.open(stream.path, stream.flags, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', fd);
    stream.emit('ready');
  });
}

class ReadStream extends Readable {
  constructor(path, options) {
    const o = streamOptions(options);
    super({ highWaterMark: o.highWaterMark || 64 * 1024, encoding: o.encoding, emitClose: o.emitClose !== false,
      autoDestroy: o.autoClose !== false });
    this.path = typeof path === 'string' || Buffer.isBuffer(path) ? path : undefined;
    this.fd = typeof o.fd === 'number' ? o.fd : null;
    this.flags = o.flags === undefined ? 'r' : o.flags;
    this.start = o.start;
    this.end = o.end === undefined ? Infinity : o.end;
    this.pos = this.start;
    this.bytesRead = 0;
    if (this.path === undefined && this.fd === null) this.path = path;
  }

  get pending() {
    return this.fd === null;
  }

  _construct(callback) {
    openLazily(this, callback);
  }

  _read(size) {
    const n = this.end === Infinity ? size : Math.min(size, this.end - ((this.start || 0) + this.bytesRead) + 1);
    if (n <= 0) {
      this.push(null);
      return;
    }
    const buf = Buffer.allocUnsafe(n);
    const position = this.start === undefined ? null : this.start + this.bytesRead;
    fs.read(this.fd, buf, 0, n, position, (err, bytesRead) => {
      if (err) {
        this.destroy(err);
        return;
      }
      this.bytesRead += bytesRead;
      this.push(bytesRead > 0 ? buf.subarray(0, bytesRead) : null);
    });
  }

  _destroy(err, callback) {
    if (this.fd === null || this.fd === undefined) {
      callback(err);
      return;
    }
    const fd = this.fd;
    this.fd = null;
    fs.close(fd, (closeErr) => callback(err || closeErr));
  }

  close(cb) {
    if (typeof cb === 'function') require('stream').finished(this, cb);
    this.destroy();
  }
}

class WriteStream extends Writable {
  constructor(path, options) {
    const o = streamOptions(options);
    super({ highWaterMark: o.highWaterMark, decodeStrings: true, defaultEncoding: o.encoding || 'utf8',
      emitClose: o.emitClose !== false, autoDestroy: o.autoClose !== false });
    this.path = path;
    this.fd = typeof o.fd === 'number' ? o.fd : null;
    this.flags = o.flags === undefined ? 'w' : o.flags;
    this.start = o.start;
    this.pos = o.start;
    this.bytesWritten = 0;
  }

  get pending() {
    return this.fd === null;
  }

  _construct(callback) {
    openLazily(this, callback);
  }

  _write(chunk, encoding, callback) {
    const position = this.pos === undefined ? null : this.pos;
    fs.write(this.fd, chunk, 0, chunk.length, position, (err, n) => {
      if (err) {
        callback(err);
        return;
      }
      this.bytesWritten += n;
      if (this.pos !== undefined) this.pos += n;
      callback();
    });
  }

  _destroy(err, callback) {
    if (this.fd === null || this.fd === undefined) {
      callback(err);
      return;
    }
    const fd = this.fd;
    this.fd = null;
    fs.close(fd, (closeErr) => callback(err || closeErr));
  }

  close(cb) {
    if (cb) {
      if (this.closed) {
        process.nextTick(cb);
        return;
      }
      this.on('close', cb);
    }
    if (!this.writableEnded) this.end();
    else this.destroy();
  }

  destroySoon() {
    this.end();
  }
}

module.exports = { ReadStream, WriteStream };

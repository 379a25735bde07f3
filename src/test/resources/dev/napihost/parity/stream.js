// stream (bundled readable-stream), stream/promises and string_decoder against Node.js 20.
const stream = require('stream');
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = stream;
const sp = require('node:stream/promises');
const { StringDecoder } = require('string_decoder');

console.log(typeof stream, stream === stream.Stream, typeof sp.pipeline, typeof sp.finished, stream.promises === sp);
console.log(require('_stream_readable') === Readable, require('node:stream').Transform === Transform);
console.log(new PassThrough() instanceof Transform, new Transform() instanceof Duplex, new Duplex() instanceof Readable,
  new Duplex() instanceof Writable, new Readable() instanceof stream);

const d = new StringDecoder('utf8');
const euro = Buffer.from('€😀');
console.log(JSON.stringify([d.write(euro.subarray(0, 1)), d.write(euro.subarray(1, 5)), d.write(euro.subarray(5)), d.end()]));
const h = new StringDecoder('hex');
console.log(h.write(Buffer.from([1, 2])), h.end(Buffer.from([255])));
const b64 = new StringDecoder('base64');
console.log(b64.write(Buffer.from('ab')), b64.end());
const u16 = new StringDecoder('utf16le');
console.log(JSON.stringify([u16.write(Buffer.from([0x61])), u16.write(Buffer.from([0x00, 0x62])), u16.end(Buffer.from([0x00]))]));
console.log(new StringDecoder().encoding, new StringDecoder('latin1').write(Buffer.from([0xe9])));

const steps = [
  (next) => {
    const up = new Transform({ transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); } });
    const out = [];
    const sink = new Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } });
    pipeline(Readable.from(['a', 'b', 'c']), up, sink, (err) => { console.log('pipeline', err, out); next(); });
  },
  (next) => {
    const bad = new Transform({ transform(chunk, enc, cb) { cb(new Error('boom')); } });
    pipeline(Readable.from(['a']), bad, new PassThrough(), (err) => { console.log('pipeline error', err.message); next(); });
  },
  async (next) => {
    const chunks = [];
    await sp.pipeline(Readable.from(['x', 'y']), new PassThrough(), new Writable({ write(c, e, cb) { chunks.push(String(c)); cb(); } }));
    console.log('promises pipeline', chunks);
    for await (const c of Readable.from([1, 2, 3])) console.log('iter', c);
    const r = new Readable({ read() {} });
    r.push('p');
    r.push(null);
    r.resume();
    await sp.finished(r);
    console.log('finished promise', r.readableEnded);
    next();
  },
  (next) => {
    const events = [];
    const r = new Readable({ read() {} });
    r.setEncoding('utf8');
    r.on('data', (c) => events.push('data:' + c));
    r.on('end', () => events.push('end'));
    r.on('close', () => { console.log('readable events', events); next(); });
    r.push('one');
    r.push('two');
    r.push(null);
  },
  (next) => {
    let finals = 0;
    const w = new Writable({
      highWaterMark: 3,
      write(c, e, cb) { setImmediate(cb); },
      final(cb) { finals++; cb(); },
    });
    console.log('write returns', w.write('ab'), w.write('cd'), w.writableLength, w.writableNeedDrain);
    w.once('drain', () => console.log('drain'));
    finished(w, (err) => { console.log('finished', err, finals, w.writableFinished); next(); });
    w.end('e');
  },
  (next) => {
    const duplex = new Duplex({
      read() { this.push('from duplex'); this.push(null); },
      write(c, e, cb) { console.log('duplex got', c.toString()); cb(); },
    });
    duplex.on('data', (c) => console.log('duplex data', c.toString()));
    duplex.on('end', () => { duplex.end('to duplex'); });
    duplex.on('finish', () => next());
  },
  (next) => {
    const r = new Readable({ objectMode: true, read() {} });
    r.push({ a: 1 });
    r.push(null);
    r.on('data', (o) => console.log('object mode', o));
    r.on('end', next);
  },
  (next) => {
    const w = new Writable({ write(c, e, cb) { cb(new Error('write failed')); } });
    w.on('error', (e) => { console.log('error event', e.message, w.destroyed); next(); });
    w.write('x');
  },
  (next) => {
    const src = new PassThrough();
    const dst = new PassThrough();
    src.pipe(dst);
    dst.on('data', (c) => console.log('pipe', c.toString()));
    dst.on('end', next);
    src.end('piped');
  },
];
(function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
  else console.log('done');
})(0);

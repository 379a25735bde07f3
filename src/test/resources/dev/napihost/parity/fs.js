// fs under napi-host and Node.js 20 must print the same: sync, callback and promise forms, errors.
const fs = require('fs');
const fsp = require('node:fs/promises');
const path = require('path');
const os = require('os');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-parity-'));
const rel = (p) => path.relative(root, p);
process.chdir(root);
const show = (label, f) => {
  try {
    const v = f();
    console.log(label, v);
  } catch (e) {
    console.log(label, 'throws', e.name, e.message, e.code, e.errno, e.syscall, e.path, e.dest);
  }
};

// ---- sync ----
fs.writeFileSync('a.txt', 'hello\n');
fs.appendFileSync('a.txt', Buffer.from('world\n'));
fs.appendFileSync('a.txt', '68656c6c6f', 'hex');
show('readFile utf8', () => fs.readFileSync('a.txt', 'utf8'));
show('readFile buffer', () => fs.readFileSync('a.txt'));
show('readFile opts', () => fs.readFileSync(path.join(root, 'a.txt'), { encoding: 'base64' }));
show('readFile latin1', () => fs.readFileSync('a.txt', 'latin1').length);
fs.writeFileSync('u.txt', 'é€😀', { encoding: 'utf8' });
show('utf8 roundtrip', () => [fs.readFileSync('u.txt', 'utf8'), fs.statSync('u.txt').size]);
fs.writeFileSync('bin', new Uint8Array([0, 1, 2, 255]));
show('binary', () => fs.readFileSync('bin'));
fs.writeFileSync('view', new Uint8Array([9, 8, 7, 6, 5]).subarray(1, 3));
show('typed array window', () => fs.readFileSync('view'));
show('wx exists', () => fs.writeFileSync('a.txt', 'x', { flag: 'wx' }));

const st = fs.statSync('a.txt');
console.log('stat', st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.size, typeof st.mtimeMs, st.mtime instanceof Date,
  st instanceof fs.Stats, (st.mode & 0o170000).toString(8), st.nlink);
console.log('stat dir', fs.statSync('.').isDirectory());
fs.symlinkSync('a.txt', 'link');
console.log('lstat link', fs.lstatSync('link').isSymbolicLink(), fs.statSync('link').isSymbolicLink(), fs.readlinkSync('link'));
console.log('realpath', rel(fs.realpathSync('link')), rel(fs.realpathSync.native('link')));
show('stat missing', () => fs.statSync('missing'));
show('stat throwIfNoEntry', () => fs.statSync('missing', { throwIfNoEntry: false }));

console.log('mkdir recursive', fs.mkdirSync('d1/d2/d3', { recursive: true }), fs.mkdirSync('d1/d2/d3', { recursive: true }));
console.log('mkdir recursive abs', rel(fs.mkdirSync(path.join(root, 'd1/x/y'), { recursive: true })));
fs.mkdirSync('d1/plain');
show('mkdir exists', () => fs.mkdirSync('d1/plain'));
show('mkdir no parent', () => fs.mkdirSync('nope/x'));
fs.writeFileSync('d1/f.txt', '1');
fs.writeFileSync('d1/d2/g.txt', '2');
console.log('readdir', fs.readdirSync('d1'));
console.log('readdir types', fs.readdirSync('d1', { withFileTypes: true }).map((d) => [d.name, d.isFile(), d.isDirectory(), d.isSymbolicLink()]));
console.log('readdir dirent', fs.readdirSync('d1', { withFileTypes: true })[0] instanceof fs.Dirent);
console.log('readdir recursive', fs.readdirSync('d1', { recursive: true }).sort());
console.log('readdir root', fs.readdirSync('.'));
show('readdir missing', () => fs.readdirSync('missing'));
show('readdir file', () => fs.readdirSync('a.txt'));

console.log('exists', fs.existsSync('a.txt'), fs.existsSync('missing'), fs.existsSync(), fs.existsSync(42));
show('access ok', () => fs.accessSync('a.txt', fs.constants.R_OK | fs.constants.W_OK));
show('access missing', () => fs.accessSync('missing'));

fs.copyFileSync('a.txt', 'copy.txt');
console.log('copy', fs.readFileSync('copy.txt', 'utf8') === fs.readFileSync('a.txt', 'utf8'));
show('copy excl', () => fs.copyFileSync('a.txt', 'copy.txt', fs.constants.COPYFILE_EXCL));
show('copy missing', () => fs.copyFileSync('missing', 'x'));
fs.renameSync('copy.txt', 'moved.txt');
console.log('rename', fs.existsSync('copy.txt'), fs.existsSync('moved.txt'));
show('rename missing', () => fs.renameSync('missing', 'other'));
fs.unlinkSync('moved.txt');
show('unlink again', () => fs.unlinkSync('moved.txt'));
show('unlink dir', () => fs.unlinkSync('d1'));
show('rmdir not empty', () => fs.rmdirSync('d1'));
show('rmdir file', () => fs.rmdirSync('a.txt'));
fs.rmdirSync('d1/plain');
show('rm dir', () => fs.rmSync('d1'));
show('rm missing', () => fs.rmSync('missing'));
show('rm force', () => fs.rmSync('missing', { force: true }));
fs.rmSync('d1', { recursive: true });
console.log('rm recursive', fs.existsSync('d1'));
show('readFile dir', () => fs.readFileSync('.'));
show('readFile missing', () => fs.readFileSync('missing.txt'));
show('writeFile no dir', () => fs.writeFileSync('no/such/file', 'x'));
show('bad path type', () => fs.readFileSync(null));
show('bad encoding', () => fs.readFileSync('a.txt', 'nope'));
show('mkdtemp missing', () => fs.mkdtempSync('no/x-'));
console.log('mkdtemp', /^t-[A-Za-z0-9]{6}$/.test(fs.mkdtempSync('t-')));
fs.linkSync('a.txt', 'hard');
console.log('link', fs.statSync('a.txt').nlink, fs.readFileSync('hard', 'utf8') === fs.readFileSync('a.txt', 'utf8'));
fs.unlinkSync('hard');
show('link missing', () => fs.linkSync('missing', 'hard2'));
fs.truncateSync('a.txt', 3);
console.log('truncate', fs.readFileSync('a.txt', 'utf8'));
console.log('url path', fs.readFileSync(new URL('file://' + path.join(root, 'a.txt')), 'utf8'));

// descriptors
const fd = fs.openSync('fd.txt', 'w+');
console.log('write', fs.writeSync(fd, 'abcdef'), fs.writeSync(fd, Buffer.from('XYZ'), 1, 2), fs.writeSync(fd, 'Q', 0));
const buf = Buffer.alloc(10, '.');
console.log('read', fs.readSync(fd, buf, 2, 5, 0), buf.toString());
console.log('read opts', fs.readSync(fd, buf, { position: 6 }), buf.toString());
console.log('fstat', fs.fstatSync(fd).size);
fs.closeSync(fd);
show('close twice', () => fs.closeSync(fd));
show('read bad fd', () => fs.readSync(fd, buf));
show('open missing', () => fs.openSync('missing', 'r'));
show('open wx', () => fs.openSync('fd.txt', 'wx'));
show('open bad flag', () => fs.openSync('fd.txt', 'q'));
const afd = fs.openSync('fd.txt', 'a');
fs.writeSync(afd, '!');
fs.closeSync(afd);
console.log('append fd', fs.readFileSync('fd.txt', 'utf8'));
const rfd = fs.openSync('fd.txt');
console.log('readFile fd', fs.readFileSync(rfd, 'utf8'));
fs.closeSync(rfd);
const wfd = fs.openSync('fd2.txt', 'w');
fs.writeFileSync(wfd, 'via fd');
fs.closeSync(wfd);
console.log('writeFile fd', fs.readFileSync('fd2.txt', 'utf8'));
show('no callback', () => fs.readFile('a.txt'));

// ---- callbacks and promises, one step at a time so the output order is fixed ----
const steps = [
  (next) => fs.readFile('a.txt', 'utf8', (err, s) => { console.log('cb readFile', err, s); next(); }),
  (next) => fs.readFile('missing', (err) => { console.log('cb readFile missing', err.message, err.code, err.errno); next(); }),
  (next) => fs.writeFile('cb.txt', 'callback', (err) => { console.log('cb writeFile', err); next(); }),
  (next) => fs.appendFile('cb.txt', '+more', (err) => { console.log('cb appendFile', err, fs.readFileSync('cb.txt', 'utf8')); next(); }),
  (next) => fs.stat('cb.txt', (err, s) => { console.log('cb stat', err, s.size, s.isFile()); next(); }),
  (next) => fs.lstat('link', (err, s) => { console.log('cb lstat', err, s.isSymbolicLink()); next(); }),
  (next) => fs.mkdir('cbdir/a', { recursive: true }, (err, first) => { console.log('cb mkdir', err, first); next(); }),
  (next) => fs.readdir('cbdir', { withFileTypes: true }, (err, list) => { console.log('cb readdir', err, list.map((d) => d.name + d.isDirectory())); next(); }),
  (next) => fs.rename('cb.txt', 'cbdir/cb.txt', (err) => { console.log('cb rename', err); next(); }),
  (next) => fs.copyFile('cbdir/cb.txt', 'cbdir/c2.txt', (err) => { console.log('cb copyFile', err); next(); }),
  (next) => fs.access('cbdir/c2.txt', (err) => { console.log('cb access', err); next(); }),
  (next) => fs.exists('cbdir/c2.txt', (e) => { console.log('cb exists', e); next(); }),
  (next) => fs.unlink('cbdir/c2.txt', (err) => { console.log('cb unlink', err); next(); }),
  (next) => fs.rm('cbdir', (err) => { console.log('cb rm dir', err.code, err.message); next(); }),
  (next) => fs.rm('cbdir', { recursive: true }, (err) => { console.log('cb rm', err, fs.existsSync('cbdir')); next(); }),
  (next) => fs.realpath.native('link', (err, p) => { console.log('cb realpath', err, rel(p)); next(); }),
  (next) => fs.mkdtemp('cbt-', (err, p) => { console.log('cb mkdtemp', err, p.length); next(); }),
  (next) => fs.open('fd.txt', 'r', (err, fd) => {
    const b = Buffer.alloc(4);
    fs.read(fd, b, 0, 4, 1, (err2, n, same) => {
      console.log('cb read', err, err2, n, b.toString(), same === b);
      fs.write(fd, 'x', (err3) => {
        console.log('cb write on read-only', err3 && err3.code);
        fs.close(fd, (err4) => { console.log('cb close', err4); next(); });
      });
    });
  }),
  (next) => fs.fstat(42, (err) => { console.log('cb bad fd', err.code, err.syscall, err.message); next(); }),
  async (next) => {
    await fsp.writeFile('p.txt', 'promise');
    await fsp.appendFile('p.txt', Buffer.from('!'));
    console.log('p readFile', await fsp.readFile('p.txt', 'utf8'), await fsp.readFile('p.txt'));
    console.log('p stat', (await fsp.stat('p.txt')).size, (await fsp.lstat('link')).isSymbolicLink());
    console.log('p mkdir', await fsp.mkdir('pd/x', { recursive: true }));
    console.log('p readdir', await fsp.readdir('pd'));
    await fsp.copyFile('p.txt', 'pd/p2.txt');
    await fsp.rename('pd/p2.txt', 'pd/p3.txt');
    console.log('p access', await fsp.access('pd/p3.txt'));
    await fsp.unlink('pd/p3.txt');
    console.log('p realpath', rel(await fsp.realpath('link')));
    try { await fsp.readFile('missing'); } catch (e) { console.log('p missing', e.message, e.code); }
    try { await fsp.rm('missing'); } catch (e) { console.log('p rm missing', e.message); }
    try { await fsp.readFile(null); } catch (e) { console.log('p bad arg', e.code); }
    await fsp.rm('pd', { recursive: true, force: true });
    const fh = await fsp.open('p.txt', 'r+');
    const { bytesRead, buffer } = await fh.read(Buffer.alloc(3), 0, 3, 0);
    console.log('p handle read', bytesRead, buffer.toString(), typeof fh.fd);
    await fh.write('P', 0);
    console.log('p handle readFile', (await fh.stat()).size);
    await fh.close();
    console.log('p after', fs.readFileSync('p.txt', 'utf8'), (await fsp.mkdtemp('pt-')).length);
    console.log('same object', fsp === fs.promises);
    next();
  },
  (next) => {
    const ws = fs.createWriteStream('stream.txt');
    ws.on('open', () => console.log('ws open'));
    ws.write('line 1\n');
    ws.write(Buffer.from('line 2\n'));
    ws.end('end\n', () => {
      console.log('ws finished', ws.bytesWritten);
      ws.on('close', () => {
        const chunks = [];
        const rs = fs.createReadStream('stream.txt', { encoding: 'utf8', highWaterMark: 4 });
        rs.on('data', (c) => chunks.push(c));
        rs.on('end', () => console.log('rs end', chunks.length, JSON.stringify(chunks.join(''))));
        rs.on('close', () => {
          const part = [];
          fs.createReadStream('stream.txt', { start: 2, end: 5 }).on('data', (c) => part.push(c)).on('close', () => {
            console.log('rs range', Buffer.concat(part).toString());
            fs.createReadStream('missing').on('error', (e) => { console.log('rs error', e.message); next(); });
          });
        });
      });
    });
  },
  (next) => {
    const { pipeline } = require('stream');
    pipeline(fs.createReadStream('stream.txt'), fs.createWriteStream('piped.txt'), (err) => {
      console.log('pipeline', err, fs.readFileSync('piped.txt', 'utf8') === fs.readFileSync('stream.txt', 'utf8'));
      next();
    });
  },
];
(function run(i) {
  if (i === steps.length) {
    process.chdir(os.tmpdir());
    fs.rmSync(root, { recursive: true });
    console.log('done', fs.existsSync(root));
    return;
  }
  steps[i](() => run(i + 1));
})(0);

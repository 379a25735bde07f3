// Every posix path function over a table of inputs; printed for comparison with Node.
const path = require('path');
const inputs = ['', '.', '..', '/', '//', '///', 'a', 'a/', 'a//', '/a', '/a/', '//a', 'a/b', 'a/b/', '/a/b/c',
  'a/./b', 'a/../b', '../a', '../../a/b', '/..', '/../a', 'a/b/..', 'a/b/../..', 'a/b/../../..', './a', '.a',
  'a.', 'a.b', 'a.b.c', '.a.b', '..a', 'a..', '/a/b.c/', 'a/b.c//', '/.', '/a/.', 'a/.b', 'file.tar.gz',
  '/foo/bar/baz/asdf/quux.html', 'C:\\x\\y', 'a\\b/c', ' ', '/ a / b '];
const out = (k, v) => console.log(k + ' ' + JSON.stringify(v));
for (const p of inputs) {
  out('normalize ' + JSON.stringify(p), path.normalize(p));
  out('dirname ' + JSON.stringify(p), path.dirname(p));
  out('basename ' + JSON.stringify(p), path.basename(p));
  out('basename-ext ' + JSON.stringify(p), path.basename(p, '.c'));
  out('extname ' + JSON.stringify(p), path.extname(p));
  out('isAbsolute ' + JSON.stringify(p), path.isAbsolute(p));
  out('parse ' + JSON.stringify(p), path.parse(p));
  out('format(parse) ' + JSON.stringify(p), path.format(path.parse(p)));
  out('resolve-abs ' + JSON.stringify(p), path.resolve('/base/dir', p));
  out('toNamespacedPath ' + JSON.stringify(p), path.toNamespacedPath(p));
}
for (const a of inputs.slice(0, 20)) {
  for (const b of ['', 'x', '/x', '../x', 'x/..', './']) {
    out('join ' + JSON.stringify([a, b]), path.join(a, b));
  }
}
const rel = [['/a/b', '/a/b'], ['/a/b', '/a/b/c/d'], ['/a/b/c', '/a/x'], ['/', '/a'], ['/a', '/'], ['/a/b', '/a/bc'],
  ['/a/bc', '/a/b'], ['/data/orandea/test/aaa', '/data/orandea/impl/bbb'], ['/a/./b/', '/a/b/../c'], ['/foo/bar', '/foo/bar/']];
for (const [a, b] of rel) out('relative ' + JSON.stringify([a, b]), path.relative(a, b));
out('relative cwd', path.relative('', process.cwd()));
out('resolve none', path.resolve() === process.cwd());
out('resolve rel', path.resolve('x/y', '../z') === process.cwd() + '/x/z');
out('resolve multi', path.resolve('/a', 'b', '/c', 'd', '..', 'e/'));
out('join none', path.join());
const fmt = [{ root: '/', dir: '/x', base: 'f.txt' }, { root: '/', name: 'f', ext: '.txt' }, { dir: 'd', name: 'n', ext: 'e' },
  { root: '/', base: 'b', name: 'ignored' }, { dir: '', base: 'b' }, {}, { name: 'x' }, { root: 'r', dir: 'r' }, { ext: '.e' }];
for (const f of fmt) out('format ' + JSON.stringify(f), path.format(f));
out('sep delimiter', [path.sep, path.delimiter]);
out('posix', path.posix === path && path.posix.posix === path);
out('path/posix module', require('path/posix') === path);
out('win32 exists', typeof path.win32);
for (const [fn, args] of [['join', [1]], ['resolve', [null]], ['basename', ['a', 1]], ['normalize', [{}]], ['relative', ['a', undefined]], ['format', ['x']], ['extname', [undefined]]]) {
  try { path[fn](...args); out('error ' + fn, 'none'); } catch (e) { out('error ' + fn, e.code + ' ' + e.message); }
}

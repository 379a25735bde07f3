// child_process sync calls (and exec/execFile callbacks) against Node.js 20.
const cp = require('node:child_process');
const show = (label, f) => {
  try {
    const v = f();
    console.log(label, v);
  } catch (e) {
    console.log(label, 'throws', e.message, e.status, e.signal, e.code, e.errno, e.syscall, e.path, e.spawnargs, e.stdout, e.stderr);
  }
};
show('execSync', () => cp.execSync('echo hello'));
show('execSync encoding', () => cp.execSync('printf "%s" "a b"; echo', { encoding: 'utf8' }));
show('execSync input', () => cp.execSync('tr a-z A-Z', { input: 'shout' }).toString());
show('execSync env', () => cp.execSync('echo $FOO', { env: { FOO: 'bar', PATH: process.env.PATH }, encoding: 'utf8' }));
show('execSync cwd', () => cp.execSync('pwd', { cwd: '/', encoding: 'utf8' }));
show('execSync fails', () => cp.execSync('echo out; echo err >&2; exit 3', { stdio: 'pipe' }));
show('execSync status', () => cp.execSync('exit 3', { stdio: 'ignore' }));
show('execFileSync', () => cp.execFileSync('echo', ['a', 'b c'], { encoding: 'utf8' }));
show('execFileSync missing', () => cp.execFileSync('no-such-command-xyz'));
const r = cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 4']);
console.log('spawnSync', Object.keys(r), r.status, r.signal, r.stdout, r.stderr, r.output.length, r.output[0], typeof r.pid);
const e = cp.spawnSync('no-such-command-xyz', ['a']);
console.log('spawnSync missing', e.error.message, e.error.code, e.error.errno, e.error.syscall, e.error.path, e.error.spawnargs, e.status, e.stdout, e.pid);
const t = cp.spawnSync('sleep', ['5'], { timeout: 200 });
console.log('spawnSync timeout', t.error.code, t.error.message, t.signal, t.status);
const s = cp.spawnSync('cat', { input: Buffer.from('piped in'), encoding: 'utf8' });
console.log('spawnSync input', s.stdout, s.status);
console.log('spawnSync shell', cp.spawnSync('echo $((1+2))', { shell: true, encoding: 'utf8' }).stdout);
show('spawn unsupported', () => typeof cp.spawn);
cp.exec('echo async; exit 0', (err, stdout, stderr) => {
  console.log('exec', err, JSON.stringify(stdout), JSON.stringify(stderr));
  cp.execFile('sh', ['-c', 'echo x >&2; exit 2'], (err2, out2, err2text) => {
    console.log('execFile', err2 && err2.code, JSON.stringify(out2), JSON.stringify(err2text));
  });
});

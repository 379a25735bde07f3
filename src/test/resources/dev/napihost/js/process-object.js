// process properties whose values are deterministic, printed for comparison with Node.
const out = (k, v) => console.log(k + ':', typeof v === 'string' ? v : JSON.stringify(v));
function err(f) { try { f(); return 'no error'; } catch (e) { return e.code + ' ' + e.name + ': ' + e.message; } }
out('argv.length', process.argv.length);
out('argv[1] is this file', process.argv[1] === __filename);
out('argv rest', process.argv.slice(2));
out('argv0 type', typeof process.argv0);
out('execPath absolute', require('path').isAbsolute(process.execPath));
out('platform', process.platform);
out('arch', process.arch);
out('pid', Number.isInteger(process.pid) && process.pid > 0);
out('ppid', Number.isInteger(process.ppid) && process.ppid > 0 && process.ppid !== process.pid);
out('version', /^v22\.\d+\.\d+$/.test(process.version) || /^v\d+\.\d+\.\d+$/.test(process.version));
out('versions.node', 'v' + process.versions.node === process.version);
out('versions.napi', Number(process.versions.napi) >= 9);
out('release.name', process.release.name);
out('title type', typeof process.title);
// env
process.env.NAPIHOST_T1 = 42;
out('env number coerced', [process.env.NAPIHOST_T1, typeof process.env.NAPIHOST_T1]);
process.env.NAPIHOST_T2 = undefined;
out('env undefined coerced', process.env.NAPIHOST_T2);
process.env.NAPIHOST_T3 = true;
out('env bool', process.env.NAPIHOST_T3);
out('env in', 'NAPIHOST_T1' in process.env);
delete process.env.NAPIHOST_T1;
out('env deleted', ['NAPIHOST_T1' in process.env, process.env.NAPIHOST_T1]);
out('env keys has PATH', Object.keys(process.env).includes('PATH'));
out('env symbol value', err(() => { process.env.X = Symbol('s'); }).split(' ')[1]);
// cwd / chdir
const start = process.cwd();
out('cwd is dirname', start === __dirname);
process.chdir('..');
out('chdir ..', process.cwd() === require('path').dirname(__dirname));
process.chdir(start);
out('chdir back', process.cwd() === start);
out('chdir missing', err(() => process.chdir('/nonexistent-dir-xyz')));
// time
const t0 = process.hrtime();
out('hrtime shape', Array.isArray(t0) && t0.length === 2 && Number.isInteger(t0[0]) && Number.isInteger(t0[1]) && t0[1] < 1e9);
const d = process.hrtime(t0);
out('hrtime diff small', d[0] === 0 && d[1] >= 0);
out('hrtime bad arg', err(() => process.hrtime(1)).split(' ')[0]);
out('hrtime bad length', err(() => process.hrtime([1])).split(' ')[0]);
const b0 = process.hrtime.bigint();
out('hrtime.bigint', typeof b0 === 'bigint' && process.hrtime.bigint() >= b0);
const mu = process.memoryUsage();
out('memoryUsage keys', Object.keys(mu).sort());
out('memoryUsage numbers', Object.values(mu).every((v) => typeof v === 'number' && v >= 0) && mu.rss > 0);
out('memoryUsage.rss', typeof process.memoryUsage.rss());
out('uptime', typeof process.uptime() === 'number' && process.uptime() >= 0);
// exitCode validation
out('exitCode initial', process.exitCode);
out('exitCode bad', err(() => { process.exitCode = 'abc'; }).split(' ')[0]);
out('exitCode float', err(() => { process.exitCode = 1.5; }).split(' ')[0]);
process.exitCode = '0';
out('exitCode string', process.exitCode);
process.exitCode = undefined;
// report
const report = process.report.getReport();
out('report glibc', typeof report.header.glibcVersionRuntime === 'string' && /^\d+\.\d+/.test(report.header.glibcVersionRuntime));
out('report header', [typeof report.header.nodejsVersion, report.header.platform === undefined ? 'linux' : report.header.platform]);
// streams
out('stdout.write returns', process.stdout.write(''));
process.stdout.write('stdout write\n');
process.stderr.write('stderr write\n');
process.stdout.write(new Uint8Array([98, 121, 116, 101, 115, 10]));
// events
process.once('beforeExit', (code) => console.log('beforeExit once', code));
process.on('exit', function (code) { console.log('exit', code, this === process); });
process.nextTick((a, b) => console.log('nextTick args', a, b), 1, 'two');
process.emitWarning('plain warning');
process.emitWarning('custom', 'CustomWarning', 'CODE1');
process.emitWarning('deprecated thing', 'DeprecationWarning', 'DEP0999');
process.emitWarning('with detail', { type: 'DetailWarning', code: 'C2', detail: 'more info' });
process.on('warning', (w) => console.log('warning event', w.name, w.message));
out('toString', Object.prototype.toString.call(process));

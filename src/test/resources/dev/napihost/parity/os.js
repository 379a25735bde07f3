// os against Node.js 20 on the same machine (values that do not change between two runs).
const os = require('node:os');
console.log(os.platform(), os.arch(), os.type(), os.release(), os.machine(), os.version());
console.log(JSON.stringify(os.EOL), os.endianness(), os.devNull, os.hostname());
console.log(os.homedir(), os.tmpdir());
console.log(os.totalmem(), typeof os.freemem(), os.freemem() > 0, os.freemem() <= os.totalmem());
const cpus = os.cpus();
console.log(cpus.length > 0, cpus.length, os.availableParallelism(), cpus[0].model, typeof cpus[0].speed, Object.keys(cpus[0]), Object.keys(cpus[0].times));
console.log(typeof os.uptime(), os.uptime() > 0, os.loadavg().length);
const u = os.userInfo();
console.log(u.uid, u.gid, u.username, u.homedir, u.shell, Buffer.isBuffer(os.userInfo({ encoding: 'buffer' }).username));
console.log(os.constants.signals.SIGTERM, os.constants.signals.SIGKILL, os.constants.errno.ENOENT, os.constants.errno.EACCES,
  os.constants.priority.PRIORITY_HIGH, os.constants.dlopen.RTLD_NOW, Object.isFrozen(os.constants.signals));
console.log(Object.keys(os.constants.signals).length, Object.keys(os.constants.errno).length);
console.log(os.getPriority(), typeof os.networkInterfaces(), os.networkInterfaces().lo[0].address);
process.env.TMPDIR = '/var/tmp/';
console.log(os.tmpdir());

'use strict';
// `os`: answers read from Linux's /proc and /etc files and the environment, as libuv does.
const { config } = internalBinding;
const fs = require('fs');

function readText(file) {
  try {
    return fs.readFileSync(file, 'latin1');
  } catch {
    return '';
  }
}

function env() {
  return internalBinding.process.env;
}

function meminfo(key) {
  const m = new RegExp('^' + key + ':\\s+(\\d+)', 'm').exec(readText('/proc/meminfo'));
  return m ? Number(m[1]) * 1024 : 0;
}

function tmpdir() {
  const e = env();
  let dir = e.TMPDIR || e.TMP || e.TEMP || '/tmp';
  if (dir.length > 1 && dir.endsWith('/')) dir = dir.slice(0, -1);
  return dir;
}

// The passwd entry of the current user (uid from /proc/self/status).
function passwdEntry() {
  const m = /^Uid:\s+(\d+)/m.exec(readText('/proc/self/status'));
  const g = /^Gid:\s+(\d+)/m.exec(readText('/proc/self/status'));
  const uid = m ? Number(m[1]) : -1;
  const gid = g ? Number(g[1]) : -1;
  for (const line of readText('/etc/passwd').split('\n')) {
    const f = line.split(':');
    if (f.length >= 7 && Number(f[2]) === uid) return { uid, gid, username: f[0], homedir: f[5], shell: f[6] };
  }
  return { uid, gid, username: env().USER || '', homedir: env().HOME || '', shell: null };
}

function homedir() {
  return env().HOME || passwdEntry().homedir;
}

// One entry per logical CPU: model and speed from /proc/cpuinfo, times (ms) from /proc/stat.
function cpus() {
  const info = readText('/proc/cpuinfo').split('\n\n').filter((b) => /^processor/m.test(b));
  const stat = readText('/proc/stat').split('\n').filter((l) => /^cpu\d+ /.test(l));
  return stat.map((line, i) => {
    const t = line.trim().split(/\s+/).slice(1).map(Number);
    const block = info[i] || '';
    const model = /^model name\s*:\s*(.*)$/m.exec(block);
    const mhz = /^cpu MHz\s*:\s*([\d.]+)$/m.exec(block);
    return {
      model: model ? model[1] : 'unknown',
      speed: mhz ? Math.floor(Number(mhz[1])) : 0,
      times: { user: t[0] * 10, nice: t[1] * 10, sys: t[2] * 10, idle: t[3] * 10, irq: t[5] * 10 },
    };
  });
}

const signals = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7, SIGFPE: 8, SIGKILL: 9,
  SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16,
  SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25,
  SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
};
const errno = {
  E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11, EALREADY: 114, EBADF: 9,
  EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10, ECONNABORTED: 103, ECONNREFUSED: 111, ECONNRESET: 104,
  EDEADLK: 35, EDESTADDRREQ: 89, EDOM: 33, EDQUOT: 122, EEXIST: 17, EFAULT: 14, EFBIG: 27, EHOSTUNREACH: 113,
  EIDRM: 43, EILSEQ: 84, EINPROGRESS: 115, EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106, EISDIR: 21, ELOOP: 40,
  EMFILE: 24, EMLINK: 31, EMSGSIZE: 90, EMULTIHOP: 72, ENAMETOOLONG: 36, ENETDOWN: 100, ENETRESET: 102,
  ENETUNREACH: 101, ENFILE: 23, ENOBUFS: 105, ENODATA: 61, ENODEV: 19, ENOENT: 2, ENOEXEC: 8, ENOLCK: 37,
  ENOLINK: 67, ENOMEM: 12, ENOMSG: 42, ENOPROTOOPT: 92, ENOSPC: 28, ENOSR: 63, ENOSTR: 60, ENOSYS: 38,
  ENOTCONN: 107, ENOTDIR: 20, ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95, ENOTTY: 25, ENXIO: 6, EOPNOTSUPP: 95,
  EOVERFLOW: 75, EPERM: 1, EPIPE: 32, EPROTO: 71, EPROTONOSUPPORT: 93, EPROTOTYPE: 91, ERANGE: 34, EROFS: 30,
  ESPIPE: 29, ESRCH: 3, ESTALE: 116, ETIME: 62, ETIMEDOUT: 110, ETXTBSY: 26, EWOULDBLOCK: 11, EXDEV: 18,
};
const priority = {
  PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0, PRIORITY_ABOVE_NORMAL: -7,
  PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
};
const constants = {
  UV_UDP_REUSEADDR: 4,
  dlopen: { RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 },
  errno,
  signals,
  priority,
};

function userInfo(options) {
  const p = passwdEntry();
  const asBuffer = options && options.encoding === 'buffer';
  const enc = (s) => (asBuffer && typeof s === 'string' ? Buffer.from(s) : s);
  return { uid: p.uid, gid: p.gid, username: enc(p.username), homedir: enc(p.homedir), shell: enc(p.shell) };
}

function loopbackInterfaces() {
  return {
    lo: [
      { address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' },
    ],
  };
}

module.exports = {
  arch: () => config.arch,
  availableParallelism: () => Math.max(1, cpus().length),
  cpus,
  endianness: () => 'LE',
  freemem: () => meminfo('MemAvailable') || meminfo('MemFree'),
  getPriority: () => 0,
  homedir,
  hostname: () => readText('/proc/sys/kernel/hostname').trim() || 'localhost',
  loadavg: () => readText('/proc/loadavg').split(' ').slice(0, 3).map(Number),
  machine: () => (config.arch === 'x64' ? 'x86_64' : config.arch === 'arm64' ? 'aarch64' : config.arch),
  // Only the loopback interface: napi-host has no network stack to enumerate the others.
  networkInterfaces: loopbackInterfaces,
  platform: () => 'linux',
  release: () => readText('/proc/sys/kernel/osrelease').trim(),
  setPriority: () => {},
  tmpdir,
  totalmem: () => meminfo('MemTotal'),
  type: () => 'Linux',
  uptime: () => Math.floor(Number(readText('/proc/uptime').split(' ')[0])),
  userInfo,
  version: () => readText('/proc/sys/kernel/version').trim(),
  constants,
  EOL: '\n',
  devNull: '/dev/null',
};

// Environment facts: the uv loop pointer (stable, non-null), the Node version (the one
// process.version reports), the module's file name (a file: URL of the addon), misuse statuses;
// napi_fatal_exception with an 'uncaughtException' listener. Same output under napi-host and Node.
'use strict';
const path = require('path');
const { pathToFileURL } = require('url');
const file = path.resolve(process.argv[2]);
const a = require(file);
console.log('uv loop stable and non-null', a.uvLoop());
const v = a.nodeVersion();
console.log('node version matches process.version', `v${v.major}.${v.minor}.${v.patch}` === process.version);
console.log('release', v.release, 'same pointer', v.stable);
console.log('napi_get_version is process.versions.napi', String(a.napiVersion()) === process.versions.napi);
console.log('module file name is its file URL', a.moduleFileName() === pathToFileURL(file).href);
console.log('starts with file://', a.moduleFileName().startsWith('file:///'));
console.log('misuse statuses', JSON.stringify(a.factStatuses()));

// napi_fatal_exception: listeners of 'uncaughtException' get the value (origin 'uncaughtException'),
// then the call returns napi_ok and the process goes on.
const seen = [];
process.once('uncaughtException', (err, origin) => seen.push([err.message, origin]));
console.log('fatal exception status', a.fatalException(new Error('handed over')));
console.log('listener saw', JSON.stringify(seen));
process.once('uncaughtException', (err) => seen.push(['non-error', typeof err, err]));
console.log('fatal exception status', a.fatalException(42));
console.log('listener saw', JSON.stringify(seen));
if (process.argv[3] === 'listenerThrows') {
  // A listener that throws: printed, exit code 7, as for any uncaught exception.
  process.on('exit', (code) => console.log('exit event', code));
  process.once('uncaughtException', () => { throw new Error('the listener threw'); });
  a.fatalException(new Error('handed over again'));
  console.log('not reached');
}
if (process.argv[3] === 'unhandled') {
  process.on('exit', (code) => console.log('exit event', code));
  a.fatalException(new Error('nobody listens'));
  console.log('not reached');
}

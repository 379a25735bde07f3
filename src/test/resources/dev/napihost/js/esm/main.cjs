// import() from CommonJS resolves relative to the CommonJS file.
console.log('cjs start');
import('./lib/helper.mjs')
  .then((m) => console.log('dynamic', m.helper()))
  .then(() => import('./pkgmod/index.js'))
  .then((m) => console.log('type module', m.kind));

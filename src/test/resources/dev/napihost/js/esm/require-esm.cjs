// require() of an ES module returns its namespace, the same instance import() gets.
const ns = require('./lib/helper.mjs');
console.log(Object.keys(ns), ns.helper());
const typed = require('./pkgmod/index.js');
console.log(typed.kind);
import('./lib/helper.mjs').then((m) => console.log('same instance', m === ns));

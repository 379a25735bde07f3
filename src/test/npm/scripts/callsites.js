// callsites: the caller's CallSite objects (Error.prepareStackTrace returning the array).
const path = require('path');
const callsites = require('callsites');

const here = (sites) => sites.filter((s) => s.getFileName() === __filename).map((s) => [
  path.basename(s.getFileName()), s.getLineNumber(), s.getColumnNumber(), s.getFunctionName(),
  s.getMethodName(), s.getTypeName(), s.isToplevel(), s.isConstructor(), s.isEval(), s.isNative(),
].join(' '));

function callee() {
  return callsites();
}
function middle() {
  return here(callee());
}
console.log(middle());

class Shape {
  constructor() {
    this.sites = here(callsites());
  }
  area() {
    return here(callsites());
  }
  static make() {
    return new Shape();
  }
}
console.log(Shape.make().sites);
console.log(new Shape().area());
const obj = { method() { return here(callsites()); } };
console.log(obj.method());
console.log(here(eval('callsites()')).length >= 0);
console.log([1].map(function mapper() { return here(callsites()); })[0]);

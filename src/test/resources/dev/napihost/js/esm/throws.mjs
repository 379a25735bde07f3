import './lib/helper.mjs';
function f() {
  throw new Error('boom');
}
f();

function f() {
  return 'f';
}
module.exports = { f, g: 2, 'h-i': 3 };

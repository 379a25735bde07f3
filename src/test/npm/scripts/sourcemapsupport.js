// source-map-support: stack traces mapped back through an inline source map, which it applies
// with Error.prepareStackTrace and CallSite objects. The map is built with its own dependency,
// source-map, for a generated file written next to this script.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { SourceMapGenerator } = require('source-map');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sms-'));
const generated = path.join(dir, 'bundle.js');
const code = [
  'function thrower(x) {',
  '  if (x > 1) throw new Error("mapped failure " + x);',
  '  return x;',
  '}',
  'exports.thrower = thrower;',
].join('\n');
const map = new SourceMapGenerator({ file: 'bundle.js' });
map.addMapping({ generated: { line: 1, column: 0 }, original: { line: 10, column: 0 }, source: 'src/thrower.ts', name: 'thrower' });
map.addMapping({ generated: { line: 2, column: 12 }, original: { line: 12, column: 6 }, source: 'src/thrower.ts' });
map.addMapping({ generated: { line: 2, column: 18 }, original: { line: 12, column: 12 }, source: 'src/thrower.ts' });
map.setSourceContent('src/thrower.ts', 'original source');
fs.writeFileSync(generated, code + '\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,'
  + Buffer.from(map.toString()).toString('base64') + '\n');

require('source-map-support').install({ environment: 'node', handleUncaughtExceptions: false });
const { thrower } = require(generated);
console.log(thrower(1));
try {
  thrower(2);
} catch (e) {
  const lines = e.stack.split('\n');
  console.log(lines[0]);
  console.log(lines[1].trim().replace(dir, '<dir>'));
  console.log(lines.some((l) => l.includes('sourcemapsupport.js')));
}
fs.rmSync(dir, { recursive: true });

// ES modules under napi-host and Node: imports of ESM, CommonJS packages (one loading a C addon),
// core modules with named exports, import.meta, createRequire, dynamic import() and resolution errors.
import events, { EventEmitter } from 'node:events';
import { join, basename } from 'path';
import * as pathNs from 'node:path';
import def, { add, name } from 'cjspkg';
import { which } from 'dual';
import { hello, add as nativeAdd } from 'addonpkg';
import { createRequire } from 'module';
import { helper } from './lib/helper.mjs';
import { kind } from './pkgmod/index.js';
import mainOnly from 'mainonly';
import * as literal from 'shapes/literal.js';
import * as reexport from 'shapes/reexport.js';
import * as dynamic from 'shapes/dynamic.js';
import data from './data.json' with { type: 'json' };

const show = (label, v) => console.log(label + ':', v);
show('events', [typeof events, events === EventEmitter]);
show('path', [join('a', 'b'), basename('/x/y.txt'), pathNs.default === pathNs.default.posix || typeof pathNs.join]);
show('cjs', [def.name, add(2, 3), name, Object.keys(def).sort().join(',')]);
show('exports conditions', which);
show('addon via package', [hello(), nativeAdd(2, 40)]);
show('helper', helper());
show('type module .js', kind);
show('legacy main', mainOnly);
show('json module', data);
show('cjs shapes', [Object.keys(literal).sort(), literal.f(), Object.keys(reexport).sort(), Object.keys(dynamic).sort(), dynamic.default.hidden]);
show('meta.url', import.meta.url === 'file://' + import.meta.filename);
show('meta.dirname', import.meta.dirname === import.meta.filename.slice(0, import.meta.filename.lastIndexOf('/')));
show('meta.resolve', [import.meta.resolve('./lib/helper.mjs') === new URL('./lib/helper.mjs', import.meta.url).href, import.meta.resolve('fs')]);

const require = createRequire(import.meta.url);
show('createRequire json', require('./data.json').x);
const addon = require(process.argv[2]);
show('createRequire addon', [addon.hello(), addon.add(1, 2)]);
show('same cjs instance', require('cjspkg') === def);

const again = await import('./lib/helper.mjs');
show('dynamic import cached', again.helper === helper);
const ns = await import('cjspkg');
show('dynamic import cjs', [ns.default === def, ns.add === add]);

async function fails(label, specifier) {
  try {
    await import(specifier);
    show(label, 'loaded');
  } catch (e) {
    show(label, [e.name, e.code, e.message.replaceAll(import.meta.dirname, '<D>')]);
  }
}
await fails('missing package', 'nope');
await fails('missing file', './missing.mjs');
await fails('no extension guessing', './lib/helper');
await fails('directory', './lib');
await fails('missing named export', './lib/bad.mjs');
await fails('not exported subpath', 'exportsonly/private.js');
await fails('unknown builtin', 'node:nope');
await fails('addon file', process.argv[2]);

// Globals whose modules napi-host loads on first use (bootstrap.js defineLazyGlobal) behave like
// Node's: a write or delete before the first read wins, and once used they are plain properties.
'use strict';
const shape = (name) => {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  if (d === undefined) return name + ': absent';
  return name + ': ' + ('value' in d ? 'value ' + typeof d.value + (d.writable ? ' writable' : '') : 'accessor') +
    (d.enumerable ? ' enumerable' : '') + (d.configurable ? ' configurable' : '');
};

globalThis.URL = 'replaced before use';
console.log(URL, shape('URL'));
delete globalThis.URLSearchParams;
console.log(typeof URLSearchParams, 'URLSearchParams' in globalThis, shape('URLSearchParams'));

console.log(Object.keys(globalThis).filter((k) => k === 'atob' || k === 'btoa').join());
console.log(btoa('lazy'), atob('bGF6eQ=='), shape('atob'), shape('btoa'));
console.log(shape('console'));

console.log(Buffer.from('lazy').toString('hex'), Buffer === require('buffer').Buffer);
globalThis.Buffer = 5;
console.log(Buffer, typeof require('buffer').Buffer);

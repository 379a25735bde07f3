// Every Node-API 10 function (node-api-headers' list, argv[3]) called with a NULL env, then with a
// valid env and every other argument NULL/0, under napi-host only (Node itself aborts on several).
// Prints the functions whose answer breaks the rule: a NULL env gets napi_invalid_arg; with an env,
// anything but napi_ok unless the function accepts all-NULL arguments.
'use strict';
const a = require(process.argv[2]);
const symbols = require(process.argv[3]);
const names = new Set();
for (let v = 1; v <= 10; v++) {
  for (const part of ['js_native_api_symbols', 'node_api_symbols']) for (const n of symbols['v' + v][part]) names.add(n);
}
const list = [...names].sort();
// With every argument NULL these succeed in Node too: nothing to check or nothing to refuse.
const acceptsNull = new Set(['napi_set_instance_data', 'napi_get_last_error_info']);
const noEnv = a.statuses(list, false);
const withEnv = a.statuses(list, true);
let checked = 0;
for (let i = 0; i < list.length; i++) {
  if (noEnv[i] === -1) continue;
  checked++;
  if (noEnv[i] !== 1) console.log('NULL env:', list[i], 'answered', noEnv[i]);
  if (withEnv[i] === -1) continue;
  if (withEnv[i] === 0 && !acceptsNull.has(list[i])) console.log('NULL arguments:', list[i], 'answered napi_ok');
  if (withEnv[i] >= 1000) console.log('NULL arguments:', list[i], 'left an exception pending');
  if (withEnv[i] === -2) console.log('missing:', list[i]);
}
console.log('checked', checked, 'functions of', list.length);

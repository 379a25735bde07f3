// The basic cgo scenarios (issue 5, 1 and 2): the process's very first Go call is synchronous on
// the JS thread right after require; a synchronous call fans out to 1,000 goroutines; many calls.
// Run as: node basic.js path/to/basic.node (napi-host must print the same).
'use strict';
const basic = require(process.argv[2]);
console.log('first call', basic.add(2, 3));
console.log('fan-out of 1000 goroutines', basic.fanOut(1000));
let sum = 0;
for (let i = 0; i < 100000; i++) sum = basic.add(sum, 1) & 0xffff;
console.log('100000 calls', sum);

// Loads the C addon built from hello.c (Maven puts it in target/examples/) and calls it.
const path = require('path');
const hello = require(path.join(__dirname, '..', '..', 'target', 'examples', 'hello.node'));

console.log(hello.greet('napi-host'));
console.log('2 + 3 =', hello.add(2, 3));

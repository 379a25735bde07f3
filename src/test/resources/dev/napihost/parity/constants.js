// os.constants, fs.constants, crypto.constants and the legacy `constants` module: every key, in
// order, with its value and the objects' frozenness. OPENSSL_VERSION_NUMBER is left out: napi-host
// reports Node 22.14's OpenSSL, the `node` here may bundle another.
const entries = (o) => JSON.stringify(Object.entries(o).filter(([k]) => k !== 'OPENSSL_VERSION_NUMBER'));
const os = require('os');
const legacy = require('constants');
console.log('os', JSON.stringify(os.constants), Object.isFrozen(os.constants));
console.log('fs', entries(require('fs').constants), Object.isFrozen(require('fs').constants));
console.log('crypto', entries(require('crypto').constants), Object.isFrozen(require('crypto').constants));
console.log('constants', entries(legacy), Object.isFrozen(legacy), typeof legacy.OPENSSL_VERSION_NUMBER);
console.log('same object', require('node:constants') === legacy, require('fs').constants === require('fs/promises').constants);

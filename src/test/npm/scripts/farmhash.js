// farmhash: 32/64-bit fingerprints and hashes of strings and Buffers.
const farmhash = require('farmhash');
for (const input of ['', 'hello', 'napi-host'.repeat(50), Buffer.from([1, 2, 3, 4])]) {
  console.log(farmhash.fingerprint32(input), farmhash.fingerprint64(input), farmhash.hash32(input),
    farmhash.hash64(input), farmhash.hash32WithSeed(input, 7), farmhash.hash64WithSeed(input, 7));
}

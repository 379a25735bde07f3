// @node-rs/argon2: hash and verify, sync and async (async runs on the addon's worker threads).
const argon2 = require('@node-rs/argon2');
const salt = Buffer.from('0123456789abcdef');
const opts = { salt, memoryCost: 1024, timeCost: 2, parallelism: 1 };
const h = argon2.hashSync('correct horse', opts);
console.log('hashSync', h);
console.log('verifySync ok', argon2.verifySync(h, 'correct horse'), 'bad', argon2.verifySync(h, 'wrong'));
const raw = argon2.hashRawSync('pw', opts);
console.log('hashRawSync', Buffer.from(raw).toString('hex'));
(async () => {
  const ah = await argon2.hash('async pw', opts);
  console.log('hash', ah);
  console.log('verify', await argon2.verify(ah, 'async pw'), await argon2.verify(ah, 'nope'));
  const many = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => argon2.hash('p' + i, opts)));
  console.log('parallel', many.map((x) => x.slice(-8)).join(' '));
  try { await argon2.verify('not a hash', 'x'); } catch (e) { console.log('error', e.message); }
})();

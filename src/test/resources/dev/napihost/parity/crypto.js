// crypto hashes, HMACs and random helpers against Node.js 20.
const crypto = require('node:crypto');
for (const alg of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-256', 'sha3-256', 'SHA256', 'RSA-SHA1']) {
  console.log(alg, crypto.createHash(alg).update('hello').update(' world').digest('hex'));
}
const h = crypto.createHash('sha256');
h.update(Buffer.from('abc'));
h.update('é', 'latin1');
h.update(new Uint8Array([1, 2, 3]).subarray(1));
h.update('616263', 'hex');
const c = h.copy();
console.log('digest buffer', h.digest());
console.log('copy base64', c.digest('base64'), crypto.createHash('md5').update('').digest('base64url'));
console.log('latin1', JSON.stringify(crypto.createHash('md5').update('x').digest('latin1')));
console.log('empty', crypto.createHash('sha1').digest('hex'));
console.log('big', crypto.createHash('sha256').update(Buffer.alloc(1 << 20, 7)).digest('hex'));
console.log('hash()', crypto.hash ? crypto.hash('sha1', 'abc') : crypto.createHash('sha1').update('abc').digest('hex'));
for (const f of [
  () => crypto.createHash('nope'),
  () => { const x = crypto.createHash('sha1'); x.digest(); x.digest(); },
  () => { const x = crypto.createHash('sha1'); x.digest(); x.update('a'); },
  () => crypto.createHash('sha1').update(5),
  () => crypto.createHash(5),
  () => crypto.createHmac('nope', 'k'),
  () => crypto.randomBytes(-1),
  () => crypto.randomBytes('1'),
  () => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')),
  () => crypto.randomInt(5, 5),
]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log('hmac', crypto.createHmac('sha256', 'key').update('data').digest('hex'));
console.log('hmac buffer key', crypto.createHmac('sha1', Buffer.from([1, 2, 3])).update('x').digest('base64'));
console.log('hmac md5/sha512', crypto.createHmac('md5', 'k').update('v').digest('hex'), crypto.createHmac('sha512', 'k').digest('hex').length);
console.log('hmac empty key', crypto.createHmac('sha256', '').update('x').digest('hex'));
const hm = crypto.createHmac('sha256', 'k');
hm.digest();
console.log('hmac twice', hm.digest('hex'));
const r = crypto.randomBytes(16);
console.log('randomBytes', Buffer.isBuffer(r), r.length, crypto.randomBytes(0).length);
console.log('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()));
let ok = true;
for (let i = 0; i < 200; i++) { const n = crypto.randomInt(3, 7); if (n < 3 || n >= 7 || !Number.isInteger(n)) ok = false; }
console.log('randomInt', ok, crypto.randomInt(1) === 0);
const filled = crypto.randomFillSync(Buffer.alloc(8), 2, 4);
console.log('randomFillSync', filled.length, filled[0], filled[1], filled[6], filled[7]);
console.log('getRandomValues', crypto.getRandomValues(new Uint32Array(4)).length);
console.log('timingSafeEqual', crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ab')), crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ac')));
console.log('getHashes', ['md5', 'sha1', 'sha256', 'sha512'].every((a) => crypto.getHashes().includes(a)));
crypto.randomBytes(4, (err, b) => console.log('randomBytes cb', err, b.length));

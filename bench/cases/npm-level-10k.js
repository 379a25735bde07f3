// classic-level (LevelDB): put then get of 10,000 keys, awaited one by one (ns per put + get pair).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { measureAsync } = require('../measure');
const { ClassicLevel } = require('../npm')('classic-level');

const N = 10000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'napihost-bench-level-'));
const db = new ClassicLevel(dir);

async function round() {
  const start = process.hrtime.bigint();
  for (let i = 0; i < N; i++) {
    const key = 'key' + i;
    await db.put(key, 'value ' + i);
    if ((await db.get(key)) !== 'value ' + i) throw new Error('LevelDB returned a wrong value for ' + key);
  }
  return Number(process.hrtime.bigint() - start) / N;
}

db.open()
  .then(() => measureAsync('npm classic-level put + get (10,000 keys)', round, { rounds: 3, warmupRounds: 2 }))
  .then(() => db.close())
  .finally(() => fs.rmSync(dir, { recursive: true, force: true }));

// Threadsafe-function throughput: 4 native producer threads each make 50,000 non-blocking calls on
// one unbounded threadsafe function (bench/addon/bench_addon.c); ns per call delivered to JS, i.e.
// 1e9 / (calls per second). Producers never wait for JS, so this is the JS thread's delivery rate.
'use strict';
const path = require('path');
const { measureAsync } = require('../measure');

const addon = require(path.join(__dirname, '..', '..', 'target', 'bench', 'bench_addon.node'));
const THREADS = 4;
const CALLS = 50000;

function round() {
  return new Promise((resolve) => {
    let count = 0;
    const start = process.hrtime.bigint();
    addon.tsfnStart(() => {
      if (++count === THREADS * CALLS) resolve(Number(process.hrtime.bigint() - start) / count);
    }, THREADS, CALLS);
  });
}

measureAsync('threadsafe function: calls delivered from 4 threads', round);

// Shared by the bench cases: times `op` in rounds and prints one JSON line, the format bench/run
// reads ({"case", "ns_per_op", "rounds"}). Runs unchanged under napi-host and under node.
'use strict';

// Best of `rounds` timed rounds of `iterations` calls each, after a warm-up: at least
// `warmupRounds` untimed rounds, and more until three rounds in a row agree within 5% (or
// `maxWarmupMs` pass). GraalJS's top tier can take many seconds to arrive on a loaded 2-core
// machine; numbers taken before it are the interpreter's, not the JIT's.
function measure(name, op, { iterations = 5e6, rounds = 5, warmupRounds = 5, maxWarmupMs = 40000,
  // GraalJS (process.versions.graaljs) gets a floor: its interpreter tiers can look 'settled' too.
  minWarmupMs = process.versions.graaljs ? 15000 : 0 } = {}) {
  let sink = 0;
  const round = () => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) sink = op(i, sink);
    return Number(process.hrtime.bigint() - start) / iterations;
  };
  const warmStart = Date.now();
  const recent = [];
  for (let r = 0; ; r++) {
    recent.push(round());
    if (recent.length > 3) recent.shift();
    const settled = recent.length === 3 && Math.max(...recent) <= Math.min(...recent) * 1.05;
    const elapsed = Date.now() - warmStart;
    if (r + 1 >= warmupRounds && elapsed >= minWarmupMs && (settled || elapsed > maxWarmupMs)) break;
  }
  const results = [];
  for (let r = 0; r < rounds; r++) results.push(round());
  // The sink goes into the output so no JIT can drop the calls as dead code.
  console.log(JSON.stringify({
    case: name,
    ns_per_op: Math.min(...results),
    rounds: results.map((ns) => Math.round(ns * 100) / 100),
    sink: typeof sink,
  }));
}

// The same for an operation that completes asynchronously: `round()` resolves to ns per op of one
// timed round. Warm-up as above (GraalJS gets its floor), then the best of `rounds`.
async function measureAsync(name, round, { rounds = 5, warmupRounds = 3, maxWarmupMs = 40000,
  minWarmupMs = process.versions.graaljs ? 15000 : 0 } = {}) {
  const warmStart = Date.now();
  const recent = [];
  for (let r = 0; ; r++) {
    recent.push(await round());
    if (recent.length > 3) recent.shift();
    const settled = recent.length === 3 && Math.max(...recent) <= Math.min(...recent) * 1.05;
    const elapsed = Date.now() - warmStart;
    if (r + 1 >= warmupRounds && elapsed >= minWarmupMs && (settled || elapsed > maxWarmupMs)) break;
  }
  const results = [];
  for (let r = 0; r < rounds; r++) results.push(await round());
  console.log(JSON.stringify({
    case: name,
    ns_per_op: Math.min(...results),
    rounds: results.map((ns) => Math.round(ns * 100) / 100),
  }));
}

module.exports = { measure, measureAsync };

// Shared by the bench cases: times `op` in rounds and prints one JSON line, the format bench/run
// reads ({"case", "ns_per_op", "rounds"}). Runs unchanged under napi-host and under node.
'use strict';

// Best of `rounds` timed rounds of `iterations` calls each, after `warmupRounds` untimed rounds
// (the optimizing JIT of either runtime needs the warm-up before its numbers mean anything).
function measure(name, op, { iterations = 5e6, rounds = 5, warmupRounds = 5 } = {}) {
  let sink = 0;
  const round = () => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) sink = op(i, sink);
    return Number(process.hrtime.bigint() - start) / iterations;
  };
  for (let r = 0; r < warmupRounds; r++) round();
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

module.exports = { measure };

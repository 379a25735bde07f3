// Runs the bench cases under both runtimes and prints ns/op and the napi-host/node ratio.
// A case is a file in bench/cases/ that prints one JSON line {"case", "ns_per_op"} (see measure.js);
// adding a case means adding a file. Start-up is measured here, from outside the process.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const launcher = path.join(root, 'napi-host');
const casesDir = path.join(__dirname, 'cases');
const wanted = process.argv.slice(2);
const selected = (name) => wanted.length === 0 || wanted.includes(name);

const runtimes = [
  { name: 'napi-host', command: launcher },
  { name: 'node', command: process.execPath },
];

function runCase(runtime, file) {
  const r = spawnSync(runtime.command, [file], { encoding: 'utf8', timeout: 600e3 });
  const line = (r.stdout || '').split('\n').reverse().find((l) => l.startsWith('{'));
  if (r.status !== 0 || !line) {
    throw new Error(`${path.basename(file)} failed under ${runtime.name} (exit ${r.status}, ` +
      `signal ${r.signal}):\n${r.stderr}${r.stdout}`);
  }
  return JSON.parse(line);
}

// Wall time of a fresh process that prints "hi", median of `runs`.
function startupMs(command, args, runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(command, args, { encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0 || r.stdout.trim() !== 'hi') {
      throw new Error(`start-up run of ${command} failed (exit ${r.status}):\n${r.stderr}${r.stdout}`);
    }
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const rows = [];
const fmt = (n) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));

for (const file of fs.readdirSync(casesDir).filter((f) => f.endsWith('.js')).sort()) {
  const name = path.basename(file, '.js');
  if (!selected(name)) continue;
  const results = runtimes.map((rt) => runCase(rt, path.join(casesDir, file)));
  rows.push([results[0].case, fmt(results[0].ns_per_op) + ' ns', fmt(results[1].ns_per_op) + ' ns',
    (results[0].ns_per_op / results[1].ns_per_op).toFixed(2)]);
  console.error(`${name}: napi-host rounds ${JSON.stringify(results[0].rounds)}, ` +
    `node rounds ${JSON.stringify(results[1].rounds)}`);
}

if (selected('startup')) {
  const hello = "console.log('hi')";
  const host = startupMs(launcher, ['-e', hello]);
  const node = startupMs(process.execPath, ['-e', hello]);
  rows.push([`start-up: -e "${hello}" (median of 5)`, fmt(host) + ' ms', fmt(node) + ' ms',
    (host / node).toFixed(1)]);
}

const header = ['case', 'napi-host', 'node', 'ratio'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
  .join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));

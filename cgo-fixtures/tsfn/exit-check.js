// Runs exit.js in a child process of the given runtime (default: this node) for each mode and
// checks: it ends promptly (under 5 s from the script's start) although goroutines still run, with the right exit code, and
// the cleanup hook ran on a natural exit. On process.exit() Node 20 does not run environment
// cleanup hooks (observed with 20.20.2), so that line only reports what happened. Run as: node exit-check.js path/to/tsfn.node [runtime command]
'use strict';
const { spawnSync } = require('child_process');
const path = require('path');

const addon = process.argv[2];
const runtime = process.argv[3] || process.execPath;
const script = path.join(__dirname, 'exit.js');
const expectations = { natural: 5, exit: 7 };
const hookRequired = { natural: true, exit: false };
let failed = false;
for (const [mode, code] of Object.entries(expectations)) {
  const r = spawnSync(runtime, [script, addon, mode], { encoding: 'utf8', timeout: 60000 });
  const end = Date.now();
  const lines = r.stdout.trim().split('\n');
  // From the script's first line (after the runtime started and loaded the addon) to the process's end.
  const started = lines.find((l) => l.startsWith('started at '));
  const ms = started ? end - Number(started.slice('started at '.length)) : Infinity;
  const hook = lines.includes('cleanup hook ran');
  const ok = r.status === code && (hook || !hookRequired[mode]) && lines.includes(`exit event ${code}`) && ms < 5000;
  console.log(`${mode}: exit code ${r.status} (want ${code}), signal ${r.signal}, cleanup hook ran ${hook},` +
    ` exit event ${lines.includes(`exit event ${code}`)}, within 5 s ${ms < 5000}`);
  console.error(`${mode}: ${ms} ms\n${r.stdout}${r.stderr}`);
  if (!ok || r.signal) failed = true;
}
process.exitCode = failed ? 1 : 0;

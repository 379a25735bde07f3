// Runs exit.js in a child process of the given runtime (default: this node) for each mode and
// checks: it ends promptly (under 5 s) although goroutines still run, with the right exit code, and
// the cleanup hook ran. Run as: node exit-check.js path/to/tsfn.node [runtime command]
'use strict';
const { spawnSync } = require('child_process');
const path = require('path');

const addon = process.argv[2];
const runtime = process.argv[3] || process.execPath;
const script = path.join(__dirname, 'exit.js');
const expectations = { natural: 5, exit: 7 };
let failed = false;
for (const [mode, code] of Object.entries(expectations)) {
  const start = Date.now();
  const r = spawnSync(runtime, [script, addon, mode], { encoding: 'utf8', timeout: 60000 });
  const ms = Date.now() - start;
  const lines = r.stdout.trim().split('\n');
  const ok = r.status === code && lines.includes('cleanup hook ran') && lines.includes(`exit event ${code}`);
  console.log(`${mode}: exit code ${r.status} (want ${code}), cleanup hook ran ${lines.includes('cleanup hook ran')},` +
    ` exit event ${lines.includes(`exit event ${code}`)}`);
  console.error(`${mode}: ${ms} ms\n${r.stdout}${r.stderr}`);
  if (!ok || r.signal) failed = true;
}
process.exitCode = failed ? 1 : 0;

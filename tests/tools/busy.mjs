#!/usr/bin/env node
/**
 * Runs a command while busy loops keep every core occupied, to show that a test suite holds on a busy machine.
 *
 *   node tests/tools/busy.mjs [--loops N] [--runs K] -- <command> [args…]
 *
 * Starts N busy loops (default: one per core), runs the command K times in a row (default 1), prints each run's
 * exit code and wall time and the load average, then stops the loops, also when interrupted. Exits with the first
 * failing run's code, or 0.
 */
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';

const args = process.argv.slice(2);
const split = args.indexOf('--');
if (split < 0 || split === args.length - 1) {
  console.error('usage: node tests/tools/busy.mjs [--loops N] [--runs K] -- <command> [args…]');
  process.exit(2);
}
const options = args.slice(0, split);
const command = args.slice(split + 1);
const option = (name, fallback) => {
  const i = options.indexOf(name);
  const value = i < 0 ? fallback : Number(options[i + 1]);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`${name} takes a whole number`);
    process.exit(2);
  }
  return value;
};
const loops = option('--loops', availableParallelism());
const runs = option('--runs', 1);

const busy = Array.from({ length: loops }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' })
);
const stopLoops = () => busy.forEach((child) => child.kill('SIGKILL'));
process.on('exit', stopLoops);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
console.log(`busy.mjs: ${loops} busy loop(s) started; load ${load()}`);
let failed = 0;
for (let run = 1; run <= runs; run++) {
  const started = Date.now();
  const { status, signal } = spawnSync(command[0], command.slice(1), { stdio: 'inherit' });
  const code = status ?? (signal ? 1 : 0);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`busy.mjs: run ${run}/${runs}: exit ${code} in ${seconds} s; load ${load()}`);
  if (code !== 0 && !failed) failed = code;
}
process.exit(failed);

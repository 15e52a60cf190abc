#!/usr/bin/env node
// Runs every bench/*.bench.ts in turn and prints what each measures. Benchmarks report numbers against their
// targets; they never fail the build (the targets are goals to watch, not test assertions).
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
// `npm run bench -- app --quick`: names pick the benches; everything from the first flag on is passed to them.
const args = process.argv.slice(2);
const firstFlag = args.findIndex((a) => a.startsWith('-'));
const only = firstFlag < 0 ? args : args.slice(0, firstFlag);
const flags = firstFlag < 0 ? [] : args.slice(firstFlag);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();
for (const file of files) {
  console.log(`\n## ${file.replace('.bench.ts', '')}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(here, file), ...flags], {
    stdio: 'inherit'
  });
  if (result.status !== 0) console.log(`(${file} stopped with exit code ${result.status})`);
}

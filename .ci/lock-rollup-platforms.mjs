#!/usr/bin/env node
// The npm registry this project is installed from serves only the Linux builds of rollup's platform packages, so
// `npm install` leaves the others out of package-lock.json, and `npm ci` then refuses the lockfile as out of sync.
// This adds lock entries for the missing ones, marked optional with their os/cpu/libc, so npm skips them on other
// platforms without fetching them. Run it after any `npm install` that rewrites package-lock.json.
import fs from 'node:fs';

/**
 * A platform package's os, cpu and (on Linux) libc, read from its name: `@rollup/rollup-<os>-<cpu>[-<abi>]`, e.g.
 * `linux-arm64-musl`, `linux-arm-gnueabihf`, `win32-x64-msvc`.
 */
function platformOf(name) {
  const match = /^@rollup\/rollup-([a-z0-9]+)-([a-z0-9]+)(?:-([a-z0-9]+))?$/.exec(name);
  if (!match) return undefined;
  const [, os, cpu, abi = ''] = match;
  const libc =
    os !== 'linux'
      ? undefined
      : abi.startsWith('musl')
        ? 'musl'
        : abi.startsWith('gnu')
          ? 'glibc'
          : undefined;
  return [os, cpu, libc];
}

const file = 'package-lock.json';
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  if (!/(^|\/)node_modules\/rollup$/.test(path) || !entry.optionalDependencies) continue;
  for (const [name, version] of Object.entries(entry.optionalDependencies)) {
    const key = `node_modules/${name}`;
    const platform = platformOf(name);
    if (lock.packages[key] || !platform) continue;
    const [os, cpu, libc] = platform;
    lock.packages[key] = {
      version,
      cpu: [cpu],
      dev: true,
      ...(libc ? { libc: [libc] } : {}),
      license: 'MIT',
      optional: true,
      os: [os]
    };
    added++;
  }
}
const sorted = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)))
);
fs.writeFileSync(file, JSON.stringify({ ...lock, packages: sorted }, null, 2) + '\n');
console.log(`${added} rollup platform entr${added === 1 ? 'y' : 'ies'} added to ${file}`);

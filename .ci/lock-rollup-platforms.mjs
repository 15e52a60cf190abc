#!/usr/bin/env node
// The npm registry this project is installed from serves only the Linux builds of rollup's platform packages, so
// `npm install` leaves the others out of package-lock.json, and `npm ci` then refuses the lockfile as out of sync.
// This adds lock entries for the missing ones, marked optional with their os/cpu/libc, so npm skips them on other
// platforms without fetching them. Run it after any `npm install` that rewrites package-lock.json.
import fs from 'node:fs';

const PLATFORMS = {
  'android-arm-eabi': ['android', 'arm'],
  'android-arm64': ['android', 'arm64'],
  'android-x64': ['android', 'x64'],
  'darwin-arm64': ['darwin', 'arm64'],
  'darwin-x64': ['darwin', 'x64'],
  'freebsd-arm64': ['freebsd', 'arm64'],
  'freebsd-x64': ['freebsd', 'x64'],
  'linux-arm-gnueabihf': ['linux', 'arm', 'glibc'],
  'linux-arm-musleabihf': ['linux', 'arm', 'musl'],
  'linux-arm64-gnu': ['linux', 'arm64', 'glibc'],
  'linux-arm64-musl': ['linux', 'arm64', 'musl'],
  'linux-loong64-gnu': ['linux', 'loong64', 'glibc'],
  'linux-loong64-musl': ['linux', 'loong64', 'musl'],
  'linux-ppc64-gnu': ['linux', 'ppc64', 'glibc'],
  'linux-ppc64-musl': ['linux', 'ppc64', 'musl'],
  'linux-riscv64-gnu': ['linux', 'riscv64', 'glibc'],
  'linux-riscv64-musl': ['linux', 'riscv64', 'musl'],
  'linux-s390x-gnu': ['linux', 's390x', 'glibc'],
  'linux-x64-gnu': ['linux', 'x64', 'glibc'],
  'linux-x64-musl': ['linux', 'x64', 'musl'],
  'openbsd-x64': ['openbsd', 'x64'],
  'openharmony-arm64': ['openharmony', 'arm64'],
  'win32-arm64-msvc': ['win32', 'arm64'],
  'win32-ia32-msvc': ['win32', 'ia32'],
  'win32-x64-gnu': ['win32', 'x64'],
  'win32-x64-msvc': ['win32', 'x64']
};

const file = 'package-lock.json';
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  if (!/(^|\/)node_modules\/rollup$/.test(path) || !entry.optionalDependencies) continue;
  for (const [name, version] of Object.entries(entry.optionalDependencies)) {
    const key = `node_modules/${name}`;
    const platform = PLATFORMS[name.replace('@rollup/rollup-', '')];
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

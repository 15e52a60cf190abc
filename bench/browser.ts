// What the Chromium benchmarks share: the browser they run, how they print a figure, and app code bundled for a page.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

export const CHROMIUM =
  process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
export const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking'
];

/** One figure against its target. */
export const line = (label: string, value: string, target: string, ok: boolean) =>
  console.log(
    `${label.padEnd(44)} ${value.padStart(12)}   target ${target.padEnd(10)} ${ok ? 'ok' : 'MISSED'}`
  );

/** A bench entry (`bench/<name>.ts`, using the app's real modules) bundled into one ES module for a page to import. */
export async function bundleForBrowser(entry: string): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { $lib: resolve('src/lib') } },
    build: {
      write: false,
      minify: true,
      lib: { entry: resolve(entry), formats: ['es'], fileName: 'bench' },
      rolldownOptions: { output: { codeSplitting: false } }
    }
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
  return outputs[0].output.find((o) => o.type === 'chunk')!.code!;
}

/**
 * Build-time reading of the generated built-in packs (static/packs), for the prerender `entries()` of the
 * study and article routes. Server-only: never bundled into the app.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePackIndex, type PackIndexEntry } from '$lib/domain/packs/pack-index';

const PACKS_DIR = join(process.cwd(), 'static', 'packs');

export function builtInIndex(): PackIndexEntry[] {
  const file = join(PACKS_DIR, 'index.json');
  if (!existsSync(file)) return [];
  const parsed = parsePackIndex(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) throw new Error(`static/packs/index.json: ${parsed.problem}`);
  return parsed.packs;
}

/** Every source id of every built-in pack (the article pages to prerender). */
export function builtInSourceIds(): string[] {
  const ids = new Set<string>();
  for (const entry of builtInIndex()) {
    const pack = JSON.parse(readFileSync(join(PACKS_DIR, entry.file), 'utf8')) as {
      sources?: { id?: unknown }[];
    };
    for (const source of pack.sources ?? []) if (typeof source.id === 'string') ids.add(source.id);
  }
  return [...ids].sort();
}

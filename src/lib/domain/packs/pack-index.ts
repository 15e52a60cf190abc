/**
 * The built-in pack index (`/packs/index.json`): written by `sourcewise generate`, read by the app. Checked by hand
 * rather than with zod, because the home screen reads it and must stay light; a broken index gives a message naming
 * the field.
 */
import type { Pack } from './schema';

export const INDEX_FORMAT = 'sourcewise-index';
export const INDEX_VERSION = 1;

export interface PackIndexEntry {
  id: string;
  title: string;
  description: string;
  /** File name under `/packs/`. */
  file: string;
  questionCount: number;
  outlets: string[];
  /** Questions per question type. */
  types: Record<string, number>;
  skills: string[];
}

export type PackIndexResult = { ok: true; packs: PackIndexEntry[] } | { ok: false; problem: string };

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isCounts = (v: unknown): v is Record<string, number> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.values(v).every((n) => typeof n === 'number');
// Pack files are plain names in /packs/: no folders, no way out of the directory.
const SAFE_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.json$/;

export function parsePackIndex(data: unknown): PackIndexResult {
  if (typeof data !== 'object' || data === null)
    return { ok: false, problem: 'the pack index is not a JSON object' };
  const index = data as Record<string, unknown>;
  if (index.format !== INDEX_FORMAT)
    return {
      ok: false,
      problem: `$.format: expected "${INDEX_FORMAT}", found ${JSON.stringify(index.format)}`
    };
  if (index.version !== INDEX_VERSION)
    return {
      ok: false,
      problem: `$.version: this app reads index version ${INDEX_VERSION}, found ${JSON.stringify(index.version)}`
    };
  if (!Array.isArray(index.packs)) return { ok: false, problem: '$.packs: expected a list of packs' };
  const packs: PackIndexEntry[] = [];
  for (const [i, raw] of index.packs.entries()) {
    const at = `$.packs[${i}]`;
    if (typeof raw !== 'object' || raw === null) return { ok: false, problem: `${at}: expected an object` };
    const p = raw as Record<string, unknown>;
    for (const field of ['id', 'title', 'file'] as const)
      if (typeof p[field] !== 'string' || !(p[field] as string).trim())
        return { ok: false, problem: `${at}.${field}: expected a non-empty text` };
    if (!SAFE_FILE.test(p.file as string))
      return { ok: false, problem: `${at}.file: "${String(p.file)}" is not a plain .json file name` };
    if (typeof p.questionCount !== 'number' || p.questionCount < 0)
      return { ok: false, problem: `${at}.questionCount: expected a number of questions` };
    packs.push({
      id: p.id as string,
      title: p.title as string,
      description: typeof p.description === 'string' ? p.description : '',
      file: p.file as string,
      questionCount: p.questionCount,
      outlets: isStrings(p.outlets) ? p.outlets : [],
      types: isCounts(p.types) ? p.types : {},
      skills: isStrings(p.skills) ? p.skills : []
    });
  }
  return { ok: true, packs };
}

/** What the index says of a pack: its title, outlets, question count per type and skills. */
export function packIndexEntry(pack: Pack, file = `${pack.id}.json`): PackIndexEntry {
  const types: Record<string, number> = {};
  for (const q of pack.questions) types[q.type] = (types[q.type] ?? 0) + 1;
  return {
    id: pack.id,
    title: pack.title,
    description: pack.description,
    file,
    questionCount: pack.questions.length,
    outlets: [...new Set(pack.sources.flatMap((s) => (s.outlet ? [s.outlet] : [])))],
    types,
    skills: [...new Set(pack.questions.map((q) => q.skill))]
  };
}

/** A pack stored on the device as the home screen lists it: its entry (no file: storage holds it) and its origin. */
export function storedPackEntry(pack: Pack, origin: string): PackIndexEntry & { origin: string } {
  return { ...packIndexEntry(pack, ''), origin };
}

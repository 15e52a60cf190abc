/** Repository of the learner's own packs (authored, imported, generated in the browser). */
import { validatePack } from '../domain/packs/validate';
import { atomically, reportProblem, type SourcewiseDb } from './db';
import { guard, StorageError } from './errors';
import {
  fieldKey,
  keepValid,
  PACK_CHECK,
  packRecordSchema,
  trustedPackRecordSchema,
  type PackOrigin,
  type PackRecord
} from './records';

/**
 * Saves (creates or replaces) a pack. The pack is validated first, so a broken pack is refused
 * with the JSON path of the first problem instead of being stored.
 */
export async function savePack(
  db: SourcewiseDb,
  pack: unknown,
  origin: PackOrigin,
  now: Date = new Date()
): Promise<PackRecord> {
  const result = validatePack(pack);
  if (!result.ok) {
    const first = result.problems[0];
    throw new StorageError('invalid', `This pack cannot be saved: ${first.path}: ${first.message}`, {
      path: first.path
    });
  }
  const record: PackRecord = {
    id: result.pack.id,
    origin,
    updatedAt: now.getTime(),
    pack: result.pack,
    checked: PACK_CHECK
  };
  await guard(() => db.put('packs', record));
  return record;
}

export async function getPack(db: SourcewiseDb, id: string): Promise<PackRecord | undefined> {
  const value = await guard(() => db.get('packs', id));
  if (value === undefined) return undefined;
  return readPackRecords(db, [value])[0];
}

/** The ids of the stored packs, read without the packs themselves (reading a large pack takes time). */
export async function listPackIds(db: SourcewiseDb): Promise<string[]> {
  return guard(() => db.getAllKeys('packs'));
}

/** All stored packs, most recently updated first; unreadable ones are skipped and reported. */
export async function listPacks(db: SourcewiseDb): Promise<PackRecord[]> {
  const values = await guard(() => db.getAll('packs'));
  return readPackRecords(db, values).sort((a, b) => b.updatedAt - a.updatedAt);
}

/**
 * Stored pack records as the app may use them: one stamped by the current check when it was written is taken as
 * it is once its outline reads (`trustedPackRecordSchema`); any other is checked in full, and skipped and reported
 * when it does not read.
 */
function readPackRecords(db: SourcewiseDb, values: readonly unknown[]): PackRecord[] {
  const stamped: PackRecord[] = [];
  const rest: unknown[] = [];
  for (const value of values) {
    const outline = trustedPackRecordSchema.safeParse(value);
    if (outline.success) stamped.push(value as PackRecord);
    else rest.push(value);
  }
  return [
    ...stamped,
    ...keepValid(packRecordSchema, 'packs', rest, fieldKey('id'), (p) => reportProblem(db, p))
  ];
}

/** Deletes a pack and returns what was stored, so the UI can offer "Undo" (see `restorePack`). */
export async function deletePack(db: SourcewiseDb, id: string): Promise<PackRecord | undefined> {
  return guard(() => {
    const tx = db.transaction('packs', 'readwrite');
    return atomically(tx, async () => {
      const record = await tx.store.get(id);
      if (record !== undefined) await tx.store.delete(id);
      return record;
    });
  });
}

/** Puts back a pack returned by `deletePack`, exactly as it was (same origin and date). */
export async function restorePack(db: SourcewiseDb, record: PackRecord): Promise<void> {
  const parsed = packRecordSchema.safeParse(record);
  if (!parsed.success) throw new StorageError('invalid', 'This pack cannot be restored: it is damaged.');
  await guard(() => db.put('packs', { ...parsed.data, checked: PACK_CHECK }));
}

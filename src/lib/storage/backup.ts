/**
 * Export everything to one versioned backup object, restore it all-or-nothing, reset with one call.
 * A backup is validated in full before anything is touched, so a bad file never half-replaces progress.
 */
import { z } from 'zod';
import { jsonPath } from '../domain/packs/validate';
import { atomically, reportProblem, STORE_NAMES, type SourcewiseDb } from './db';
import { guard, StorageError } from './errors';
import {
  attemptRecordSchema,
  cardRecordSchema,
  classRecordSchema,
  fieldKey,
  keepValid,
  packRecordSchema
} from './records';

export const BACKUP_FORMAT = 'sourcewise-backup';
export const BACKUP_VERSION = 1;
/** Belongs to the database itself, not to the learner's data: never exported or overwritten. */
const SCHEMA_VERSION_KEY = 'schemaVersion';

const metaEntrySchema = z.object({ key: z.string().min(1), value: z.unknown() });

/** Two records with one key would silently collapse into one on restore, so they are refused. */
function uniqueBy<T>(key: (record: T) => string | number, label: string) {
  return (records: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string | number>();
    records.forEach((record, i) => {
      const k = key(record);
      if (seen.has(k))
        ctx.addIssue({ code: 'custom', message: `duplicate ${label} ${JSON.stringify(k)}`, path: [i] });
      seen.add(k);
    });
  };
}

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  /** ISO 8601. */
  exportedAt: z.string(),
  stores: z.object({
    packs: z.array(packRecordSchema).superRefine(uniqueBy((r) => r.id, 'pack id')),
    attempts: z.array(attemptRecordSchema).superRefine(uniqueBy((r) => r.id, 'attempt id')),
    cards: z.array(cardRecordSchema).superRefine(uniqueBy((r) => r.questionId, 'card for question')),
    classes: z.array(classRecordSchema).superRefine(uniqueBy((r) => r.id, 'result id')),
    meta: z.array(metaEntrySchema).superRefine(uniqueBy((r) => r.key, 'setting'))
  })
});

export type Backup = z.infer<typeof backupSchema>;

/** Reads every store into a backup object (JSON-serialisable). Unreadable records are reported and left out. */
export async function exportAll(db: SourcewiseDb, now: Date = new Date()): Promise<Backup> {
  return guard(async () => {
    const tx = db.transaction(STORE_NAMES, 'readonly');
    const [packs, attempts, cards, classes, metaKeys, metaValues] = await Promise.all([
      tx.objectStore('packs').getAll(),
      tx.objectStore('attempts').getAll(),
      tx.objectStore('cards').getAll(),
      tx.objectStore('classes').getAll(),
      tx.objectStore('meta').getAllKeys(),
      tx.objectStore('meta').getAll()
    ]);
    await tx.done;
    const report = (p: Parameters<typeof reportProblem>[1]) => reportProblem(db, p);
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now.toISOString(),
      stores: {
        packs: keepValid(packRecordSchema, 'packs', packs, fieldKey('id'), report),
        attempts: keepValid(attemptRecordSchema, 'attempts', attempts, fieldKey('id'), report),
        cards: keepValid(cardRecordSchema, 'cards', cards, fieldKey('questionId'), report),
        classes: keepValid(classRecordSchema, 'classes', classes, fieldKey('id'), report),
        meta: metaKeys
          .map((key, i) => ({ key: String(key), value: metaValues[i] }))
          .filter((entry) => entry.key !== SCHEMA_VERSION_KEY)
      }
    };
  });
}

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; path: string; message: string };

/** Checks a parsed backup file; the problem names its JSON path (`$.stores.attempts[3].score`). */
export function checkBackup(data: unknown): BackupCheck {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, path: '$', message: 'a backup must be a JSON object' };
  const record = data as Record<string, unknown>;
  if (record.format !== BACKUP_FORMAT)
    return { ok: false, path: '$.format', message: 'this is not a Sourcewise backup file' };
  if (typeof record.version === 'number' && record.version > BACKUP_VERSION)
    return {
      ok: false,
      path: '$.version',
      message: `backup version ${record.version} comes from a newer Sourcewise; update the app first`
    };
  const parsed = backupSchema.safeParse(data);
  if (parsed.success) return { ok: true, backup: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, path: jsonPath(issue.path), message: issue.message };
}

/**
 * Replaces everything with the backup's content in one transaction: if any write fails, nothing changes.
 * Rejects with a `StorageError` of kind `invalid` (with `path`) when the backup does not check out.
 */
export async function restoreAll(db: SourcewiseDb, data: unknown): Promise<void> {
  const checked = checkBackup(data);
  if (!checked.ok)
    throw new StorageError('invalid', `This backup cannot be restored: ${checked.path}: ${checked.message}`, {
      path: checked.path
    });
  const { stores } = checked.backup;
  await guard(() => {
    const tx = db.transaction(STORE_NAMES, 'readwrite');
    return atomically(tx, async (track) => {
      const meta = tx.objectStore('meta');
      const schemaVersion = await meta.get(SCHEMA_VERSION_KEY);
      await Promise.all(STORE_NAMES.map((name) => track(tx.objectStore(name).clear())));
      const writes: Promise<unknown>[] = [
        ...stores.packs.map((r) => track(tx.objectStore('packs').put(r))),
        ...stores.attempts.map((r) => track(tx.objectStore('attempts').put(r))),
        ...stores.cards.map((r) => track(tx.objectStore('cards').put(r))),
        ...stores.classes.map((r) => track(tx.objectStore('classes').put(r))),
        ...stores.meta.filter((e) => e.key !== SCHEMA_VERSION_KEY).map((e) => track(meta.put(e.value, e.key)))
      ];
      if (schemaVersion !== undefined) writes.push(meta.put(schemaVersion, SCHEMA_VERSION_KEY));
      await Promise.all(writes);
    });
  });
}

/** Deletes all packs, progress, results, settings and saved sessions (after the UI has confirmed). */
export async function resetAll(db: SourcewiseDb): Promise<void> {
  await guard(() => {
    const tx = db.transaction(STORE_NAMES, 'readwrite');
    return atomically(tx, async () => {
      const meta = tx.objectStore('meta');
      const schemaVersion = await meta.get(SCHEMA_VERSION_KEY);
      await Promise.all(STORE_NAMES.map((name) => tx.objectStore(name).clear()));
      if (schemaVersion !== undefined) await meta.put(schemaVersion, SCHEMA_VERSION_KEY);
    });
  });
}

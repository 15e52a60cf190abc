/**
 * Export everything to one versioned backup object, restore it all-or-nothing, reset with one call.
 * A backup is validated in full before anything is touched, so a bad file never half-replaces progress.
 */
import { z } from 'zod';
import { jsonPath, plainWords } from '../domain/packs/validate';
import { atomically, reportProblem, STORE_NAMES, type SourcewiseDb, type StoreName } from './db';
import { guard, StorageError } from './errors';
import { scopeLegacyProgress } from './legacy-scopes';
import { writeTallies } from './tally-writes';
import { encodeAttempt, readAttempts } from './attempt-codec';
import {
  attemptRecordSchema,
  cardRecordSchema,
  classRecordSchema,
  fieldKey,
  keepValid,
  legacyAttemptRecordSchema,
  packRecordSchema,
  scheduleRecordSchema
} from './records';

export const BACKUP_FORMAT = 'sourcewise-backup';
/** Version 2: scheduling per scope (`schedules`, attempts with `scope`). Version 1 backups are still restored. */
export const BACKUP_VERSION = 2;
/**
 * Restore and reset replace these: the learner's stores, the unread copy of scheduling from before scopes, and the
 * progress tallies (rebuilt from the restored answers in the same transaction).
 */
const REPLACED_STORES: StoreName[] = [...STORE_NAMES, 'cards', 'tallies'];
/** Belongs to the database itself, not to the learner's data: never exported or overwritten. */
const SCHEMA_VERSION_KEY = 'schemaVersion';

const metaEntrySchema = z.object({ key: z.string().min(1), value: z.unknown() });

/** Two records with one key would silently collapse into one on restore, so they are refused. */
function uniqueBy<T>(key: (record: T, index: number) => string | number, label: string) {
  return (records: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string | number>();
    records.forEach((record, i) => {
      const k = key(record, i);
      if (seen.has(k))
        ctx.addIssue({ code: 'custom', message: `duplicate ${label} ${JSON.stringify(k)}`, path: [i] });
      seen.add(k);
    });
  };
}

/** The quiz a stored result collection is about (pages key their lists by it), when the payload names one. */
function payloadQuizId(payload: unknown): string | undefined {
  const quiz = (payload as { quiz?: { quizId?: unknown } } | null)?.quiz;
  return typeof quiz?.quizId === 'string' ? quiz.quizId : undefined;
}

const packsSchema = z
  .array(packRecordSchema)
  .superRefine(uniqueBy((r) => r.id, 'pack id'))
  .superRefine((records, ctx) =>
    records.forEach((r, i) => {
      if (r.pack.id !== r.id)
        ctx.addIssue({
          code: 'custom',
          message: `the pack inside is "${r.pack.id}", not "${r.id}"`,
          path: [i, 'pack', 'id']
        });
    })
  );
const classesSchema = z
  .array(classRecordSchema)
  .superRefine(uniqueBy((r) => r.id, 'result id'))
  .superRefine(uniqueBy((r) => r.quizId, 'quiz id'))
  .superRefine(uniqueBy((r, i) => payloadQuizId(r.payload) ?? `#${i}`, 'quiz id in results'));
const metaSchema = z.array(metaEntrySchema).superRefine(uniqueBy((r) => r.key, 'setting'));
const header = { format: z.literal(BACKUP_FORMAT), /** ISO 8601. */ exportedAt: z.string() };

export const backupSchema = z.object({
  ...header,
  version: z.literal(BACKUP_VERSION),
  stores: z.object({
    packs: packsSchema,
    attempts: z.array(attemptRecordSchema).superRefine(uniqueBy((r) => r.id, 'attempt id')),
    schedules: z
      .array(scheduleRecordSchema)
      .superRefine(uniqueBy((r) => JSON.stringify([r.scope, r.questionId]), 'card for question')),
    classes: classesSchema,
    meta: metaSchema
  })
});

/** Version 1: cards keyed by question id alone, attempts without a scope. */
const backupV1Schema = z.object({
  ...header,
  version: z.literal(1),
  stores: z.object({
    packs: packsSchema,
    attempts: z.array(legacyAttemptRecordSchema).superRefine(uniqueBy((r) => r.id, 'attempt id')),
    cards: z.array(cardRecordSchema).superRefine(uniqueBy((r) => r.questionId, 'card for question')),
    classes: classesSchema,
    meta: metaSchema
  })
});

export type Backup = z.infer<typeof backupSchema>;

/** Reads every store into a backup object (JSON-serialisable). Unreadable records are reported and left out. */
export async function exportAll(db: SourcewiseDb, now: Date = new Date()): Promise<Backup> {
  return guard(async () => {
    const tx = db.transaction(STORE_NAMES, 'readonly');
    const [packs, attempts, schedules, classes, metaKeys, metaValues] = await Promise.all([
      tx.objectStore('packs').getAll(),
      tx.objectStore('attempts').getAll(),
      tx.objectStore('schedules').getAll(),
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
        attempts: readAttempts(attempts, report),
        schedules: keepValid(scheduleRecordSchema, 'schedules', schedules, fieldKey('questionId'), report),
        classes: keepValid(classRecordSchema, 'classes', classes, fieldKey('id'), report),
        meta: metaKeys
          .map((key, i) => ({ key: String(key), value: metaValues[i] }))
          .filter((entry) => entry.key !== SCHEMA_VERSION_KEY)
      }
    };
  });
}

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; path: string; message: string };

/**
 * Checks a parsed backup file in full; the problem names its JSON path (`$.stores.attempts[3].score`). A version 1
 * backup is brought to the current version (progress given its scope, as the database upgrade does); pass the
 * built-in pack ids when known.
 */
export function checkBackup(data: unknown, builtInPackIds: ReadonlySet<string> | null = null): BackupCheck {
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
  if (record.version === 1) {
    const old = backupV1Schema.safeParse(data);
    if (!old.success) return problemOf(old.error);
    const { cards, ...stores } = old.data.stores;
    const scoped = scopeLegacyProgress(
      { attempts: stores.attempts, cards },
      { builtInPackIds, storedPackIds: new Set(stores.packs.map((p) => p.id)) }
    );
    return {
      ok: true,
      backup: {
        ...old.data,
        version: BACKUP_VERSION,
        stores: { ...stores, attempts: scoped.attempts, schedules: scoped.schedules }
      }
    };
  }
  const parsed = backupSchema.safeParse(data, { error: plainWords });
  return parsed.success ? { ok: true, backup: parsed.data } : problemOf(parsed.error);
}

function problemOf(error: z.ZodError): BackupCheck {
  const issue = error.issues[0];
  return { ok: false, path: jsonPath(issue.path), message: issue.message };
}

/** What a backup (or the current data, exported) holds, for the confirmation before a restore. */
export interface BackupSummary {
  packs: number;
  answers: number;
  results: number;
  exportedAt: string;
}

export function summarizeBackup(backup: Backup): BackupSummary {
  const { packs, attempts, classes } = backup.stores;
  return {
    packs: packs.length,
    answers: attempts.length,
    results: classes.length,
    exportedAt: backup.exportedAt
  };
}

/**
 * Replaces everything with the backup's content in one transaction: if any write fails, nothing changes.
 * Rejects with a `StorageError` of kind `invalid` (with `path`) when the backup does not check out.
 */
export async function restoreAll(
  db: SourcewiseDb,
  data: unknown,
  builtInPackIds: ReadonlySet<string> | null = null
): Promise<void> {
  const checked = checkBackup(data, builtInPackIds);
  if (!checked.ok)
    throw new StorageError('invalid', `This backup cannot be restored: ${checked.path}: ${checked.message}`, {
      path: checked.path
    });
  const { stores } = checked.backup;
  await guard(() => {
    const tx = db.transaction(REPLACED_STORES, 'readwrite');
    return atomically(tx, async (track) => {
      const meta = tx.objectStore('meta');
      const schemaVersion = await meta.get(SCHEMA_VERSION_KEY);
      await Promise.all(REPLACED_STORES.map((name) => track(tx.objectStore(name).clear())));
      const writes: Promise<unknown>[] = [
        ...stores.packs.map((r) => track(tx.objectStore('packs').put(r))),
        ...stores.attempts.map((r) => track(tx.objectStore('attempts').put(encodeAttempt(r)))),
        ...stores.schedules.map((r) => track(tx.objectStore('schedules').put(r))),
        ...stores.classes.map((r) => track(tx.objectStore('classes').put(r))),
        ...stores.meta.filter((e) => e.key !== SCHEMA_VERSION_KEY).map((e) => track(meta.put(e.value, e.key)))
      ];
      if (schemaVersion !== undefined) writes.push(meta.put(schemaVersion, SCHEMA_VERSION_KEY));
      writes.push(track(writeTallies(tx.objectStore('tallies'), stores.attempts)));
      await Promise.all(writes);
    });
  });
}

/** Deletes all packs, progress, results, settings and saved sessions (after the UI has confirmed). */
export async function resetAll(db: SourcewiseDb): Promise<void> {
  await guard(() => {
    const tx = db.transaction(REPLACED_STORES, 'readwrite');
    return atomically(tx, async () => {
      const meta = tx.objectStore('meta');
      const schemaVersion = await meta.get(SCHEMA_VERSION_KEY);
      await Promise.all(REPLACED_STORES.map((name) => tx.objectStore(name).clear()));
      if (schemaVersion !== undefined) await meta.put(schemaVersion, SCHEMA_VERSION_KEY);
      await writeTallies(tx.objectStore('tallies'), []);
    });
  });
}

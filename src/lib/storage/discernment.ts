/**
 * The discernment checks a student has taken, kept in the `meta` store under one key (so they need no database
 * upgrade and travel with export and restore like every other meta entry). Checked on every read: an unreadable
 * record is reported and left as it is, and the student starts from an empty one.
 */
import { checkRecordSchema, emptyCheckRecord, type CheckRecord } from '../domain/discernment';
import { reportProblem, type SourcewiseDb } from './db';
import { guard, StorageError } from './errors';
import { describeZodError } from './records';

export const CHECK_KEY = 'discernment-checks';

export async function getCheckRecord(db: SourcewiseDb): Promise<CheckRecord> {
  const value = await guard(() => db.get('meta', CHECK_KEY));
  if (value === undefined) return emptyCheckRecord();
  const parsed = checkRecordSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  reportProblem(db, {
    store: 'meta',
    key: CHECK_KEY,
    message: `the saved discernment checks could not be read and are not shown: ${describeZodError(parsed.error)}`
  });
  return emptyCheckRecord();
}

export async function saveCheckRecord(db: SourcewiseDb, record: CheckRecord): Promise<void> {
  const parsed = checkRecordSchema.safeParse(record);
  if (!parsed.success)
    throw new StorageError(
      'invalid',
      `The discernment check was not saved: ${describeZodError(parsed.error)}`
    );
  await guard(() => db.put('meta', parsed.data, CHECK_KEY));
}

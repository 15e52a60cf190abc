/** The teacher's collected classroom quiz results. The classroom code owns the payload's shape. */
import { reportProblem, type SourcewiseDb } from './db';
import { guard, StorageError } from './errors';
import { classRecordSchema, describeZodError, fieldKey, keepValid, type ClassRecord } from './records';

/** Saves (or replaces) one collected result. */
export async function saveClassResult(db: SourcewiseDb, record: ClassRecord): Promise<void> {
  const parsed = classRecordSchema.safeParse(record);
  if (!parsed.success)
    throw new StorageError('invalid', `The result could not be saved: ${describeZodError(parsed.error)}`);
  await guard(() => db.put('classes', parsed.data));
}

/** Results of one quiz (or all), in the order they were received. */
export async function listClassResults(db: SourcewiseDb, quizId?: string): Promise<ClassRecord[]> {
  const values = await guard(() =>
    quizId ? db.getAllFromIndex('classes', 'by-quiz', quizId) : db.getAll('classes')
  );
  return keepValid(classRecordSchema, 'classes', values, fieldKey('id'), (p) => reportProblem(db, p)).sort(
    (a, b) => a.receivedAt - b.receivedAt
  );
}

export async function deleteClassResult(db: SourcewiseDb, id: string): Promise<void> {
  await guard(() => db.delete('classes', id));
}

import { describe, expect, it } from 'vitest';
import { emptyCheckRecord, type CheckRecord } from '../domain/discernment';
import { exportAll, restoreAll } from './backup';
import { CHECK_KEY, getCheckRecord, saveCheckRecord } from './discernment';
import { getSetting } from './settings';
import { freshDb } from './test-helpers';

const record: CheckRecord = {
  version: 1,
  results: [
    {
      id: 'r1',
      form: 'A',
      edition: 'e1',
      startedAt: 1,
      finishedAt: 2,
      answers: [
        { itemId: 'i1', key: 'accurate', said: 'accurate', sure: 4 },
        { itemId: 'i2', key: 'altered', said: 'accurate' }
      ]
    }
  ],
  current: {
    form: 'B',
    edition: 'e1',
    startedAt: 3,
    answers: [{ itemId: 'j1', key: 'altered', said: 'altered' }]
  }
};

describe('discernment checks in storage', () => {
  it('starts empty, keeps every answer and reads it back', async () => {
    const { db } = await freshDb();
    expect(await getCheckRecord(db)).toEqual(emptyCheckRecord());
    await saveCheckRecord(db, record);
    expect(await getCheckRecord(db)).toEqual(record);
  });

  it('refuses to save a broken record and reports a damaged one instead of failing', async () => {
    const { db, problems } = await freshDb();
    await expect(saveCheckRecord(db, { ...record, version: 2 } as never)).rejects.toMatchObject({
      kind: 'invalid'
    });
    await db.put('meta', { version: 1, results: 'lost' }, CHECK_KEY);
    expect(await getCheckRecord(db)).toEqual(emptyCheckRecord());
    expect(problems[0].message).toMatch(/discernment checks could not be read/);
  });

  it('travels with export and restore', async () => {
    const { db } = await freshDb();
    await saveCheckRecord(db, record);
    const backup = JSON.parse(JSON.stringify(await exportAll(db)));
    const other = await freshDb();
    await restoreAll(other.db, backup);
    expect(await getCheckRecord(other.db)).toEqual(record);
  });

  it('offers the next check after 7 days and 50 answers unless set otherwise', async () => {
    const { db } = await freshDb();
    expect(await getSetting(db, 'checkAfterDays')).toBe(7);
    expect(await getSetting(db, 'checkAfterAnswers')).toBe(50);
  });
});

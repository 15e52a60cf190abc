import { describe, expect, it } from 'vitest';
import { deleteClassResult, listClassResults, saveClassResult } from './classes';
import { getSetting, setSetting, SETTING_DEFAULTS } from './settings';
import { freshDb } from './test-helpers';

describe('settings', () => {
  it('returns defaults until set, then the stored value', async () => {
    const { db } = await freshDb();
    expect(await getSetting(db, 'theme')).toBe(SETTING_DEFAULTS.theme);
    await setSetting(db, 'theme', 'dark');
    await setSetting(db, 'persistenceAsked', true);
    expect(await getSetting(db, 'theme')).toBe('dark');
    expect(await getSetting(db, 'persistenceAsked')).toBe(true);
  });

  it('refuses an invalid value and falls back to the default for a damaged one', async () => {
    const { db, problems } = await freshDb();
    await expect(setSetting(db, 'theme', 'purple' as never)).rejects.toMatchObject({ kind: 'invalid' });
    await db.put('meta', 42, 'setting:theme');
    expect(await getSetting(db, 'theme')).toBe('system');
    expect(problems[0].message).toMatch(/setting "theme" was unreadable/);
  });

  it('keeps the session length and the daily limit of new questions, refusing values out of range', async () => {
    const { db, problems } = await freshDb();
    expect(await getSetting(db, 'sessionLength')).toBe(20);
    expect(await getSetting(db, 'dailyNewLimit')).toBe(20);
    await setSetting(db, 'sessionLength', 'all');
    await setSetting(db, 'dailyNewLimit', 5);
    await setSetting(db, 'extraNew', { day: '2026-03-02', count: 1 });
    expect(await getSetting(db, 'sessionLength')).toBe('all');
    expect(await getSetting(db, 'dailyNewLimit')).toBe(5);
    expect(await getSetting(db, 'extraNew')).toEqual({ day: '2026-03-02', count: 1 });
    await expect(setSetting(db, 'dailyNewLimit', 0)).rejects.toMatchObject({ kind: 'invalid' });
    await expect(setSetting(db, 'sessionLength', 15 as never)).rejects.toMatchObject({ kind: 'invalid' });
    await db.put('meta', 'lots', 'setting:dailyNewLimit');
    expect(await getSetting(db, 'dailyNewLimit')).toBe(20);
    expect(problems[0].message).toMatch(/setting "dailyNewLimit" was unreadable/);
  });
});

describe('classroom results', () => {
  it('keeps results per quiz in the order received, replaces duplicates by id and deletes', async () => {
    const { db } = await freshDb();
    await saveClassResult(db, { id: 'q1:ben', quizId: 'q1', payload: { score: 2 }, receivedAt: 20 });
    await saveClassResult(db, { id: 'q1:ana', quizId: 'q1', payload: { score: 3 }, receivedAt: 10 });
    await saveClassResult(db, { id: 'q2:ana', quizId: 'q2', payload: null, receivedAt: 5 });
    await saveClassResult(db, { id: 'q1:ben', quizId: 'q1', payload: { score: 4 }, receivedAt: 30 });
    expect((await listClassResults(db, 'q1')).map((r) => [r.id, r.payload])).toEqual([
      ['q1:ana', { score: 3 }],
      ['q1:ben', { score: 4 }]
    ]);
    expect(await listClassResults(db)).toHaveLength(3);
    await deleteClassResult(db, 'q1:ana');
    expect((await listClassResults(db, 'q1')).map((r) => r.id)).toEqual(['q1:ben']);
    await expect(
      saveClassResult(db, { id: '', quizId: 'q1', payload: 1, receivedAt: 1 })
    ).rejects.toMatchObject({
      kind: 'invalid'
    });
  });
});

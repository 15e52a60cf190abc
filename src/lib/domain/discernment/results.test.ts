import { describe, expect, it } from 'vitest';
import {
  checkRecordSchema,
  checkStage,
  emptyCheckRecord,
  formToTake,
  judgementsOf,
  withAnswer,
  type CheckInProgress,
  type CheckRecord
} from './results';
import { scoreDiscernment } from './scores';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 0, 5, 9);

function finished(form: 'A' | 'B', at: number): CheckRecord['results'][number] {
  return {
    id: `r-${at}`,
    form,
    edition: 'e1',
    startedAt: at - 60_000,
    finishedAt: at,
    answers: [
      { itemId: 'a1', key: 'accurate', said: 'accurate' },
      { itemId: 'a2', key: 'altered', said: 'accurate', sure: 2 }
    ]
  };
}

describe('check results', () => {
  it('records one answer per item, the latest one counting', () => {
    let current: CheckInProgress = { form: 'A', edition: 'e1', startedAt: T0, answers: [] };
    current = withAnswer(current, { id: 'i1', key: 'altered' }, 'accurate');
    current = withAnswer(current, { id: 'i1', key: 'altered' }, 'altered', 3);
    expect(current.answers).toEqual([{ itemId: 'i1', key: 'altered', said: 'altered', sure: 3 }]);
    expect(
      scoreDiscernment([...judgementsOf(current.answers), { altered: false, saidAltered: false }])
    ).toMatchObject({
      r: 1,
      f: 1
    });
  });

  it('counterbalances the forms and keeps a check in progress on its form', () => {
    expect(formToTake(emptyCheckRecord(), () => 0.9)).toBe('B');
    expect(formToTake({ ...emptyCheckRecord(), results: [finished('B', T0)] }, () => 0.9)).toBe('A');
    const started = {
      ...emptyCheckRecord(),
      current: { form: 'A' as const, edition: 'e1', startedAt: T0, answers: [] }
    };
    expect(formToTake(started, () => 0.9)).toBe('A');
  });

  it('opens the next check after the set days and practice answers', () => {
    const record = { ...emptyCheckRecord(), results: [finished('A', T0)] };
    expect(checkStage(emptyCheckRecord(), 0, T0)).toEqual({ stage: 'first' });
    expect(checkStage(record, 10, T0 + DAY)).toEqual({ stage: 'waiting', daysLeft: 6, answersLeft: 40 });
    expect(checkStage(record, 60, T0 + 3 * DAY)).toEqual({ stage: 'waiting', daysLeft: 4, answersLeft: 0 });
    expect(checkStage(record, 49, T0 + 8 * DAY)).toEqual({ stage: 'waiting', daysLeft: 0, answersLeft: 1 });
    expect(checkStage(record, 50, T0 + 7 * DAY)).toEqual({ stage: 'next' });
    expect(checkStage(record, 2, T0, { afterDays: 0, afterAnswers: 2 })).toEqual({ stage: 'next' });
  });

  it('refuses a stored record it cannot read', () => {
    expect(checkRecordSchema.safeParse({ version: 1, results: [finished('A', T0)] }).success).toBe(true);
    const bad = { version: 1, results: [{ ...finished('A', T0), form: 'C' }] };
    expect(checkRecordSchema.safeParse(bad).success).toBe(false);
  });
});

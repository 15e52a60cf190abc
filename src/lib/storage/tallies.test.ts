import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeAttempt } from './attempt-codec';
import { openSourcewiseDb } from './db';
import { readProgress } from './tallies';
import { freshFactory, sampleAnswer } from './test-helpers';

const options = { weeks: 8, utcOffsetMinutes: 0, recent: 5 };
const now = new Date(Date.UTC(2026, 11, 7, 12));

/** A readable answer at `at`, or (`readable` false) a record the app cannot read (no question id). */
const stored = (at: number, readable: boolean) => {
  const record = encodeAttempt(sampleAnswer('q', at));
  return readable ? record : { ...record, n: 'not a row' };
};

describe('the latest answers the progress page lists', () => {
  it('are the newest readable ones, newest first, ties by storing order, as a walk back through the log finds them', async () => {
    // Few distinct times, so ties at the boundary are common; some records unreadable.
    const log = fc.array(fc.record({ at: fc.integer({ min: 0, max: 12 }), readable: fc.boolean() }), {
      maxLength: 20
    });
    await fc.assert(
      fc.asyncProperty(log, fc.integer({ min: 0, max: 7 }), async (entries, recent) => {
        const factory = freshFactory();
        const db = await openSourcewiseDb({ factory, onProblem: () => undefined });
        const tx = db.transaction('attempts', 'readwrite');
        const ids: number[] = [];
        for (const e of entries) ids.push(await tx.store.add(stored(e.at, e.readable) as never));
        await tx.done;
        const expected: number[] = [];
        let valid = 0;
        const newestFirst = entries
          .map((e, i) => ({ ...e, id: ids[i] }))
          .sort((a, b) => b.at - a.at || b.id - a.id);
        for (const e of newestFirst) {
          if (valid >= recent) break;
          if (e.readable) {
            expected.push(e.id);
            valid++;
          }
        }
        const progress = await readProgress(db, now, { ...options, recent });
        expect(progress.recent.map((a) => a.id)).toEqual(expected);
        db.close();
      }),
      { numRuns: 150 }
    );
  });
});

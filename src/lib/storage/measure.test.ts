import { describe, expect, it } from 'vitest';
import { measureAnswerWrites, percentile } from './measure';
import { freshFactory } from './test-helpers';

describe('measuring answer writes', () => {
  it('takes the nearest-rank percentile', () => {
    const values = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(percentile(values, 0.5)).toBe(10);
    expect(percentile(values, 0.95)).toBe(19);
    expect(percentile([], 0.95)).toBeNaN();
  });

  it('times each answer with the given clock and leaves no database behind', async () => {
    const factory = freshFactory();
    let tick = 0;
    const timings = await measureAnswerWrites({ count: 10, factory, clock: () => tick++ });
    // One tick per timed write: the answer alone, then the separate session save, or both in one transaction.
    expect(timings).toEqual({ count: 10, p50: 1, p95: 1, p95WithSession: 2, p95OneTransaction: 1 });
    expect((await factory.databases()).map((d) => d.name)).not.toContain('sourcewise-measure');
  });
});

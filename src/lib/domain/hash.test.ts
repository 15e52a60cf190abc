import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hash53, stableId } from './hash';

describe('stableId', () => {
  it('is the base-36 hash53 of the parts joined with ␟, so question ids stay what they were', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.oneof(fc.string(), fc.integer())), (prefix, parts) => {
        expect(stableId(prefix, ...parts)).toBe(`${prefix}-${hash53(parts.join('\u241f')).toString(36)}`);
      }),
      { numRuns: 2000 }
    );
  });
});

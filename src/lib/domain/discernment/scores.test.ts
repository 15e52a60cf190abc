import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareChecks,
  describeScores,
  inverseNormal,
  nextForm,
  scoreDiscernment,
  type Judgement
} from './index';

/** `r` of 10 accurate items trusted and `f` of 10 altered items caught. */
function check(r: number, f: number): Judgement[] {
  return [
    ...Array.from({ length: 10 }, (_, i) => ({ altered: false, saidAltered: i >= r })),
    ...Array.from({ length: 10 }, (_, i) => ({ altered: true, saidAltered: i < f }))
  ];
}

describe('inverseNormal', () => {
  it('gives the z of well-known probabilities', () => {
    expect(inverseNormal(0.5)).toBeCloseTo(0, 9);
    expect(inverseNormal(0.975)).toBeCloseTo(1.959964, 5);
    expect(inverseNormal(0.025)).toBeCloseTo(-1.959964, 5);
    expect(inverseNormal(0.001)).toBeCloseTo(-3.090232, 5);
    expect(() => inverseNormal(1)).toThrow(RangeError);
  });
});

describe('scoreDiscernment', () => {
  it('counts the MIST-style scores', () => {
    const s = scoreDiscernment(check(8, 6));
    expect(s).toMatchObject({ r: 8, f: 6, V: 14, d: 0, n: 2, hitRate: 0.6, falseAlarmRate: 0.2 });
    // z(0.6) − z(0.2) = 0.2533 + 0.8416
    expect(s.dPrime).toBeCloseTo(1.095, 3);
    expect(s.c).toBeCloseTo(0.2941, 3);
  });

  it('counts distrust when too many items are called altered', () => {
    const s = scoreDiscernment(check(4, 10));
    expect(s).toMatchObject({ V: 14, d: 6, n: 0 });
    expect(s.c).toBeLessThan(0);
    expect(describeScores(s)).toBe(
      'You trusted 4 of 10 accurate items and caught 10 of 10 altered ones; you lean towards distrust: you called some accurate reporting altered.'
    );
  });

  it('corrects perfect rates so that d′ stays finite', () => {
    const perfect = scoreDiscernment(check(10, 10));
    // Rates 0.95 and 0.05: d′ = 2 × 1.6449.
    expect(perfect.dPrime).toBeCloseTo(3.2897, 3);
    expect(perfect.c).toBeCloseTo(0, 9);
    expect(scoreDiscernment(check(0, 0)).dPrime).toBeCloseTo(-3.2897, 3);
  });

  it('keeps V = r + f, d and n never both above 0, and d′ rising with discernment', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), (r, f) => {
        const s = scoreDiscernment(check(r, f));
        expect(s.V).toBe(r + f);
        expect(s.d === 0 || s.n === 0).toBe(true);
        expect(s.d - s.n).toBe(f - r);
        if (f < 10) expect(scoreDiscernment(check(r, f + 1)).dPrime).toBeGreaterThan(s.dPrime);
      })
    );
  });

  it('refuses a check without both kinds of item', () => {
    expect(() => scoreDiscernment([{ altered: true, saidAltered: true }])).toThrow(RangeError);
  });
});

describe('pre and post', () => {
  it('says what changed in plain words', () => {
    const change = compareChecks(scoreDiscernment(check(6, 5)), scoreDiscernment(check(8, 7)));
    expect(change.V).toBe(4);
    expect(change.dPrime).toBeGreaterThan(0);
    expect(change.verdict).toBe('You told accurate from altered better: 15 of 20 right, up from 11.');
  });

  it('counterbalances the forms: a drawn first form, then the other one', () => {
    expect(nextForm([], () => 0.2)).toBe('A');
    expect(nextForm([], () => 0.7)).toBe('B');
    expect(nextForm(['A'], () => 0.2)).toBe('B');
    expect(nextForm(['B'], () => 0.7)).toBe('A');
  });
});

import { describe, expect, it } from 'vitest';
import { classSpread, compareClass, spreadOf, type CheckedStudent } from './class';
import { comparisonCsv } from './class-csv';
import { scoreDiscernment, type Judgement } from './scores';

/** `r` of 10 accurate items trusted and `f` of 10 altered items caught. */
function scores(r: number, f: number) {
  const judgements: Judgement[] = [
    ...Array.from({ length: 10 }, (_, i) => ({ altered: false, saidAltered: i >= r })),
    ...Array.from({ length: 10 }, (_, i) => ({ altered: true, saidAltered: i < f }))
  ];
  return scoreDiscernment(judgements);
}
const student = (name: string, r: number, f: number): CheckedStudent => ({
  key: name.toLowerCase(),
  name,
  scores: scores(r, f)
});

describe('spreadOf', () => {
  it('gives the mean, the sample standard deviation, the median and the quartiles', () => {
    const s = spreadOf([4, 1, 3, 2]);
    expect(s).toMatchObject({ n: 4, mean: 2.5, median: 2.5, q1: 1.75, q3: 3.25 });
    expect(s?.sd).toBeCloseTo(Math.sqrt(5 / 3), 10);
  });

  it('has no standard deviation for one value and no spread for none', () => {
    expect(spreadOf([7])).toEqual({ n: 1, mean: 7, sd: null, median: 7, q1: 7, q3: 7 });
    expect(spreadOf([])).toBeNull();
  });
});

// A worked class: Anna and Ben took both checks, Chloé only the first, Dan only the later one.
const before = [student('Anna', 8, 4), student('Ben', 5, 5), student('Chloé', 10, 0)];
const after = [student('Anna', 9, 7), student('Ben', 4, 5), student('Dan', 6, 6)];

describe('compareClass', () => {
  const comparison = compareClass(before, after);
  const score = (key: string) => comparison.scores.find((s) => s.key === key);

  it('pairs students by name and names those with only one check, out of the figures', () => {
    expect(comparison.pairs.map((p) => p.name)).toEqual(['Anna', 'Ben']);
    expect(comparison.onlyBefore.map((s) => s.name)).toEqual(['Chloé']);
    expect(comparison.onlyAfter.map((s) => s.name)).toEqual(['Dan']);
  });

  it('compares the same students before and after: V 12 and 10, then 16 and 9', () => {
    const V = score('V');
    expect(V?.before).toMatchObject({ n: 2, mean: 11, median: 11, q1: 10.5, q3: 11.5 });
    expect(V?.before.sd).toBeCloseTo(Math.SQRT2, 10);
    expect(V?.after.mean).toBe(12.5);
    expect(V?.after.sd).toBeCloseTo(3.5 * Math.SQRT2, 10);
    expect(V?.change).toMatchObject({ mean: 1.5 });
    expect(V?.change.sd).toBeCloseTo(2.5 * Math.SQRT2, 10);
    // Anna got more right; Ben fewer.
    expect(comparison.improved).toBe(1);
    expect(V).toMatchObject({ improved: 1, same: 0, worse: 1 });
  });

  it('counts fewer errors as improvement (d, n) and no way as better for the lean (c)', () => {
    // Anna: n 4 → 2 (fewer called accurate than there are); Ben: d 0 → 1 (one more called altered).
    expect(score('n')).toMatchObject({ improved: 1, same: 1, worse: 0 });
    expect(score('d')).toMatchObject({ improved: 0, same: 1, worse: 1 });
    expect(score('f')).toMatchObject({ improved: 1, same: 1, worse: 0 });
    expect(score('c')).toMatchObject({ improved: null, worse: null });
    // Anna's d′ before: z(0.4) − z(0.2).
    expect(score('dPrime')?.before.mean).toBeCloseTo((0.588274 + 0) / 2, 5);
  });

  it('with only first checks, pairs no one and compares nothing', () => {
    const onlyPre = compareClass(before, []);
    expect(onlyPre).toMatchObject({ pairs: [], scores: [], improved: 0 });
    expect(onlyPre.onlyBefore).toHaveLength(3);
  });

  it('gives one check’s class figures over every scored student', () => {
    const spread = classSpread(before);
    expect(spread.V).toMatchObject({ n: 3, mean: 32 / 3 });
    expect(classSpread([]).V).toBeNull();
  });
});

describe('comparisonCsv', () => {
  const labels = {
    r: 'Trusted',
    f: 'Caught',
    V: 'Right',
    d: 'Distrust',
    n: 'Naivety',
    dPrime: 'd′',
    c: 'Lean'
  };

  it('writes a row per student, blank where a check is missing, then the class figures', () => {
    const lines = comparisonCsv(compareClass(before, after), labels).split('\r\n');
    expect(lines[0].split(',').slice(0, 7)).toEqual([
      'Student',
      'Trusted: before',
      'Trusted: after',
      'Trusted: change',
      'Caught: before',
      'Caught: after',
      'Caught: change'
    ]);
    expect(lines[1].split(',').slice(0, 10)).toEqual(['Anna', '8', '9', '1', '4', '7', '3', '12', '16', '4']);
    expect(lines[3].split(',').slice(0, 4)).toEqual(['Chloé', '10', '', '']);
    expect(lines[4].split(',').slice(0, 4)).toEqual(['Dan', '', '6', '']);
    expect(lines[5].split(',').slice(0, 10)).toEqual([
      'Class mean (2 students with both checks)',
      '6.5',
      '6.5',
      '0',
      '4.5',
      '6',
      '1.5',
      '11',
      '12.5',
      '1.5'
    ]);
    expect(lines.at(-1)?.split(',').slice(0, 10)).toEqual([
      'Students who improved',
      '',
      '',
      '1',
      '',
      '',
      '1',
      '',
      '',
      '1'
    ]);
  });

  it('keeps a name that looks like a formula as text', () => {
    const csv = comparisonCsv(compareClass([student('=1+1', 5, 5)], []), labels);
    expect(csv).toContain(`'=1+1`);
  });
});

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { answersEachOther, assembleForms, independentFacts, NotEnoughFacts } from './assemble';
import { findCandidates, type Candidate } from './candidates';
import { buildCheck } from './build';
import { FORM_SIZE, PER_KEY, type CheckItem } from './forms';
import { loadCheckArticles } from './testing';
import type { Article } from '../corpus/article';

const SLOW = 120_000;

function fact(
  sentence: string,
  from: string,
  to: string,
  kind: Candidate['detailKind'] = 'number'
): Candidate {
  return {
    id: sentence,
    sourceId: 'a',
    sentence,
    versions: [{ text: sentence.replace(from, to), from, to }],
    detailKind: kind,
    confidence: 0.85
  };
}

describe('answersEachOther', () => {
  it('sees a figure reported with the same word in another sentence', () => {
    const a = fact('The unemployment rate declined to 3.9 percent in September.', '3.9', '7.0');
    const b = fact('Over the past year, the rate has ranged from 3.9 percent to 4.1 percent.', '4.1', '5.2');
    expect(answersEachOther(a, b)).toBe(true);
  });
  it('does not confuse the same number counting different things', () => {
    const a = fact(
      'In 2015, there were 19 earthquakes worldwide with a magnitude of 7.0 or higher.',
      '19',
      '29'
    );
    const b = fact('Researchers used tags to track 19 wild-caught pythons in the park.', '19', '38');
    expect(answersEachOther(a, b)).toBe(false);
  });
});

describe('assembleForms', () => {
  it('refuses to make forms from too few facts, saying what is missing', () => {
    const few = Array.from({ length: 30 }, (_, i) =>
      fact(`Item ${i} counted ${i + 100} boats.`, `${i + 100}`, '7')
    );
    expect(() => assembleForms(few, 1)).toThrow(NotEnoughFacts);
    expect(() => assembleForms(few, 1)).toThrow(/give 30 usable facts .* need 40/);
  });
});

describe('forms from the check corpus', () => {
  let articles: Article[];
  let candidates: Candidate[];
  beforeAll(() => {
    articles = loadCheckArticles();
    candidates = findCandidates(articles, 1);
  }, SLOW);

  const factOf = (item: CheckItem) => candidates.find((c) => c.sentence === item.evidence.sentence)!;
  const mean = (items: CheckItem[]) => items.reduce((s, i) => s + i.confidence, 0) / items.length;
  const kinds = (items: CheckItem[]) => {
    const counts = new Map<string, number>();
    for (const i of items) counts.set(i.detailKind, (counts.get(i.detailKind) ?? 0) + 1);
    return counts;
  };

  it('has enough facts that do not answer each other, with some to spare', () => {
    expect(independentFacts(candidates).length).toBeGreaterThanOrEqual(2 * FORM_SIZE + 2);
  });

  it('stays balanced and disjoint for any seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const { A, B } = assembleForms(candidates, seed);
        for (const form of [A, B]) {
          expect(form).toHaveLength(FORM_SIZE);
          expect(form.filter((i) => i.key === 'accurate')).toHaveLength(PER_KEY);
          expect(form.filter((i) => i.key === 'altered')).toHaveLength(PER_KEY);
        }
        // No fact twice, and no fact on one form that answers a fact on the other.
        const facts = [...A, ...B].map(factOf);
        expect(new Set(facts.map((f) => f.id)).size).toBe(2 * FORM_SIZE);
        for (const a of A.map(factOf))
          for (const b of B.map(factOf)) expect(answersEachOther(a, b)).toBe(false);
        // Similar difficulty: the same mix of item types (within two of each) and the same mean confidence.
        const [ka, kb] = [kinds(A), kinds(B)];
        for (const kind of new Set([...ka.keys(), ...kb.keys()]))
          expect(Math.abs((ka.get(kind) ?? 0) - (kb.get(kind) ?? 0))).toBeLessThanOrEqual(2);
        expect(Math.abs(mean(A) - mean(B))).toBeLessThanOrEqual(0.02);
        // Accurate items are exactly as reported; altered ones are a reported sentence with one detail changed.
        for (const item of [...A, ...B]) {
          if (item.key === 'accurate') expect(item.statement).toBe(item.evidence.sentence);
          else {
            expect(item.statement).not.toBe(item.evidence.sentence);
            expect(item.statement.replace(item.change!.to, item.change!.from)).toBe(item.evidence.sentence);
          }
        }
      }),
      { numRuns: 40 }
    );
  });

  it(
    'builds a valid forms file, the same for the same seed, with every altered item false in every article',
    () => {
      const file = buildCheck(articles, 7);
      expect(buildCheck(articles, 7)).toEqual(file);
      expect(buildCheck(articles, 8).edition).not.toBe(file.edition);
      const flat = (t: string) =>
        t
          .toLowerCase()
          .replace(/[“”"'’]/g, '')
          .replace(/\s+/g, ' ');
      for (const item of [...file.forms.A, ...file.forms.B].filter((i) => i.key === 'altered'))
        for (const a of articles) expect(flat(a.text)).not.toContain(flat(item.statement));
      // Every cited source is listed with its licence.
      const cited = new Set([...file.forms.A, ...file.forms.B].map((i) => i.evidence.sourceId));
      expect(file.sources.map((s) => s.id).sort()).toEqual([...cited].sort());
      for (const s of file.sources) expect(s.licence).toMatch(/public domain|CC BY/i);
    },
    SLOW
  );
});

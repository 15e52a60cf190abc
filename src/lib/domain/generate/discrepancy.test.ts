/** Discrepancy questions: each outlet matched to what it printed. */
import { describe, expect, it } from 'vitest';
import { articleFromText, type Article } from '../corpus/article';
import { generatePack } from './pack';
import { fakeAnalyzers } from './testing';
import type { FindingLike } from './types';

describe('discrepancy questions', () => {
  const a = articleFromText('Trump and Putin met for 2 1/2 hours at a US military base.', {
    id: 'a',
    outlet: 'DW'
  });
  const b = articleFromText('The summit lasted nearly three hours but ended without a deal.', {
    id: 'b',
    outlet: 'Business Standard'
  });
  const c = articleFromText(
    'After a closed meeting that lasted about two hours and 45 minutes, Putin spoke.\nOthers said the talks took four hours in all.',
    { id: 'c', outlet: 'Metro' }
  );
  const span = (article: Article, needle: string) => {
    const start = article.text.indexOf(needle);
    return { file: article.id, text: needle, start, end: start + needle.length };
  };
  const finding = (x: Article, xs: string, y: Article, ys: string): FindingLike => ({
    kind: 'discrepancy',
    claim: span(x, xs),
    evidence: span(y, ys),
    explanation: 'The outlets give different lengths.',
    confidence: 0.8,
    topic: 'how long the meeting lasted',
    claimValue: xs,
    evidenceValue: `${ys} (≈ a note)`
  });
  const build = (findings: FindingLike[]) =>
    generatePack([a, b, c], {
      id: 'p',
      title: 'P',
      seed: 2,
      types: ['discrepancy'],
      analyzers: { ...fakeAnalyzers(a, [], findings), extractQuotes: () => [] }
    }).questions;

  it('match each outlet to the figure it printed', () => {
    const [q] = build([
      finding(a, '2 1/2 hours', b, 'nearly three hours'),
      finding(b, 'nearly three hours', c, 'about two hours and 45 minutes')
    ]);
    expect(q.type).toBe('discrepancy');
    if (q.type !== 'discrepancy') return;
    expect(q.prompt).toBe('The outlets disagree about how long the meeting lasted. Who reported what?');
    const reported = Object.fromEntries(q.outlets.map((o, i) => [o.outlet, q.values[q.answer[i]]]));
    expect(reported).toEqual({
      DW: '2 1/2 hours',
      'Business Standard': 'nearly three hours',
      Metro: 'about two hours and 45 minutes'
    });
  });

  it('leave out an outlet that reports two figures equally often', () => {
    const [q] = build([
      finding(a, '2 1/2 hours', b, 'nearly three hours'),
      finding(b, 'nearly three hours', c, 'about two hours and 45 minutes'),
      finding(a, '2 1/2 hours', c, 'four hours')
    ]);
    if (q?.type !== 'discrepancy') throw new Error('expected a discrepancy question');
    expect(q.outlets.map((o) => o.outlet)).toEqual(['DW', 'Business Standard']);
  });
});

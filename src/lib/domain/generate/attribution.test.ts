/** Who-said questions: balanced answer keys and fair distractors. */
import { describe, expect, it } from 'vitest';
import { balanceAttribution, pickDistractors } from './attribution';
import { articleFromText } from '../corpus/article';
import { generatePack } from './pack';
import { fakeAnalyzers } from './testing';
import type { QuestionCandidate, QuoteLike } from './types';

function draft(speaker: string, confidence: number, n: number): QuestionCandidate {
  return {
    question: {
      id: `attribution-${speaker}-${n}`,
      type: 'attribution',
      skill: 'attribution',
      prompt: 'Who said this?',
      explanation: '',
      quote: `quote ${n}`,
      options: ['a', 'b', 'c'],
      answer: 0
    },
    key: `${speaker} ${n}`,
    confidence,
    speaker
  };
}

describe('balanceAttribution', () => {
  it('drops the most-quoted speaker’s least confident questions until no one passes 40%', () => {
    const drafts = [
      ...[0.99, 0.8, 0.95, 0.81, 0.9, 0.97].map((c, i) => draft('Donald Trump', c, i)),
      draft('Vladimir Putin', 0.9, 10),
      draft('Vladimir Putin', 0.9, 11),
      draft('Ines Pohl', 0.9, 12)
    ];
    const kept = balanceAttribution(drafts);
    const trump = kept.filter((d) => d.speaker === 'Donald Trump');
    expect(trump.length / kept.length).toBeLessThanOrEqual(0.4);
    expect(trump.map((d) => d.confidence)).toEqual([0.99, 0.97]);
    expect(kept.filter((d) => d.speaker !== 'Donald Trump')).toHaveLength(3);
  });

  it('keeps every question when nobody else is quoted', () => {
    const drafts = [0.9, 0.8, 0.85].map((c, i) => draft('Donald Trump', c, i));
    expect(balanceAttribution(drafts)).toHaveLength(3);
  });

  it('evens out two speakers as far as it can', () => {
    const drafts = [
      ...[0.9, 0.8, 0.85].map((c, i) => draft('Donald Trump', c, i)),
      draft('Vladimir Putin', 0.9, 9)
    ];
    const kept = balanceAttribution(drafts);
    expect(kept.map((d) => d.speaker).sort()).toEqual(['Donald Trump', 'Vladimir Putin']);
  });
});

describe('balanceAttribution with tied speakers', () => {
  it('cuts both of two equally over-represented speakers', () => {
    const drafts = [
      ...[0.9, 0.8, 0.85, 0.95, 0.7].map((c, i) => draft('Donald Trump', c, i)),
      ...[0.9, 0.8, 0.85, 0.95, 0.7].map((c, i) => draft('Vladimir Putin', c, 10 + i)),
      draft('Andrei Gurulyov', 0.9, 20),
      draft('Volodymyr Zelenskyy', 0.9, 21)
    ];
    const kept = balanceAttribution(drafts);
    for (const speaker of ['Donald Trump', 'Vladimir Putin']) {
      const own = kept.filter((d) => d.speaker === speaker);
      expect(own.length / kept.length).toBeLessThanOrEqual(0.4);
      expect(own.map((d) => d.confidence)).not.toContain(0.7);
    }
    expect(kept).toHaveLength(10);
  });
});

describe('pickDistractors', () => {
  it('takes other speakers first and never the speaker or a namesake', () => {
    const random = () => 0.5;
    const picked = pickDistractors(
      'Donald Trump',
      [
        ['Donald Trump', 'Melania Trump', 'Vladimir Putin'],
        ['Ines Pohl'],
        ['Trump', 'Joe Biden', 'Keir Starmer']
      ],
      random
    );
    expect(picked).toHaveLength(3);
    expect(picked[0]).toBe('Vladimir Putin');
    expect(picked[1]).toBe('Ines Pohl');
    expect(picked.some((p) => p.includes('Trump'))).toBe(false);
  });
});

describe('buildAttribution', () => {
  it('asks about one remark once, even when another outlet quotes a fragment or a paraphrase of it', () => {
    const text = [
      '“That’s an interesting one. I’ll get a little heat on that one, but I can see it possibly happening,” Donald Trump replied to Vladimir Putin.',
      'Trump said he might “get a little heat on that one” with Ines Pohl and Wolfgang Ischinger watching.',
      '“We are ready to work on that with our partners,” Putin said.'
    ].join('\n');
    const article = articleFromText(text, { id: 'a', outlet: 'Example' });
    const quote = (needle: string, speaker: string, confidence: number): QuoteLike => {
      const start = text.indexOf(needle);
      return { text: needle, start, end: start + needle.length, speaker, confidence, question: true };
    };
    const quotes = [
      quote(
        'That’s an interesting one. I’ll get a little heat on that one, but I can see it possibly happening,',
        'Donald Trump',
        0.95
      ),
      quote('get a little heat on that one', 'Donald Trump', 0.95),
      quote('We are ready to work on that with our partners,', 'Vladimir Putin', 0.9)
    ];
    const pack = generatePack([article], {
      id: 'p',
      title: 'P',
      seed: 1,
      types: ['attribution'],
      analyzers: fakeAnalyzers(article, quotes, [])
    });
    const asked = pack.questions.map((q) => (q.type === 'attribution' ? q.quote : ''));
    expect(asked).toHaveLength(2);
    expect(asked[0]).toMatch(/^That’s an interesting one/);
  });
});

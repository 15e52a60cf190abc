/** Spot-error questions: claims said in full, corrections, holds-up items and thresholds. */
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../corpus/article';
import { generatePack } from './pack';
import { fakeAnalyzers } from './testing';
import type { Analyzers, FindingLike, QuoteLike } from './types';

describe('spot-error questions', () => {
  const text = [
    'Trump praised Putin on Fox News.',
    '“Vladimir Putin, smart guy, said you can’t have an honest election with mail-in voting,” Trump told Hannity.',
    '“And he said there’s not a country in the world that uses it.”',
    'In fact, nearly 36 countries, including Germany, allow some form of postal vote.',
    'Our view: this meeting was a disgrace for democracy and should never have happened.',
    'In fact, the meeting was planned for months.'
  ].join('\n');
  const article = articleFromText(text, {
    id: 'pasted',
    outlet: 'Example News',
    published: '2025-08-16',
    sections: [{ kind: 'advocacy', startsWith: 'Our view: this meeting', label: 'Comment' }]
  });
  const span = (needle: string) => {
    const start = text.indexOf(needle);
    return { file: 'pasted', text: needle, start, end: start + needle.length };
  };
  const claim = 'there’s not a country in the world that uses it';
  const quotes: QuoteLike[] = [
    {
      text: 'Vladimir Putin, smart guy, said you can’t have an honest election with mail-in voting,',
      start: text.indexOf('Vladimir Putin, smart'),
      end: text.indexOf('” Trump told'),
      speaker: 'Donald Trump',
      cue: 'told Hannity',
      confidence: 0.95,
      question: true
    },
    {
      text: `And he said ${claim}.`,
      start: text.indexOf('And he said'),
      end: text.indexOf('it.”') + 3,
      speaker: 'Donald Trump',
      confidence: 0.9
    }
  ];
  const findings: FindingLike[] = [
    {
      kind: 'contradicted',
      claim: span(claim),
      evidence: span('nearly 36 countries, including Germany, allow some form of postal vote'),
      explanation: 'The article itself says many countries allow postal votes.',
      confidence: 0.9
    },
    {
      kind: 'contradicted',
      claim: span('this meeting was a disgrace for democracy'),
      evidence: span('the meeting was planned for months'),
      explanation: 'A test finding in the marked section.',
      confidence: 0.9
    }
  ];
  const pack = generatePack([article], {
    id: 'pasted',
    title: 'Pasted',
    seed: 3,
    types: ['spot-error'],
    analyzers: fakeAnalyzers(article, quotes, findings)
  });
  const [mailIn, advocacy] = pack.questions;

  it('says the claim in full, with who made it and when', () => {
    expect(mailIn.type).toBe('spot-error');
    if (mailIn.type !== 'spot-error') return;
    expect(mailIn.claim).toMatch(/^“Vladimir Putin, smart guy/);
    expect(mailIn.claim).toContain(claim);
    expect(mailIn.claimant).toContain('Donald Trump');
    expect(mailIn.claimant).toContain('16 August 2025');
    expect(mailIn.answer).toBe('contradicted');
    expect(mailIn.evidence.excerpt).toContain('nearly 36 countries');
    expect(mailIn.explanation).toContain('nearly 36 countries');
  });

  it('labels a claim from the advocacy section as such', () => {
    expect(advocacy.prompt).toMatch(/advocacy/);
    expect(mailIn.prompt).not.toMatch(/advocacy/);
  });
});

describe('holds-up questions', () => {
  const make = (id: string, outlet: string, lines: string[]) =>
    articleFromText(lines.join('\n'), { id, outlet });
  const claimLine = 'The minister said the bridge was finished in 2019 by local firms.';
  const fact = () => ({
    label: 'fact' as const,
    confidence: 0.95,
    cues: [{ text: '2022', leaning: 'fact' }]
  });
  function spotErrors(otherYear: string) {
    const a = make('a', 'Outlet A', [
      claimLine,
      'Russia launched its full-scale invasion of Ukraine in February 2022.'
    ]);
    const b = make('b', 'Outlet B', [
      `Officials recalled that Russia launched its full-scale invasion of Ukraine in ${otherYear}.`
    ]);
    const start = a.text.indexOf('the bridge');
    const analyzers: Analyzers = {
      extractQuotes: () => [],
      findPeople: () => [],
      classifySentence: fact,
      findChecks: () => [
        {
          kind: 'contradicted',
          claim: { file: 'a', text: 'the bridge was finished in 2019', start, end: start + 31 },
          evidence: { file: 'b', text: b.text, start: 0, end: b.text.length },
          explanation: 'Test correction.',
          confidence: 0.9
        }
      ]
    };
    return generatePack([a], { id: 'p', title: 'P', seed: 1, related: [b], types: ['spot-error'], analyzers })
      .questions;
  }

  it('balance contradicted claims with a claim another outlet reports the same way', () => {
    const answers = spotErrors('2022').map((q) => (q.type === 'spot-error' ? q.answer : ''));
    expect(answers.sort()).toEqual(['contradicted', 'holds-up']);
  });

  it('are not made when the other outlet gives a different figure', () => {
    const answers = spotErrors('2014').map((q) => (q.type === 'spot-error' ? q.answer : ''));
    expect(answers).toEqual(['contradicted']);
  });
});

describe('spot-error thresholds', () => {
  const text = [
    'Officials said the base was built in 1990.',
    'In fact, the base was built in 1942.',
    'Residents remember the base opening in 1942.'
  ].join('\n');
  const article = articleFromText(text, { id: 'base', outlet: 'Example' });
  const finding = (evidence: string, confidence: number): FindingLike => {
    const start = text.indexOf(evidence);
    return {
      kind: 'contradicted',
      claim: { file: 'base', text: 'the base was built in 1990', start: 15, end: 41 },
      evidence: { file: 'base', text: evidence, start, end: start + evidence.length },
      explanation: 'Test.',
      confidence
    };
  };
  const build = (f: FindingLike) =>
    generatePack([article], {
      id: 'p',
      title: 'P',
      seed: 1,
      types: ['spot-error'],
      analyzers: fakeAnalyzers(article, [], [f])
    }).questions.length;

  it('trust a finding more when its evidence settles the claim itself (“In fact…”), not otherwise', () => {
    expect(build(finding('In fact, the base was built in 1942.', 0.62))).toBe(1);
    expect(build(finding('Residents remember the base opening in 1942.', 0.62))).toBe(0);
    expect(build(finding('Residents remember the base opening in 1942.', 0.75))).toBe(1);
  });
});

describe('spot-error answer keys', () => {
  it('makes no question of a broken promise or an intention set against what happened', () => {
    const text = [
      'Trump said he would end the war within 24 hours of returning to the White House.',
      'The outcome goes in the face of that claim, as the fighting continued through the summer of 2025.',
      'Putin wants the killing to stop, the Kremlin said on Friday in Moscow.',
      'Until his demands are met in full, Putin is in no hurry to end this war, analysts in Berlin said.'
    ].join('\n');
    const article = articleFromText(text, {
      id: 'promises',
      outlet: 'Example News',
      published: '2025-08-16'
    });
    const span = (needle: string) => {
      const start = text.indexOf(needle);
      return { file: 'promises', text: needle, start, end: start + needle.length };
    };
    const findings: FindingLike[] = [
      {
        kind: 'contradicted',
        rule: 'contrast',
        claim: span('he would end the war within 24 hours of returning to the White House'),
        evidence: span('The outcome goes in the face of that claim'),
        explanation: 'A promise against the outcome.',
        confidence: 0.95
      },
      {
        kind: 'contradicted',
        rule: 'intent',
        claim: span('Putin wants the killing to stop'),
        evidence: span('Putin is in no hurry to end this war'),
        explanation: 'A stated wish against an analysis.',
        confidence: 0.95
      }
    ];
    const pack = generatePack([article], {
      id: 'p',
      title: 'P',
      seed: 1,
      types: ['spot-error'],
      analyzers: fakeAnalyzers(article, [], findings)
    });
    expect(pack.questions).toEqual([]);
  });
});

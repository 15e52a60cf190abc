/** The builders on small hand-made articles and analysis results. */
import { describe, expect, it } from 'vitest';
import { articleFromText, type Article } from '../corpus/article';
import { balanceAttribution, pickDistractors } from './attribution';
import { cachedAnalyzers, defaultAnalyzers } from './analyzers';
import { findDetails, safeReplacements } from './details';
import { generatePack } from './pack';
import { hasDanglingPronoun } from './passage';
import { indexPlaces, placeDetails, placeReplacements } from './places';
import type { Analyzers, Draft, FindingLike, QuoteLike } from './types';

function draft(speaker: string, confidence: number, n: number): Draft {
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
    speaker,
    order: n
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

describe('safeReplacements', () => {
  it('never swaps in another report of the meeting’s length', () => {
    const story = [
      'Trump and Putin met for 2 1/2 hours at a US military base.',
      'After a closed meeting that lasted about two hours and 45 minutes, Putin spoke.',
      'The summit lasted nearly three hours but ended without a formal agreement.',
      'The two spent about 10 minutes riding in a limo.',
      'Many had expected the talks to stretch to six-seven hours.',
      'He promised to end the war within 24 hours.'
    ].flatMap((s) => findDetails(s));
    const original = findDetails('Trump and Putin met for 2 1/2 hours at a US military base.')[0];
    const swaps = safeReplacements(original, story).map((d) => d.text);
    expect(swaps).toEqual(expect.arrayContaining(['about 10 minutes', '24 hours']));
    for (const reported of ['2 1/2 hours', 'about two hours and 45 minutes', 'nearly three hours'])
      expect(swaps).not.toContain(reported);
  });
});

/** Analysis results written by hand, so the builders can be tested on their own. */
function fakeAnalyzers(article: Article, quotes: QuoteLike[], findings: FindingLike[]): Analyzers {
  return {
    extractQuotes: (text) => (text === article.text ? quotes : []),
    findPeople: () => [{ name: 'Donald Trump' }, { name: 'Vladimir Putin' }, { name: 'Ines Pohl' }],
    classifySentence: () => ({ label: 'unsure', confidence: 0.5, cues: [] }),
    findChecks: () => findings
  };
}

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

describe('a pasted article with web-page chrome', () => {
  const chrome = [
    'To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video',
    'Share via:',
    'Facebook Twitter WhatsApp Email'
  ];
  const text = [
    'Trump and Putin meet in Alaska',
    chrome[0],
    '“We had a very productive meeting, and there were many points that we agreed on,” Donald Trump told reporters.',
    chrome[1],
    '“Our negotiations have been held in a constructive atmosphere of respect,” Vladimir Putin said at the press conference.',
    chrome[2],
    '“It is, of course, a historic moment for the whole of Europe,” said Ines Pohl, a DW bureau chief.',
    'The talks lasted 2 1/2 hours, and many had expected them to stretch to six-seven hours.',
    'Russia launched its full-scale invasion of Ukraine in February 2022.',
    'The decision to meet without Ukraine was a terrible, shameful mistake.'
  ].join('\n');
  const article = articleFromText(text, { id: 'pasted-article', outlet: 'Pasted' });
  const pack = generatePack([article], { id: 'draft', title: 'Draft', seed: 1, analyzers: defaultAnalyzers });

  it('yields questions, none of them from the chrome lines', () => {
    expect(pack.questions.length).toBeGreaterThan(0);
    const chromeSpans = chrome.map((line) => [text.indexOf(line), text.indexOf(line) + line.length]);
    for (const q of pack.questions) {
      const json = JSON.stringify(q);
      expect(json).not.toMatch(/JavaScript|Share via|WhatsApp/);
      const { start, end } = q.source!;
      for (const [from, to] of chromeSpans) expect(start < to && end > from, q.id).toBe(false);
    }
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

describe('cachedAnalyzers', () => {
  it('analyses each article once across the packs of one story', () => {
    const calls = { quotes: 0, checks: 0 };
    const base: Analyzers = {
      extractQuotes: () => (calls.quotes++, []),
      findPeople: () => [],
      classifySentence: () => ({ label: 'unsure', confidence: 0.5, cues: [] }),
      findChecks: () => (calls.checks++, [])
    };
    const analyzers = cachedAnalyzers(base);
    const a = articleFromText('Trump and Putin met for 2 1/2 hours in Anchorage on Friday.', { id: 'a' });
    const b = articleFromText('The summit lasted nearly three hours but ended without a deal.', { id: 'b' });
    generatePack([a, b], { id: 'all', title: 'All', seed: 1, analyzers });
    generatePack([a], { id: 'a', title: 'A', seed: 1, related: [a, b], analyzers });
    generatePack([b], { id: 'b', title: 'B', seed: 1, related: [a, b], analyzers });
    expect(calls).toEqual({ quotes: 2, checks: 1 });
  });
});

describe('hasDanglingPronoun', () => {
  it('flags a “his” or “they” with nobody named before it', () => {
    const people = ['Donald Trump', 'Vladimir Putin'];
    expect(
      hasDanglingPronoun('The Guardian reported his remarks but did not confirm any new agreements.', people)
    ).toBe(true);
    expect(
      hasDanglingPronoun('Trump’s insistence drew criticism from Democrats, who questioned his tone.', people)
    ).toBe(false);
    expect(hasDanglingPronoun('In Alaska, they met for 2 1/2 hours.', people)).toBe(false);
    expect(hasDanglingPronoun('In the end they met for 2 1/2 hours.', people)).toBe(true);
    expect(
      hasDanglingPronoun('Russia launched its full-scale invasion of Ukraine in February 2022.', people)
    ).toBe(false);
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

describe('generatePack', () => {
  const article = articleFromText('Russia launched its full-scale invasion of Ukraine in February 2022.', {
    id: 'one'
  });

  it('reports progress through analysis, building and validation', () => {
    const stages: string[] = [];
    generatePack([article], {
      id: 'p',
      title: 'P',
      seed: 1,
      onProgress: (e) => stages.push(`${e.stage} ${e.done}/${e.total}`)
    });
    expect(stages[0]).toMatch(/^analyse 0\//);
    expect(stages).toContain('build 5/5');
    expect(stages.at(-1)).toBe('validate 1/1');
  });

  it('records the seed and the generator, and refuses an empty article list', () => {
    const pack = generatePack([article], { id: 'p', title: 'P', seed: 42 });
    expect(pack.generated).toMatchObject({ seed: 42, articles: 1 });
    expect(pack.sources.map((s) => s.id)).toEqual(['one']);
    expect(() => generatePack([], { id: 'p', title: 'P', seed: 1 })).toThrow(/no articles/);
  });
});

describe('placeReplacements', () => {
  it('never offers a place the story names together with the original (Anchorage, Alaska)', () => {
    const sentences = [
      'The two met in Anchorage, Alaska, about the issue.',
      'Putin invited Trump for further talks in Moscow.',
      'Government circles in Berlin say the chancellor is informed.',
      'Putin received a warm welcome in Alaska.'
    ];
    const index = indexPlaces(sentences, () => false);
    const original = placeDetails('The leaders shook hands on the tarmac in Anchorage.', () => false)[0];
    expect(original.text).toBe('Anchorage');
    const swaps = placeReplacements(original, index).map((d) => d.text);
    expect(swaps).toEqual(expect.arrayContaining(['Moscow', 'Berlin']));
    expect(swaps).not.toContain('Alaska');
    expect(swaps.some((s) => s.includes('Anchorage'))).toBe(false);
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

  it('take a weaker finding when its evidence settles the claim itself (“In fact…”), not otherwise', () => {
    expect(build(finding('In fact, the base was built in 1942.', 0.62))).toBe(1);
    expect(build(finding('Residents remember the base opening in 1942.', 0.62))).toBe(0);
    expect(build(finding('Residents remember the base opening in 1942.', 0.75))).toBe(1);
  });
});

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

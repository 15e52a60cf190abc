/** The pack assembler on small inputs: pasted articles, progress, caching, readable statements. */
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../corpus/article';
import { cachedAnalyzers, defaultAnalyzers } from './analyzers';
import { generateDrafts, generatePack } from './pack';
import { hasDanglingPronoun } from './passage';
import type { Analyzers } from './types';

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

describe('why each draft was made', () => {
  const text = [
    'Council approves new buses',
    '“We cannot keep paving over the town centre,” Councillor Ann Rowe said at the meeting on Tuesday.',
    'Mayor Dev Patel disagreed with the plan for the northern routes.',
    '“Shops need customers who can park,” Patel said.',
    'The council approved 40 new buses for the northern routes in 2023.',
    'The decision to cut the parking was a terrible, shameful mistake.'
  ].join('\n');
  const article = articleFromText(text, { id: 'council' });
  const { pack, why } = generateDrafts([article], {
    id: 'd',
    title: 'D',
    seed: 1,
    analyzers: defaultAnalyzers
  });

  it('gives every question a reason in plain words, and the same pack as generatePack', () => {
    expect(pack.questions.length).toBeGreaterThan(1);
    for (const q of pack.questions) expect(why[q.id], q.type).toMatch(/^[A-Z“].{20,}[.]$/);
    expect(generatePack([article], { id: 'd', title: 'D', seed: 1, analyzers: defaultAnalyzers })).toEqual(
      pack
    );
  });

  it('says how a who-said key was found and how an altered version was made', () => {
    for (const q of pack.questions) {
      if (q.type === 'attribution')
        expect(why[q.id]).toMatch(/^Quote introduced by “said[^”]*” with .+ as the speaker/);
      if (q.type === 'altered-detail') expect(why[q.id]).toMatch(/changed (×[\d.]+|to “)/);
    }
    expect(pack.questions.some((q) => q.type === 'attribution' || q.type === 'altered-detail')).toBe(true);
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

  it('gives every pack of a story what it gets analysed on its own (the story work shared across packs changes nothing)', () => {
    const lines = (outlet: string, buses: number) => [
      `Council approves ${buses} new buses`,
      `“We cannot keep paving over the town centre,” Councillor Ann Rowe told ${outlet} on Tuesday.`,
      'Mayor Dev Patel disagreed with the plan for the northern routes, which cost 12 million pounds.',
      '“Shops need customers who can park,” Patel said.',
      `The council approved ${buses} new buses for the northern routes in 2023, after a vote of 7 to 2.`,
      'Rowe said the decision to cut the parking was long overdue.'
    ];
    const story = [
      articleFromText(lines('the Courier', 40).join('\n'), { id: 'courier', outlet: 'Courier' }),
      articleFromText(lines('the Gazette', 40).join('\n'), { id: 'gazette', outlet: 'Gazette' }),
      articleFromText(lines('the Post', 45).join('\n'), { id: 'post', outlet: 'Post' })
    ];
    const shared = cachedAnalyzers();
    const packs = (analyzers: () => Analyzers) => [
      generatePack(story, { id: 'all', title: 'All', seed: 1, analyzers: analyzers() }),
      ...story.map((a) =>
        generatePack([a], { id: a.id, title: a.title, seed: 1, related: story, analyzers: analyzers() })
      )
    ];
    const alone = packs(() => defaultAnalyzers);
    expect(alone.flatMap((p) => p.questions).length).toBeGreaterThan(5);
    expect(packs(() => shared)).toEqual(alone);
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

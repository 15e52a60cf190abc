import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle, type Article } from '../corpus/article';
import { changedSpan, findCandidates, plausibleSwap, provedFalse } from './candidates';
import { loadCheckArticles } from './testing';

const SLOW = 120_000;

function article(id: string, text: string): Article {
  return parseArticle(
    `---\nid: ${id}\ntitle: ${id}\noutlet: Test\npublished: '2020-01-01'\nkind: news\n---\n${text}\n`,
    id
  );
}

describe('changedSpan', () => {
  it('widens a change to the whole figure', () => {
    expect(
      changedSpan('Globally there were 14,588 earthquakes.', 'Globally there were 14,500 earthquakes.')
    ).toEqual({
      start: 20,
      from: '14,588',
      to: '14,500'
    });
    expect(changedSpan('a drop of 36–80% by 2100', 'a drop of 36–100% by 2100')).toMatchObject({
      from: '36–80%',
      to: '36–100%'
    });
  });
});

describe('plausibleSwap', () => {
  const at = (sentence: string, from: string) => sentence.indexOf(from);
  it('keeps swaps that read as a real report', () => {
    const s = 'In 2015, there were 19 earthquakes worldwide.';
    expect(plausibleSwap(s, at(s, '19'), '19', '29')).toBe(true);
  });
  it('refuses swaps that give themselves away', () => {
    const quake = 'A magnitude 6.3 earthquake has struck Central Italy.';
    expect(plausibleSwap(quake, at(quake, '6.3'), '6.3', '12')).toBe(false);
    const day = 'The spacewalk was scheduled Jan. 29 but was postponed.';
    expect(plausibleSwap(day, at(day, '29'), '29', '50')).toBe(false);
    const name = 'PMA-3 will be moved to the Harmony module.';
    expect(plausibleSwap(name, at(name, '3'), '3', '4')).toBe(false);
    const year = 'Since about 1900, the average has been about 18 earthquakes per year.';
    expect(plausibleSwap(year, at(year, '1900'), '1900', '1902')).toBe(false);
    const hedged = 'The USGS says nearly 70,000 people live in the city.';
    expect(plausibleSwap(hedged, at(hedged, 'nearly'), 'nearly 70,000', '50,000')).toBe(false);
  });
});

describe('provedFalse', () => {
  const original = 'Researchers used radio tags to track 19 wild-caught pythons in the park.';
  const version = { text: original.replace('19', '38'), from: '19', to: '38' };
  const start = original.indexOf('19');

  it('accepts a version no article reports', () => {
    expect(provedFalse(version, start, [article('a', original)])).toBe(true);
  });

  it('refuses a version another article reports, even in a longer sentence', () => {
    const other = article('b', 'A second team said it tracked 38 wild-caught pythons in the park last year.');
    expect(provedFalse(version, start, [article('a', original), other])).toBe(false);
    const same = article('c', `${version.text} The study ended in May.`);
    expect(provedFalse(version, start, [article('a', original), same])).toBe(false);
  });
});

describe('the check corpus', () => {
  let articles: Article[];
  beforeAll(() => {
    articles = loadCheckArticles();
  });

  it(
    'gives short, high-confidence facts whose altered versions no article reports',
    () => {
      const candidates = findCandidates(articles, 1);
      expect(candidates.length).toBeGreaterThanOrEqual(40);
      // Checked here independently of the builder: whitespace, quotes and case aside, no article prints a version.
      const flat = (t: string) =>
        t
          .toLowerCase()
          .replace(/[“”"'’]/g, '')
          .replace(/\s+/g, ' ')
          .trim();
      const printed = articles.map((a) => flat(a.text));
      for (const c of candidates) {
        expect(c.confidence).toBeGreaterThanOrEqual(0.85);
        expect(c.sentence.split(/\s+/).length).toBeLessThanOrEqual(36);
        expect(articles.some((a) => a.text.includes(c.sentence))).toBe(true);
        for (const v of c.versions) {
          expect(v.text).not.toBe(c.sentence);
          expect(printed.some((p) => p.includes(flat(v.text)))).toBe(false);
        }
      }
    },
    SLOW
  );
});

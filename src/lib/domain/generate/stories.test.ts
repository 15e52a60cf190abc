import { describe, expect, it } from 'vitest';
import { parseArticle, type Article } from '../corpus/article';
import { looksLikePersonName } from './story-people';
import { groupStories } from './stories';

function article(id: string, published: string | null, text: string): Article {
  const parsed = parseArticle(
    `---\nid: ${id}\ntitle: ${id}\noutlet: Test\npublished: '${published ?? '2000-01-01'}'\nkind: news\n---\n${text}\n`,
    `${id}.md`
  );
  // A pasted article may come without a date.
  return published ? parsed : { ...parsed, published: undefined };
}

/** People named in an article's text: capitalised pairs, as a stand-in for the real finder. */
const peopleOf = (a: Article) =>
  [...a.text.matchAll(/\b[A-Z][a-z]+ [A-Z][a-z]+\b/g)].map(([name]) => ({ name }));

describe('groupStories', () => {
  const summitA = article('summit-a', '2025-08-15', 'Maria Lopez met Tomas Berg in Anchorage on Friday.');
  const summitB = article(
    'summit-b',
    '2025-08-17',
    'After the talks, Tomas Berg said Maria Lopez had been frank.'
  );
  const council = article('council', '2018-03-02', 'Ann Rowe asked Dev Patel about parking.');

  it('puts articles that name the same people in the same days into one story, in their own order', () => {
    expect(groupStories([summitA, council, summitB], peopleOf).map((s) => s.map((a) => a.id))).toEqual([
      ['summit-a', 'summit-b'],
      ['council']
    ]);
  });

  it('keeps unrelated articles apart: one shared name is not a story, nor are the same people years apart', () => {
    const oneName = article('one-name', '2025-08-16', 'Maria Lopez opened a school in Lima.');
    const later = article('later', '2027-01-10', 'Maria Lopez and Tomas Berg met again.');
    const stories = groupStories([summitA, oneName, later], peopleOf);
    expect(stories.map((s) => s.map((a) => a.id))).toEqual([['summit-a'], ['one-name'], ['later']]);
  });

  it('compares an article without a date by its people alone', () => {
    const undated = article('undated', null, 'Tomas Berg and Maria Lopez spoke for three hours.');
    expect(groupStories([summitA, undated], peopleOf)).toHaveLength(1);
  });

  it('links a story through a chain of articles', () => {
    const bridge = article(
      'bridge',
      '2025-08-20',
      'Tomas Berg and Maria Lopez later called Ann Rowe and Dev Patel.'
    );
    const ids = groupStories([summitA, council, bridge], peopleOf, { windowDays: 10_000 }).map((s) =>
      s.map((a) => a.id)
    );
    expect(ids).toEqual([['summit-a', 'council', 'bridge']]);
  });
});

describe('looksLikePersonName', () => {
  it('takes people, and refuses organisations, events, publications and documents', () => {
    for (const name of ['James E. Clyburn', 'Mary J. Blige', 'Ludwig van Beethoven', 'Sen. Tim Kaine'])
      expect(looksLikePersonName(name), name).toBe(true);
    for (const name of [
      'Tea Party',
      'Beige Book',
      'Goldman Sachs Symposium',
      'Edmonton City Council',
      'Justice Department'
    ])
      expect(looksLikePersonName(name), name).toBe(false);
  });
});

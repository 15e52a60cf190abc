/**
 * Stories, not folders: a teacher's folder may hold unrelated articles, and only articles of one story may lend each
 * other people (distractors, name swaps), figures (altered-detail checks) or findings (discrepancies). Two articles
 * are of one story when they name at least two of the same people in full and were published within a few days of
 * each other (an article without a date is compared by people alone); a story is a connected group of such pairs.
 */
import type { Article } from '../corpus/article';
import { cleanName, samePerson } from './story-people';
import type { PersonLike } from './types';

export interface StoryOptions {
  /** People two articles must share, each named in full in both. */
  sharedPeople?: number;
  /** The most days between two articles' publication dates for them to be one story. */
  windowDays?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Groups articles into stories, each in the articles' own order; stories are ordered by their first article. */
export function groupStories(
  articles: readonly Article[],
  peopleOf: (article: Article) => readonly PersonLike[],
  { sharedPeople = 2, windowDays = 14 }: StoryOptions = {}
): Article[][] {
  const named = articles.map((article) => fullNames(peopleOf(article)));
  const days = articles.map((article) => publishedDay(article.published));
  const parent = articles.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  for (let i = 0; i < articles.length; i++)
    for (let j = i + 1; j < articles.length; j++) {
      if (root(i) === root(j)) continue;
      const [a, b] = [days[i], days[j]];
      if (a !== undefined && b !== undefined && Math.abs(a - b) > windowDays) continue;
      if (countShared(named[i], named[j]) >= sharedPeople) parent[root(j)] = root(i);
    }
  const stories = new Map<number, Article[]>();
  articles.forEach((article, i) => {
    const key = root(i);
    stories.set(key, [...(stories.get(key) ?? []), article]);
  });
  return [...stories.values()];
}

/** The distinct people an article names in full ("Vladimir Putin", not "Putin"), titles left out. */
function fullNames(people: readonly PersonLike[]): string[] {
  const names: string[] = [];
  for (const { name } of people) {
    const clean = cleanName(name);
    if (clean.includes(' ') && !names.some((n) => samePerson(n, clean))) names.push(clean);
  }
  return names;
}

function countShared(a: readonly string[], b: readonly string[]): number {
  let shared = 0;
  for (const name of a) if (b.some((other) => samePerson(name, other))) shared++;
  return shared;
}

/** Days since the epoch of a `YYYY-MM-DD…` date, or undefined when there is none or it does not parse. */
function publishedDay(published: string | undefined): number | undefined {
  if (!published) return undefined;
  const ms = Date.parse(published.slice(0, 10));
  return Number.isNaN(ms) ? undefined : Math.floor(ms / DAY_MS);
}

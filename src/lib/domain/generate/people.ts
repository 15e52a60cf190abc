/**
 * The people of a story, merged across articles: "Trump" and "Donald Trump" are one person, "Zelensky" and
 * "Volodymyr Zelenskyy" too, while "Melania Trump" stays someone else. Distractors and name swaps come from here.
 */
import type { BuildContext } from './types';

const TITLES =
  /^(?:(?:US|U\.S\.|Russian|Ukrainian|German|French|British|former|first|lady|President|Prime|Minister|Chancellor|Sir|Dame|Mr|Mrs|Ms|Dr|Host|Senator|Sen|Rep|Gov|General|Gen|Secretary|Vice|the)\.?\s+)+/i;

export function cleanName(name: string): string {
  return name
    .replace(/['’]s$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(TITLES, '')
    .trim();
}

const partsCache = new Map<string, { first?: string; last: string }>();

function parts(name: string): { first?: string; last: string } {
  let cached = partsCache.get(name);
  if (!cached) {
    const tokens = cleanName(name).split(' ');
    cached = { first: tokens.length > 1 ? tokens[0] : undefined, last: tokens[tokens.length - 1] ?? '' };
    // A bounded cache: names repeat within a story, and the generator may run over many stories.
    if (partsCache.size > 10_000) partsCache.clear();
    partsCache.set(name, cached);
  }
  return cached;
}

/** Spelling variants that differ by one letter (Zelensky / Zelenskyy count as one). */
function closeSpelling(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  if (Math.min(x.length, y.length) < 5 || Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  if (x.length === y.length) return x.slice(i + 1) === y.slice(i + 1);
  return x.length > y.length ? x.slice(i + 1) === y.slice(i) : x.slice(i) === y.slice(i + 1);
}

/** Could two names denote the same person? Surnames must match; first names, when both given, too. */
export function samePerson(a: string, b: string): boolean {
  const pa = parts(a);
  const pb = parts(b);
  if (!pa.last || !pb.last || !closeSpelling(pa.last, pb.last)) return false;
  return !pa.first || !pb.first || closeSpelling(pa.first, pb.first);
}

/** Shares a surname with another person (Melania and Donald Trump): never a fair distractor for each other. */
export function sharesSurname(a: string, b: string): boolean {
  return closeSpelling(parts(a).last, parts(b).last);
}

/** A name looks like a person's: capitalised words, no lower-case words but particles. */
export function looksLikePersonName(name: string): boolean {
  const cleaned = cleanName(name);
  if (!cleaned || cleaned.length > 60) return false;
  const tokens = cleaned.split(' ');
  if (tokens.length > 4) return false;
  return tokens.every((t) => /^\p{Lu}[\p{L}'’.-]*$/u.test(t) || /^(?:de|van|von|der|al|bin|la|le)$/.test(t));
}

export class PeopleRegistry {
  private people: { display: string; count: number }[] = [];
  private resolved = new Map<string, string>();

  /** Full names go in first, so a bare "Trump" can never turn into "Melania Trump". */
  static from(names: Iterable<string>): PeopleRegistry {
    const registry = new PeopleRegistry();
    const cleaned = [...names].map(cleanName);
    const tokens = (n: string) => n.split(' ').length;
    cleaned.filter((n) => tokens(n) > 1).forEach((n) => registry.add(n));
    cleaned.filter((n) => tokens(n) === 1).forEach((n) => registry.add(n));
    return registry;
  }

  /** Adds a mention; the fullest form seen becomes the display name. */
  add(name: string): void {
    this.resolved.clear();
    const cleaned = cleanName(name);
    if (!looksLikePersonName(cleaned)) return;
    const candidates = this.people.filter((p) => samePerson(p.display, cleaned));
    // A bare surname shared by two known people (Trump) cannot be merged safely: count it for the commonest.
    const match = candidates.sort((a, b) => b.count - a.count)[0];
    if (!match) {
      this.people.push({ display: cleaned, count: 1 });
      return;
    }
    match.count++;
    if (cleaned.split(' ').length > match.display.split(' ').length) match.display = cleaned;
  }

  /** The display name of the person a mention refers to (the mention itself when unknown). */
  resolve(name: string): string {
    const cleaned = cleanName(name);
    const match = this.people
      .filter((p) => samePerson(p.display, cleaned))
      .sort((a, b) => b.count - a.count)[0];
    return match?.display ?? cleaned;
  }

  /** Everyone, most mentioned first, then by name, so the order is stable. */
  all(): string[] {
    return [...this.people]
      .sort((a, b) => b.count - a.count || a.display.localeCompare(b.display))
      .map((p) => p.display);
  }
}

const registries = new WeakMap<object, PeopleRegistry>();

/** Everyone the story's articles name or quote (built once per analysed story). */
export function storyPeople(ctx: Pick<BuildContext, 'story' | 'quotes' | 'people'>): PeopleRegistry {
  const cached = registries.get(ctx.quotes);
  if (cached) return cached;
  const names: string[] = [];
  for (const article of ctx.story) {
    for (const q of ctx.quotes.get(article.id) ?? []) if (q.speaker) names.push(q.speaker);
    for (const p of ctx.people.get(article.id) ?? []) names.push(p.name);
  }
  const registry = PeopleRegistry.from(names);
  registries.set(ctx.quotes, registry);
  return registry;
}

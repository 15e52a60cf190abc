/**
 * "Which version matches the reporting?": the original sentence and 2–3 versions with one detail swapped for
 * another of the same kind from the same story. A swapped-in value never matches what any article reports
 * (see `safeReplacements`), and a swapped-in name is someone else the story names.
 */
import type { Article } from '../corpus/article';
import type { Sentence } from '../corpus/text';
import { hash53, shuffled, stableId } from '../hash';
import type { QuestionOf } from '../packs/schema';
import { findDetails, safeReplacements, type Detail } from './details';
import {
  hasDanglingPronoun,
  isProse,
  keyFromWords,
  normalizedKey,
  provenance,
  randomFor,
  reportedBy,
  sectionNote,
  startsWithDanglingReference,
  wordCount
} from './passage';
import { samePerson, sharesSurname, storyPeople } from './story-people';
import { indexPlaces, placeDetails, placeReplacements, type PlaceIndex } from './places';
import { articleStillFits, plausibleSwap, publishedYear, scaledReplacements } from './plausible';
import type { BuildContext, QuestionCandidate } from './types';

const MIN_WORDS = 8;
const MAX_WORDS = 45;
/** How much longer or shorter than a version a printed sentence may be and still count as that version. */
const PRINTED_SLACK = 12;
const CONFIDENCE: Record<Detail['kind'], number> = {
  duration: 0.9,
  quantity: 0.9,
  number: 0.85,
  date: 0.85,
  place: 0.8,
  name: 0.75
};

export function buildAlteredDetail(ctx: BuildContext): QuestionCandidate[] {
  const registry = storyPeople(ctx);
  const everyone = registry.all();
  // Only people the story quotes are swapped in: they are the ones a reader could mistake for each other.
  const speakers = ctx.story.flatMap((a) =>
    (ctx.quotes.get(a.id) ?? [])
      .filter((q) => q.speaker && !q.reported)
      .map((q) => registry.resolve(q.speaker!))
  );
  const people = byFrequency(speakers).filter((name) => name.includes(' '));
  // Each sentence's details when first asked for, and the whole story's only once a candidate has a figure to
  // replace: finding a sentence's figures is a pass of analysis/checks/values.ts over it.
  const detailsOf = new Map<string, Detail[]>();
  const detailsIn = (text: string) => {
    let details = detailsOf.get(text);
    if (!details) detailsOf.set(text, (details = findDetails(text, ctx.figures)));
    return details;
  };
  let storyDetails: Detail[] | undefined;
  const everyDetail = () =>
    (storyDetails ??= [...new Set(ctx.story.flatMap((a) => a.sentences.map((s) => s.text)))].flatMap(
      detailsIn
    ));
  // A version must not be a sentence some article prints (compared only where the swapped-in words occur).
  // The story's sentences by length: a version is compared only with those within 12 characters of its own.
  const byLength = ctx.story
    .flatMap((a) => a.sentences.map((s) => s.text))
    .sort((a, b) => a.length - b.length);
  const keys = new Map<string, string>();
  const keyOf = (text: string) => keys.get(text) ?? keys.set(text, keyFromWords(ctx.words(text))).get(text)!;
  const printed = (version: string, replacement: string) => {
    // The version's own key is computed only when some sentence is near it: most versions have none.
    let key: string | undefined;
    const longest = version.length + PRINTED_SLACK;
    for (let i = firstAtLeast(byLength, version.length - PRINTED_SLACK); i < byLength.length; i++) {
      const t = byLength[i];
      if (t.length > longest) break;
      if (t.includes(replacement) && keyOf(t) === (key ??= normalizedKey(version))) return true;
    }
    return false;
  };
  const namePatterns = people.map((person) => {
    const surname = person.split(' ').pop()!;
    return { person, surname, pattern: new RegExp(`\\b(?:${escape(person)}|${escape(surname)})\\b`) };
  });
  const isPerson = (name: string) => everyone.some((p) => samePerson(p, name));
  // The story's places, indexed once some sentence has no figure to swap.
  let placeIndex: PlaceIndex | undefined;
  const places = () =>
    (placeIndex ??= indexPlaces(
      ctx.story.flatMap((a) => a.sentences.map((s) => s.text)),
      isPerson
    ));
  // Who may replace a name depends on the name and its form only: worked out once per pack, not per mention.
  const othersOf = new Map<string, string[]>();
  const otherPeople = (detail: Detail) => {
    const key = `${detail.form}\u241f${detail.text}`;
    let others = othersOf.get(key);
    if (!others) othersOf.set(key, (others = otherPeopleThan(detail, people)));
    return others;
  };
  const drafts: QuestionCandidate[] = [];
  const names: QuestionCandidate[] = [];
  for (const article of ctx.articles) {
    const published = publishedYear(article.published);
    // Whether the article names someone, asked once per name and article (each asks for a scan of the article).
    const named = new Map<string, boolean>();
    const inArticle = (name: string) => {
      let found = named.get(name);
      if (found === undefined) named.set(name, (found = article.text.includes(name)));
      return found;
    };
    for (const sentence of article.sentences) {
      if (!isCandidate(sentence) || hasDanglingPronoun(sentence.text, everyone)) continue;
      // Names only where the sentence has no figure and quotes nobody (attribution already asks who said what).
      const figures = detailsIn(sentence.text);
      const details =
        figures.length || !nameSwappable(ctx, article, sentence)
          ? figures
          : [...placeDetails(sentence.text, isPerson, places()), ...nameDetails(sentence.text, namePatterns)];
      for (const detail of details.filter((d) => !d.vague)) {
        const random = randomFor(ctx.seed, `${sentence.text}\u241f${detail.text}`);
        // A swapped-in name or place is one this article names: one from another article gives itself away.
        const pool =
          detail.kind === 'name'
            ? nameReplacements(detail, sentence.text, otherPeople(detail)).filter((d) => inArticle(d.text))
            : detail.kind === 'place'
              ? placeReplacements(detail, places())
                  .filter((d) => article.text.includes(d.text))
                  .slice(0, 5)
              : figureReplacements(detail, everyDetail(), published);
        const ordered = detail.kind === 'name' ? pool : shuffled(pool, random);
        const versions = versionsOf(sentence.text, detail, ordered, printed);
        if (versions.length < 2 || CONFIDENCE[detail.kind] < ctx.minConfidence) continue;
        const easy = detail.kind === 'name' || detail.kind === 'place';
        (easy ? names : drafts).push(
          toDraft(article, sentence, keyOf(sentence.text), detail, versions, random)
        );
        break;
      }
    }
  }
  // Name and place swaps are the easiest to see through: at most one for every three figure swaps.
  // Chosen by content, not by seed, so that every seed yields the same questions.
  const byHash = [...names].sort((a, b) => hash53(a.question.id) - hash53(b.question.id));
  const keep = new Set(byHash.slice(0, Math.ceil(drafts.length / 3)));
  return [...drafts, ...names.filter((d) => keep.has(d))];
}

/**
 * A name swap must not give itself away or turn out true: no quotation (someone's words), no gendered pronoun
 * ("Pohl said he…"), no negation ("Putin did not speak of sanctions" may hold for him too).
 */
function nameSwappable(ctx: BuildContext, article: Article, sentence: Sentence): boolean {
  if (/["“”‘]/.test(sentence.text) || /\b(?:he|his|him|she|her|hers)\b/i.test(sentence.text)) return false;
  if (/\b(?:not|no|never|n't|n’t|without)\b/i.test(sentence.text)) return false;
  const inQuote = (ctx.quotes.get(article.id) ?? []).some(
    (q) => q.start < sentence.end && q.end > sentence.start
  );
  return !inQuote;
}

/** The index of the first text at least `length` long, in texts sorted by length (binary search). */
function firstAtLeast(texts: string[], length: number): number {
  let low = 0;
  let high = texts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (texts[mid].length < length) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Distinct names, the most quoted first (the plausible mix-ups), ties by name for a stable order. */
function byFrequency(names: string[]): string[] {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
}

/** The last characters a whole sentence may have (a quotation may close it). */
const SENTENCE_ENDS = new Set(['.', '!', '?', '"', '”', '’', "'"]);

function isCandidate(sentence: Sentence): boolean {
  // The cheap tests first: counting words scans the whole sentence (and a regex anchored at the end would too).
  if (sentence.heading || !SENTENCE_ENDS.has(sentence.text.charAt(sentence.text.length - 1))) return false;
  const count = wordCount(sentence.text);
  return (
    count >= MIN_WORDS &&
    count <= MAX_WORDS &&
    isProse(sentence.text) &&
    !startsWithDanglingReference(sentence.text)
  );
}

/**
 * Figures to swap in: the story's own figures of the same kind that stay plausible (see `plausibleSwap`), nearest in
 * size first; where the story has fewer than three, figures made by scaling the original. None is near what the
 * story reports for the same fact (see `safeReplacements`).
 */
function figureReplacements(detail: Detail, story: Detail[], published: number | undefined): Detail[] {
  const plausible = (d: Detail) => plausibleSwap(detail, d, published);
  const fromStory = closest(detail, safeReplacements(detail, story).filter(plausible));
  if (fromStory.length >= 3) return fromStory;
  const taken = new Set(fromStory.map((d) => d.text));
  const made = safeReplacements(detail, [...story, ...scaledReplacements(detail, published)]).filter(
    (d) => plausible(d) && !taken.has(d.text) && !story.some((s) => s.text === d.text)
  );
  return [...fromStory, ...closest(detail, made)];
}

/** The replacements nearest in size (but never near, see `safeReplacements`): plausible, still wrong. */
function closest(original: Detail, pool: Detail[], keep = 5): Detail[] {
  const mid = (d: Detail) => Math.max(1e-6, (d.low + d.high) / 2);
  const distance = (d: Detail) => Math.abs(Math.log(mid(d) / mid(original)));
  return [...pool].sort((a, b) => distance(a) - distance(b) || a.text.localeCompare(b.text)).slice(0, keep);
}

/** Mentions of the story's people ("Ischinger", "Wolfgang Ischinger"), as swappable details. */
function nameDetails(text: string, people: { person: string; surname: string; pattern: RegExp }[]): Detail[] {
  const out: Detail[] = [];
  for (const { person, surname, pattern } of people) {
    // Either form of the name ends in the surname: a plain substring search rules most people out, cheaply.
    if (!text.includes(surname)) continue;
    const m = pattern.exec(text);
    if (!m || out.some((d) => m.index < d.end && m.index + m[0].length > d.start)) continue;
    // "President Putin", "Putin Adviser": a title or another name around it would clash with the swapped name.
    const before = /(\S+)\s*$/.exec(text.slice(0, m.index))?.[1] ?? '';
    const after = /^\s*(\S+)/.exec(text.slice(m.index + m[0].length))?.[1] ?? '';
    if (/^\p{Lu}/u.test(before) || /^\p{Lu}/u.test(after)) continue;
    // Full names usually come with a role ("his US counterpart Donald Trump") that a swap would contradict.
    if (m[0] === person && person.includes(' ')) continue;
    const form = 'surname';
    out.push({ kind: 'name', form, text: m[0], start: m.index, end: m.index + m[0].length, low: 0, high: 0 });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Other people of the story than the one a name detail names, in the same form (full name or surname). */
function otherPeopleThan(detail: Detail, people: readonly string[]): string[] {
  const subject = people.find((p) => samePerson(p, detail.text)) ?? detail.text;
  return people
    .filter((p) => p.includes(' ') && !samePerson(p, subject) && !sharesSurname(p, subject))
    .map((p) => (detail.form === 'full' ? p : p.split(' ').pop()!));
}

/** Those of `others` (see `otherPeopleThan`) who are not in the sentence, as replacements for the detail. */
function nameReplacements(detail: Detail, sentence: string, others: readonly string[]): Detail[] {
  return others
    .filter((name) => !sentence.includes(name) || !new RegExp(`\\b${escape(name)}\\b`).test(sentence))
    .map((name) => ({ ...detail, text: name }));
}

/** Up to three versions with the detail swapped, none naming what the sentence already names or printed anywhere. */
function versionsOf(
  text: string,
  detail: Detail,
  replacements: Detail[],
  printed: (version: string, replacement: string) => boolean
): Version[] {
  const lower = text.toLowerCase();
  const versions: Version[] = [];
  for (const { text: replacement } of replacements) {
    if (lower.includes(replacement.toLowerCase())) continue;
    if (!articleStillFits(text.slice(0, detail.start), detail.text, replacement)) continue;
    const version = swap(text, detail, replacement);
    if (printed(version, replacement)) continue;
    // Three are enough: the rest are not compared with the story at all.
    if (versions.push({ text: version, replacement }) === 3) break;
  }
  return versions;
}

function swap(text: string, detail: Detail, replacement: string): string {
  const capital = detail.start === 0 ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
  return text.slice(0, detail.start) + capital + text.slice(detail.end);
}

interface Version {
  text: string;
  replacement: string;
}

function toDraft(
  article: Article,
  sentence: Sentence,
  sentenceKey: string,
  detail: Detail,
  versions: Version[],
  random: () => number
): QuestionCandidate {
  const options = shuffled([sentence.text, ...versions.map((v) => v.text)], random);
  const note = sectionNote(article, sentence.start);
  const changed = versions.map((v) => `“${v.replacement}”`).join(', ');
  const question: QuestionOf<'altered-detail'> = {
    id: stableId('altered-detail', sentenceKey, detail.text),
    type: 'altered-detail',
    skill: 'detail',
    prompt: note ? `Which version matches the reporting? ${note}` : 'Which version matches the reporting?',
    options,
    answer: options.indexOf(sentence.text),
    detailKind: detail.kind,
    explanation: `${reportedBy(article)} reports “${detail.text}”. The other versions change it to ${changed}, which no article in the corpus reports here.`,
    source: provenance(article, sentence.start, sentence.end),
    confidence: CONFIDENCE[detail.kind],
    difficulty: versions.length === 3 ? 0.55 : 0.45,
    tags: note ? ['advocacy'] : undefined
  };
  return {
    question,
    key: sentence.text,
    confidence: CONFIDENCE[detail.kind],
    why: alteredWhy(detail, versions)
  };
}

/** "number “160” changed ×2, ×1.5 and ×0.5; nothing else in the sentence changes": how each version was made. */
function alteredWhy(detail: Detail, versions: Version[]): string {
  const value = (text: string) => Number(text.replace(/[,\s]/g, ''));
  const original = value(detail.text);
  const changes = versions.map((v) => {
    const ratio = value(v.replacement) / original;
    return Number.isFinite(ratio) && ratio > 0 && original !== 0
      ? `×${Math.round(ratio * 100) / 100}`
      : `to “${v.replacement}”`;
  });
  const list = changes.length > 1 ? `${changes.slice(0, -1).join(', ')} and ${changes.at(-1)}` : changes[0];
  return `The ${detail.kind} “${detail.text}” changed ${list}; nothing else in the sentence changes.`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

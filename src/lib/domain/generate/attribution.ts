/**
 * "Who said this?": a direct quote the analysis marks as question-worthy, its speaker and 2–3 distractors who are
 * other people of the same article (other speakers first, then other people named), with the cue as evidence. Names
 * are resolved across the story ("Putin" is "Vladimir Putin"), but a distractor never comes from another article.
 */
import type { Article } from '../corpus/article';
import { shuffled, stableId } from '../hash';
import type { QuestionOf } from '../packs/schema';
import {
  isArticleText,
  keyFromWords,
  outletName,
  provenance,
  randomFor,
  sectionNote,
  wordCount
} from './passage';
import { cleanName, looksLikePersonName, samePerson, sharesSurname, storyPeople } from './story-people';
import type { BuildContext, QuestionCandidate, QuoteLike } from './types';

/** Fewer words than this is a label or scare quote, not something a person said. */
const MIN_QUOTE_WORDS = 4;

export function buildAttribution(ctx: BuildContext): QuestionCandidate[] {
  const registry = storyPeople(ctx);
  const isPerson = (name: string) => registry.looksLikePerson(name);
  const speakersOf = (article: Article) =>
    unique(
      (ctx.quotes.get(article.id) ?? [])
        .filter((q) => q.speaker && !q.reported && isPerson(q.speaker))
        .map((q) => registry.resolve(q.speaker!))
    ).filter(isFullName);
  const drafts: QuestionCandidate[] = [];
  for (const article of ctx.articles) {
    const articleSpeakers = speakersOf(article);
    const articleNamed = unique(
      (ctx.people.get(article.id) ?? []).map((p) => registry.resolve(p.name))
    ).filter(isFullName);
    const asWritten = spellingIn(article, ctx);
    for (const quote of ctx.quotes.get(article.id) ?? []) {
      if (!isQuestionWorthy(article, quote, ctx.minConfidence, isPerson)) continue;
      const answer = registry.resolve(quote.speaker!);
      // "Reporters", "Officials": a who-said question needs a person the story names in full.
      if (!isFullName(answer)) continue;
      const random = randomFor(ctx.seed, `${answer}\u241f${quote.text}`);
      // Only people of the quote's own article: someone from another article of the story is one a student can
      // rule out without reading this one.
      const tiers = [articleSpeakers, articleNamed];
      const distractors = pickDistractors(answer, tiers, random, isPerson);
      // Fewer options rather than outsiders: an article that names one other person asks between two.
      if (distractors.length < 1) continue;
      // The story's name for each person keeps the id and the order stable; the student reads the article's own.
      const options = shuffled([answer, ...distractors], random).map(asWritten);
      const key = asWritten(answer);
      const note = sectionNote(article, quote.start);
      const question: QuestionOf<'attribution'> = {
        id: stableId('attribution', answer, keyFromWords(ctx.words(quote.text))),
        type: 'attribution',
        skill: 'attribution',
        prompt: note ? `Who said this? ${note}` : 'Who said this?',
        // “…and they're not,” Trump added: the comma belongs to the sentence around the quote, not to the words.
        quote: quote.text.trim().replace(/[\s,;:]+$/, ''),
        options,
        answer: options.indexOf(key),
        explanation: explain(article, quote, key),
        source: provenance(
          article,
          Math.min(quote.start, quote.sentence?.start ?? quote.start),
          Math.max(quote.end, quote.sentence?.end ?? quote.end)
        ),
        confidence: round(quote.confidence),
        difficulty: options.length === 4 ? 0.5 : options.length === 3 ? 0.35 : 0.2,
        tags: note ? ['advocacy'] : undefined
      };
      drafts.push({
        question,
        key: quote.text,
        confidence: quote.confidence,
        speaker: answer,
        why: attributionWhy(quote, key, options.length - 1)
      });
    }
  }
  return withoutRepeatedRemarks(drafts, ctx.words);
}

const FUNCTION_WORDS = new Set(
  'that this with have will would there their they them what when were been from your very about just also into than then some more most like really going said'.split(
    ' '
  )
);

function contentWords(words: readonly string[]): Set<string> {
  return new Set(words.filter((w) => w.length > 3 && !FUNCTION_WORDS.has(w)));
}

/**
 * One remark, one question: a fragment of a longer quote ("get a little heat on that one") or a paraphrase of it in
 * another outlet, by the same speaker, is the same remark. The most confident (then the fullest) is kept.
 */
function withoutRepeatedRemarks(
  drafts: QuestionCandidate[],
  words: BuildContext['words']
): QuestionCandidate[] {
  const ranked = drafts
    .map((d, i) => ({ d, i, words: contentWords(words(d.key)) }))
    .sort((a, b) => b.d.confidence - a.d.confidence || b.d.key.length - a.d.key.length || a.i - b.i);
  const kept: typeof ranked = [];
  for (const r of ranked) {
    const repeats = kept.some((k) => {
      if (k.d.speaker !== r.d.speaker) return false;
      const smaller = Math.min(k.words.size, r.words.size);
      let shared = 0;
      for (const w of r.words) if (k.words.has(w)) shared++;
      return smaller > 0 && shared / smaller >= 0.75;
    });
    if (!repeats) kept.push(r);
  }
  return kept.sort((a, b) => a.i - b.i).map((k) => k.d);
}

function isQuestionWorthy(
  article: Article,
  quote: QuoteLike,
  minConfidence: number,
  isPerson: (name: string) => boolean
): boolean {
  return Boolean(
    quote.question &&
    !quote.reported &&
    quote.speaker &&
    isPerson(quote.speaker) &&
    quote.confidence >= minConfidence &&
    wordCount(quote.text) >= MIN_QUOTE_WORDS &&
    isArticleText(article, quote.start)
  );
}

/**
 * A person's name as this article writes it: the story may spell a name otherwise ("Zelenskyy" where this article
 * has "Zelensky"), and a student checks the options against the article in front of them. The fullest form the
 * article itself uses; where it gives only a surname, the story's first names with the article's surname.
 */
function spellingIn(article: Article, ctx: BuildContext): (name: string) => string {
  const mentions = [
    ...(ctx.quotes.get(article.id) ?? []).flatMap((q) => (q.speaker ? [cleanName(q.speaker)] : [])),
    ...(ctx.people.get(article.id) ?? []).map((p) => cleanName(p.name))
  ];
  const cache = new Map<string, string>();
  return (name) => {
    let written = cache.get(name);
    if (written === undefined) {
      let fullest: string | undefined;
      for (const mention of mentions)
        if (samePerson(mention, name) && (!fullest || wordCount(mention) > wordCount(fullest)))
          fullest = mention;
      const words = name.split(' ');
      const surname = fullest?.split(' ').pop();
      written = !fullest ? name : isFullName(fullest) ? fullest : [...words.slice(0, -1), surname].join(' ');
      cache.set(name, written);
    }
    return written;
  };
}

/** Up to three other people, taken tier by tier (shuffled within a tier), never the speaker or a namesake. */
export function pickDistractors(
  answer: string,
  tiers: string[][],
  random: () => number,
  isPerson: (name: string) => boolean = looksLikePersonName
): string[] {
  const picked: string[] = [];
  for (const tier of tiers) {
    for (const name of shuffled(tier, random)) {
      if (picked.length === 3) return picked;
      const clash = [answer, ...picked].some(
        (other) => samePerson(other, name) || sharesSurname(other, name)
      );
      if (!clash && isPerson(name)) picked.push(name);
    }
  }
  return picked;
}

/** Why this quote became a question, for the teacher: how the speaker was found, and where the options come from. */
function attributionWhy(quote: QuoteLike, speaker: string, others: number): string {
  const found = quote.cue
    ? `Quote introduced by “${quote.cue.trim()}” with ${speaker} as the speaker`
    : `Quote the article attributes to ${speaker}`;
  return `${found}; the other ${others === 1 ? 'option is a person' : `${others} options are people`} named in the same article or story.`;
}

/** Names the evidence: the sentence around the quote with the quote itself left out, and the cue. */
function explain(article: Article, quote: QuoteLike, answer: string): string {
  const sentence = quote.sentence ?? { start: quote.start, end: quote.end };
  const from = Math.min(sentence.start, quote.start);
  const to = Math.max(sentence.end, quote.end);
  const joined = (article.text.slice(from, quote.start) + '…' + article.text.slice(quote.end, to)).replace(
    /\s+/g,
    ' '
  );
  // A photo credit ends the context; the regex only runs where there is one (it tries every position otherwise).
  const context = (joined.includes('©') ? joined.replace(/\s*©.*$/, '') : joined).trim();
  const hasContext = wordCount(context.replace(/[“”"‘’'…,.:;]/g, ' ')) >= 2;
  if (!hasContext)
    return `${answer} said it, as ${outletName(article)} reports: the quote continues ${answer}'s words from the passage before it.`;
  const surname = answer.split(' ').pop()!;
  const pronoun = /\b(he|she|they)\b/i.exec(context)?.[1];
  const who =
    !context.includes(surname) && pronoun
      ? ` Here “${pronoun.toLowerCase()}” means ${answer}, named earlier in the report.`
      : '';
  return `${answer} said it, as ${outletName(article)} reports: ${context}${who}`;
}

/**
 * No speaker may be the answer to more than 40% of a pack's "Who said this?" questions when others are available:
 * each speaker keeps at most C questions (the most confident ones), with C the largest cap that satisfies the
 * share. When no cap can (two speakers only), the most quoted are cut back to the runner-up's count.
 */
export function balanceAttribution(drafts: QuestionCandidate[], maxShare = 0.4): QuestionCandidate[] {
  const bySpeaker = new Map<string, QuestionCandidate[]>();
  for (const d of drafts) bySpeaker.set(d.speaker ?? '', [...(bySpeaker.get(d.speaker ?? '') ?? []), d]);
  const counts = [...bySpeaker.values()].map((list) => list.length).sort((x, y) => y - x);
  if (counts.length < 2) return drafts;
  const total = (cap: number) => counts.reduce((sum, c) => sum + Math.min(c, cap), 0);
  let cap = counts[0];
  while (cap > 0 && cap > maxShare * total(cap)) cap--;
  if (cap === 0) cap = counts[1];
  const kept = new Set<QuestionCandidate>();
  for (const list of bySpeaker.values()) {
    const strongest = list
      .map((d, i) => ({ d, i }))
      .sort((x, y) => y.d.confidence - x.d.confidence || x.i - y.i)
      .slice(0, cap);
    for (const { d } of strongest) kept.add(d);
  }
  return drafts.filter((d) => kept.has(d));
}

function isFullName(name: string): boolean {
  return name.includes(' ');
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

function round(value: number): number {
  return Math.round(Math.max(0, Math.min(1, value)) * 1000) / 1000;
}

/**
 * "Fact or opinion?": only confident, clear-cut sentences become questions: not headlines, not quotes or reported
 * speech (whose label would depend on reading "he said" as the fact), no cues pulling both ways, and sentences
 * that read on their own. The answer follows Pew Research Center's 2018 definitions.
 */
import { stableId } from '../hash';
import type { QuestionOf } from '../packs/schema';
import type { Article } from '../corpus/article';
import type { Sentence } from '../corpus/text';
import { cleanName, storyPeople } from './story-people';
import {
  hasDanglingPronoun,
  isProse,
  keyFromWords,
  provenance,
  reportedBy,
  sectionNote,
  startsWithDanglingReference,
  wordCount
} from './passage';
import type { BuildContext, ClassificationLike, QuestionCandidate, QuoteLike } from './types';

const MIN_WORDS = 6;
const MAX_WORDS = 45;
/** Fact or opinion asks for more certainty than the other types: a wrong key here teaches the wrong idea. */
const MIN_CONFIDENCE = 0.8;
/** Total weight of cues pointing against the label that still counts as one-sided. */
const MAX_PULL_AGAINST = 0.5;
/** Quotation marks (an apostrophe inside a word is not one). */
const QUOTE_MARK = /["“”]|(?:^|[\s(—–-])[‘']|[’'](?=[\s,.;:!?)—–-]|$)/;
/** Attribution verbs: the sentence reports what someone said, which makes its label ambiguous for a student. */
const REPORTING =
  /\b(?:said|says|say|told|tells|added|adds|claimed|claims|stressed|argued|insisted|noted|warned|wrote|according to|replied|responded|suggested|admitted|described|called)\b/i;

export const PEW_FACT =
  'A statement of fact can be proved or disproved by objective evidence, whether or not it turns out to be true (Pew Research Center, 2018).';
export const PEW_OPINION =
  'An opinion reflects the beliefs and values of whoever expressed it, a judgement or a prediction, and cannot be proved or disproved by objective evidence (Pew Research Center, 2018).';

export function buildFactOpinion(ctx: BuildContext): QuestionCandidate[] {
  const drafts: QuestionCandidate[] = [];
  for (const article of ctx.articles) {
    const quotes = ctx.quotes.get(article.id) ?? [];
    const people = storyPeople(ctx).all();
    const touchesQuote = quoteOverlap(quotes);
    const insideQuotation = quotationDepth(article);
    for (const sentence of article.sentences) {
      if (touchesQuote(sentence) || !isCandidate(sentence) || insideQuotation(sentence)) continue;
      if (hasDanglingPronoun(sentence.text, people) || ruledOutByShape(ctx, sentence.text)) continue;
      const result = ctx.classify(sentence.text);
      if (!isClearCut(result, Math.max(ctx.minConfidence, MIN_CONFIDENCE))) continue;
      if (ctx.isClearCut && !ctx.isClearCut(sentence.text, result)) continue;
      drafts.push(toDraft(ctx, article, sentence, result));
    }
    for (const quote of quotes) {
      // The quoted words themselves ("It was a disaster"), not the sentence that reports them: the evaluations,
      // predictions and recommendations a news article carries are mostly in its quotes.
      const statement = quotedStatement(article, quote);
      if (!statement || ruledOutByShape(ctx, statement)) continue;
      const result = ctx.classify(statement);
      if (!isClearCut(result, Math.max(ctx.minConfidence, MIN_CONFIDENCE))) continue;
      if (ctx.isClearCut && !ctx.isClearCut(statement, result)) continue;
      drafts.push(
        toDraft(ctx, article, { text: statement, start: quote.start, end: quote.end }, result, quote)
      );
    }
  }
  return drafts;
}

/**
 * A quote that reads as a statement on its own: someone's own words (not speech they report of others), one whole
 * sentence of 6–45 words with no quotation inside it, in the article's reporting (not a heading).
 */
function quotedStatement(article: Article, quote: QuoteLike): string | undefined {
  if (!quote.speaker || quote.reported || quote.confidence < MIN_CONFIDENCE) return undefined;
  const text = quote.text.trim().replace(/[\s,;:]+$/, '');
  if (!/^\p{Lu}/u.test(text) || QUOTE_MARK.test(text) || REPORTING.test(text)) return undefined;
  // One sentence, whole: several sentences may mix a fact and an opinion, and a cut ("At this new stage...") or a
  // continuation ("But I could see…") leaves out what the words respond to.
  if (/[.!?…](?:\s|$)|\.\.\./.test(text.replace(/[.!?]$/, '')) || /^(?:But|And|So|Or|Yet)\b/.test(text))
    return undefined;
  const count = wordCount(text);
  if (count < MIN_WORDS || count > MAX_WORDS || !isProse(text)) return undefined;
  if (startsWithDanglingReference(text)) return undefined;
  const sentence = article.sentences.find((s) => s.start <= quote.start && quote.start < s.end);
  return sentence?.heading ? undefined : text;
}

/** The cheap tests come first: most sentences fail one of them, and the word count and patterns are dearer. */
function isCandidate(sentence: Sentence): boolean {
  if (sentence.heading || !/[.!]$/.test(sentence.text)) return false;
  if (QUOTE_MARK.test(sentence.text)) return false;
  const count = wordCount(sentence.text);
  if (count < MIN_WORDS || count > MAX_WORDS) return false;
  if (REPORTING.test(sentence.text) || !isProse(sentence.text)) return false;
  return !startsWithDanglingReference(sentence.text);
}

/**
 * Whether a sentence overlaps a quote, asked of the sentences in text order. A quote overlaps the sentence exactly
 * when the furthest end among quotes that start before the sentence ends lies past its start, so one pass over the
 * quotes (sorted by start) answers for every sentence, rather than every quote for every sentence.
 */
function quoteOverlap(quotes: readonly QuoteLike[]): (sentence: Sentence) => boolean {
  const byStart = [...quotes].sort((a, b) => a.start - b.start);
  let next = 0;
  let furthestEnd = -1;
  return (sentence) => {
    while (next < byStart.length && byStart[next].start < sentence.end)
      furthestEnd = Math.max(furthestEnd, byStart[next++].end);
    return furthestEnd > sentence.start;
  };
}

/**
 * Whether a sentence lies inside a quotation that spans several sentences (someone's words, not the writer's),
 * asked of the sentences in text order: the quote marks of each paragraph are counted once, up to each sentence
 * in turn, so a long paragraph costs one scan rather than one per sentence.
 */
function quotationDepth(article: Article): (sentence: Sentence) => boolean {
  const text = article.text;
  let paragraphIndex = -1;
  let at = 0;
  let straight = 0;
  let opened = 0;
  return (sentence) => {
    const paragraph = article.paragraphs[sentence.paragraph];
    if (!paragraph) return false;
    if (sentence.paragraph !== paragraphIndex || sentence.start < at) {
      paragraphIndex = sentence.paragraph;
      at = paragraph.start;
      straight = 0;
      opened = 0;
    }
    for (; at < sentence.start; at++) {
      const code = text.charCodeAt(at);
      if (code === 0x22) straight++;
      else if (code === 0x201c) opened++;
      else if (code === 0x201d) opened--;
    }
    return straight % 2 === 1 || opened > 0;
  };
}

/**
 * Whether the classifier's own test (`ctx.isClearCut`) turns a text down whatever its classification, so that it
 * need not be classified (see `Analyzers.mayBeClearCut`).
 */
export function ruledOutByShape(ctx: BuildContext, text: string): boolean {
  return !!ctx.isClearCut && ctx.mayBeClearCut?.(text) === false;
}

/** Confident, and every cue leans the way of the label (or is neutral). */
export function isClearCut(result: ClassificationLike, minConfidence: number): boolean {
  if (result.label === 'unsure' || result.confidence < minConfidence || !result.cues.length) return false;
  const against = result.label === 'fact' ? 'opinion' : 'fact';
  // A name in an opinion ("it's crucial for Trump to…") is weak evidence the other way; real mixed cues are not.
  const pull = result.cues.filter((c) => c.leaning === against).reduce((sum, c) => sum + (c.weight ?? 1), 0);
  return pull < MAX_PULL_AGAINST;
}

function toDraft(
  ctx: BuildContext,
  article: Article,
  sentence: Pick<Sentence, 'text' | 'start' | 'end'>,
  result: ClassificationLike,
  quote?: QuoteLike
): QuestionCandidate {
  const label = result.label as 'fact' | 'opinion';
  const cues = [
    ...new Set(result.cues.filter((c) => !c.leaning || c.leaning === label).map((c) => c.text))
  ].slice(0, 20);
  const note = sectionNote(article, sentence.start);
  // The classifier says what each cue does ("‘February 2022’ is a date that can be checked"); keep its reasons.
  const reasons = result.explanation?.replace(/^(?:Fact|Opinion|Unsure)\b[^.]*\.\s*/, '').trim();
  // The plain cue list is only the fallback when the classifier gives no reasons.
  const cueList = () => cues.map((c) => `“${c}”`).join(', ');
  const why =
    label === 'fact'
      ? `It is a statement of fact: ${reasons || `${cueList()} can be checked.`}`
      : `It is an opinion: ${reasons || `${cueList()} express a judgement or prediction, not something evidence can settle.`}`;
  const question: QuestionOf<'fact-opinion'> = {
    // The pack splits the sentence into words anyway (its dedupe compares them); the id reuses that split.
    id: stableId('fact-opinion', keyFromWords(ctx.words(sentence.text))),
    type: 'fact-opinion',
    skill: 'fact-opinion',
    // Nothing before the answer tells it: the section's kind (an advocacy essay) is explained after answering.
    prompt: 'Fact or opinion?',
    statement: sentence.text,
    answer: label,
    cues,
    explanation: `${why} ${label === 'fact' ? PEW_FACT : PEW_OPINION} ${
      quote?.speaker
        ? `These are the words of ${cleanName(quote.speaker)}, quoted by ${reportedBy(article)}.`
        : `From ${reportedBy(article)}.`
    }${note ? ` ${note}` : ''}`,
    source: provenance(article, sentence.start, sentence.end),
    confidence: Math.round(result.confidence * 1000) / 1000,
    tags: note ? ['advocacy'] : undefined
  };
  const sure = `${Math.round(result.confidence * 100)}% sure`;
  const cueWords = cues.length ? `, from ${cueList()}` : '';
  return {
    question,
    key: sentence.text,
    confidence: result.confidence,
    why: `The classifier judged the ${quote?.speaker ? 'quoted words' : 'sentence'} ${label === 'fact' ? 'a statement of fact' : 'an opinion'} (${sure}${cueWords}).`
  };
}

/** The most of either key a fact-or-opinion set may hold, so that answering "fact" (or "opinion") every time fails. */
const MAX_KEY_SHARE = 0.65;

/**
 * Keeps a pack's fact and opinion keys between 35% and 65% each: the more common key keeps its most confident
 * questions, as many as the other key allows. A pack with only one kind asks none: an all-fact set teaches that
 * everything is fact.
 */
export function balanceFactOpinion(drafts: QuestionCandidate[]): QuestionCandidate[] {
  const keyOf = (d: QuestionCandidate) =>
    d.question.type === 'fact-opinion' ? d.question.answer : undefined;
  const facts = drafts.filter((d) => keyOf(d) === 'fact');
  const opinions = drafts.filter((d) => keyOf(d) === 'opinion');
  const [more, fewer] = facts.length >= opinions.length ? [facts, opinions] : [opinions, facts];
  const cap = Math.floor((fewer.length * MAX_KEY_SHARE) / (1 - MAX_KEY_SHARE));
  if (more.length <= cap) return drafts;
  const kept = new Set(
    more
      .map((d, i) => ({ d, i }))
      .sort((a, b) => b.d.confidence - a.d.confidence || a.i - b.i)
      .slice(0, cap)
      .map(({ d }) => d)
  );
  return drafts.filter((d) => !more.includes(d) || kept.has(d));
}

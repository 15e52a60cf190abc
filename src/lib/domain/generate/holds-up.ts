/**
 * "Does this claim hold up?" — yes: statements of fact that another outlet reports the same way, so that not every
 * spot-error answer is "contradicted". Only safe pairs count: both sentences clear-cut facts from different outlets,
 * agreeing figures and mostly the same words, the same negation, and no check finding touching either of them.
 */
import { fitsRange, sameFigure, type Value } from '../analysis';
import type { Article } from '../corpus/article';
import type { Sentence } from '../corpus/text';
import { isClearCut, ruledOutByShape } from './fact-opinion';
import {
  hasDanglingPronoun,
  outletName,
  sectionNote,
  startsWithDanglingReference,
  wordCount,
  words
} from './passage';
import { storyPeople } from './story-people';
import { spotErrorDraft } from './spot-error';
import type { BuildContext, QuestionCandidate } from './types';

const STOPWORDS = new Set(
  (
    'the a an and or but of to in on at for with by from as is are was were be been has have had that this these those ' +
    'it its their his her he she they them we our you your not no also than then there which who whom what when where ' +
    'after before about over into more most some any all both such said says told would could will can may might'
  ).split(' ')
);
const NEGATION = /\b(?:not|no|never|neither|nor|without|n't|n’t)\b/i;
const MIN_CONFIDENCE = 0.8;

interface Candidate {
  article: Article;
  sentence: Sentence;
  content: Set<string>;
  figures: Value[];
}

export function buildHoldsUp(ctx: BuildContext): QuestionCandidate[] {
  // Agreement needs a second outlet: a one-outlet story (a teacher's pasted article) has nothing to pair.
  if (new Set(ctx.story.map((a) => a.outlet)).size < 2) return [];
  // Disputed: a claim some check corrects, or a passage of a discrepancy (evidence of a correction is fine).
  // Indexed by article: every sentence of the story is asked, and a story of many articles has many findings.
  const disputedIn = new Map<string, { start: number; end: number }[]>();
  for (const f of ctx.findings)
    for (const p of f.kind === 'discrepancy' ? [f.claim, f.evidence] : [f.claim]) {
      const passages = disputedIn.get(p.file);
      if (passages) passages.push(p);
      else disputedIn.set(p.file, [p]);
    }
  const disputed = (article: Article, s: Sentence) =>
    disputedIn.get(article.id)?.some((p) => p.start < s.end && p.end > s.start) ?? false;
  const candidates = (articles: Article[], keep: (article: Article, s: Sentence) => boolean) =>
    articles.flatMap((article) =>
      article.sentences
        .filter((s) => keep(article, s) && !disputed(article, s))
        .map((sentence) => ({ article, sentence, figures: ctx.figures(sentence.text) }))
        .filter((c) => c.figures.length > 0)
        .map((c) => ({ ...c, content: contentWords(c.sentence.text) }))
    );
  // Evidence may be a quote or lean on the sentence before ("He added, “…in 2022…”"): it is shown in context.
  const others = candidates(ctx.story, (article, s) => !s.heading && !sectionNote(article, s.start));
  const people = storyPeople(ctx).all();
  const drafts: QuestionCandidate[] = [];
  const paired = new Set<Sentence>();
  for (const claim of candidates(ctx.articles, (article, s) => isPlainFact(ctx, article, s, people))) {
    if (paired.has(claim.sentence)) continue;
    const match = others
      .filter((o) => o.article.outlet !== claim.article.outlet)
      .map((o) => ({ o, score: agreement(claim, o) }))
      .filter((m) => m.score > 0)
      .sort((a, b) => b.score - a.score)[0];
    if (!match) continue;
    const { o } = match;
    paired.add(o.sentence);
    const span = (c: Candidate) => ({
      file: c.article.id,
      text: c.sentence.text,
      start: c.sentence.start,
      end: c.sentence.end
    });
    const draft = spotErrorDraft(ctx, {
      article: claim.article,
      claim: span(claim),
      evidenceArticle: o.article,
      evidence: span(o),
      answer: 'holds-up',
      explanation: `${outletName(o.article)} reports it too: “${o.sentence.text}”`,
      confidence: 0.7 + 0.2 * match.score
    });
    if (draft && draft.confidence >= ctx.minConfidence) drafts.push(draft);
  }
  return drafts;
}

function isPlainFact(ctx: BuildContext, article: Article, s: Sentence, people: readonly string[]): boolean {
  const count = wordCount(s.text);
  if (s.heading || count < 8 || count > 40 || startsWithDanglingReference(s.text)) return false;
  if (!/\d/.test(s.text) || hasDanglingPronoun(s.text, people)) return false;
  // A quoted fragment is fine in a claim ("he tried to convince Biden … ‘serious consequences’"); a whole quote is not.
  const quoted = s.text.match(/[“"‘][^”"’]*[”"’]/g) ?? [];
  if (quoted.some((q) => wordCount(q) > 12) || quoted.join(' ').length > s.text.length / 2) return false;
  if (sectionNote(article, s.start) || ruledOutByShape(ctx, s.text)) return false;
  const result = ctx.classify(s.text);
  return (
    result.label === 'fact' &&
    isClearCut(result, MIN_CONFIDENCE) &&
    (!ctx.isClearCut || ctx.isClearCut(s.text, result))
  );
}

function contentWords(text: string): Set<string> {
  return new Set(words(text).filter((w) => w.length > 2 && !STOPWORDS.has(w)));
}

/** 0 when `b` does not safely report what claim `a` says; otherwise how closely they agree (0–1]. */
function agreement(a: Candidate, b: Candidate): number {
  if (NEGATION.test(a.sentence.text) !== NEGATION.test(b.sentence.text)) return 0;
  let shared = 0;
  for (const w of a.content) if (b.content.has(w)) shared++;
  // Most of the claim's own words must be in the other report, not the other way round.
  const overlap = shared / Math.max(1, a.content.size);
  const agrees = a.figures.length > 0 && a.figures.every((x) => b.figures.some((y) => compatible(x, y)));
  if (agrees && overlap >= 0.6 && shared >= 4) return overlap;
  return 0;
}

/** The same figure, or one that the other's wording allows ("February 2022" within "2022"). */
function compatible(x: Value, y: Value): boolean {
  const dated = (v: Value) => v.kind === 'year' || v.kind === 'date';
  if (x.kind !== y.kind && !(dated(x) && dated(y))) return false;
  if (x.qualifier === 'vague' || y.qualifier === 'vague') return false;
  return sameFigure(x, y) || fitsRange(x, y) || fitsRange(y, x);
}

/** Holds-up questions balance the contradicted ones: never more of them, the closest agreements first. */
export function withHoldsUp(
  contradicted: QuestionCandidate[],
  holdsUp: QuestionCandidate[]
): QuestionCandidate[] {
  const best = [...holdsUp].sort((a, b) => b.confidence - a.confidence).slice(0, contradicted.length);
  return [...contradicted, ...holdsUp.filter((d) => best.includes(d))];
}

/**
 * "Does this claim hold up?": claims the corpus itself corrects, said in full (who made the claim, when, and the
 * sentence before it when the claim leans on one), with the correcting passage as evidence.
 */
import type { Article } from '../corpus/article';
import { stableId } from '../hash';
import type { QuestionOf } from '../packs/schema';
import {
  keyFromWords,
  outletName,
  provenance,
  reportedBy,
  sectionNote,
  sentenceAt,
  startsWithDanglingReference
} from './passage';
import { storyPeople } from './story-people';
import type { BuildContext, QuestionCandidate, QuoteLike, SpanRef } from './types';
import { verdictOf, type Verdict } from './verdict';

/**
 * Evidence that settles a claim by itself: an explicit correction or the finding of an authority. The answer key
 * is then surer than the finding's own score says (the evidence speaks for itself), so the score is raised.
 */
const SETTLING_EVIDENCE =
  /\b(?:in fact|concluded that|found that|there is no evidence|no independent confirmation|fact[- ]check|United Nations|UN Human Rights|CIA|FBI|International Criminal Court)\b/i;
const SETTLED_BONUS = 0.15;
const SETTLED_MAX = 0.95;

/**
 * Findings that set a promise, intention or appraisal against what happened ("he would end the war within 24 hours"
 * vs "the outcome goes in the face of that claim"). They stay check findings, but they make a poor answer key for
 * "Does this claim hold up?": the report that someone promised something is true, so a student could fairly answer
 * either way.
 */
const OUTCOME_RULES = new Set(['intent', 'threat', 'went-on', 'success']);
const PROMISE = /\b(?:would|will|going to|promis\w*|vow\w*|pledg\w*)\b/i;

function settlesAFact(finding: { rule?: string; claim: { text: string } }): boolean {
  if (finding.rule && OUTCOME_RULES.has(finding.rule)) return false;
  return !(finding.rule === 'contrast' && PROMISE.test(finding.claim.text));
}

/** Sentences a claim may borrow from before it, to name who "he" is or what "it" refers to. */
const MAX_LEAD_SENTENCES = 2;

export function buildSpotError(ctx: BuildContext): QuestionCandidate[] {
  const byId = new Map(ctx.story.map((a) => [a.id, a]));
  const drawFrom = new Set(ctx.articles.map((a) => a.id));
  const drafts: QuestionCandidate[] = [];
  for (const finding of ctx.findings) {
    if (finding.kind !== 'contradicted' || !settlesAFact(finding)) continue;
    const settled = SETTLING_EVIDENCE.test(finding.evidence.text);
    const confidence = settled
      ? Math.max(finding.confidence, Math.min(SETTLED_MAX, finding.confidence + SETTLED_BONUS))
      : finding.confidence;
    if (confidence < ctx.minConfidence) continue;
    const article = byId.get(finding.claim.file);
    const evidenceArticle = byId.get(finding.evidence.file);
    if (!article || !evidenceArticle || !drawFrom.has(article.id)) continue;
    const draft = spotErrorDraft(ctx, {
      article,
      claim: finding.claim,
      evidenceArticle,
      evidence: finding.evidence,
      // The key follows the evidence: "no confirmation was provided" leaves the claim unsupported, not false.
      answer: verdictOf(finding.claim.text, finding.evidence.text),
      explanation: finding.explanation,
      confidence
    });
    if (draft) drafts.push(draft);
  }
  return drafts;
}

export interface SpotErrorInput {
  article: Article;
  claim: SpanRef;
  evidenceArticle: Article;
  evidence: SpanRef;
  answer: 'holds-up' | Verdict;
  explanation: string;
  confidence: number;
}

/** A spot-error question: the claim said in full, who made it and when, and the evidence that settles it. */
export function spotErrorDraft(ctx: BuildContext, input: SpotErrorInput): QuestionCandidate | undefined {
  const { article, evidenceArticle } = input;
  const claim = readablePassage(article, input.claim);
  const evidence = readablePassage(evidenceArticle, input.evidence);
  if (!claim || !evidence) return undefined;
  const speaker = claimSpeaker(ctx, article, claim, input.claim.start);
  const claimant = speaker ? `${speaker}, as ${reportedBy(article)} reports` : reportedBy(article);
  const notes = [sectionNote(article, claim.start), sectionNote(evidenceArticle, evidence.start)].filter(
    (n, i, all): n is string => Boolean(n) && all.indexOf(n) === i
  );
  const claimText = oneLine(article.text.slice(claim.start, claim.end));
  const evidenceText = oneLine(evidenceArticle.text.slice(evidence.start, evidence.end));
  const explanation = input.explanation.trim().replace(/([^.!?”"’])$/, '$1.');
  // The checks usually quote their evidence already; name it only when they do not.
  const quoted = explanation.includes(evidenceText.slice(0, 40));
  const question: QuestionOf<'spot-error'> = {
    id: stableId('spot-error', keyFromWords(ctx.words(claimText))),
    type: 'spot-error',
    skill: 'verification',
    prompt: ['Does this claim hold up?', `The claim comes from ${claimant}.`, ...notes].join(' '),
    claim: claimText,
    claimant,
    answer: input.answer,
    evidence: provenance(evidenceArticle, evidence.start, evidence.end),
    explanation: [explanation, quoted ? '' : `${reportedBy(evidenceArticle)}: “${evidenceText}”`, ...notes]
      .filter(Boolean)
      .join(' '),
    source: provenance(article, claim.start, claim.end),
    confidence: Math.round(input.confidence * 1000) / 1000,
    tags: notes.length ? ['advocacy'] : undefined
  };
  const why =
    input.answer === 'holds-up'
      ? `${outletName(evidenceArticle)} reports the same claim in its own words.`
      : `${outletName(evidenceArticle)} says otherwise: the checks found a passage that contradicts the claim.`;
  return { question, key: claimText, confidence: input.confidence, why };
}

/** The person quoted in the claim's passage, the quote nearest the claim first. */
function claimSpeaker(
  ctx: BuildContext,
  article: Article,
  passage: { start: number; end: number },
  at: number
) {
  const registry = storyPeople(ctx);
  const quotes = (ctx.quotes.get(article.id) ?? []).filter(
    (q) => q.speaker && q.start < passage.end && q.end > passage.start && registry.looksLikePerson(q.speaker)
  );
  const distance = (q: QuoteLike) =>
    at >= q.start && at < q.end ? 0 : Math.min(Math.abs(q.start - at), Math.abs(q.end - at));
  const nearest = quotes.sort((a, b) => distance(a) - distance(b))[0];
  return nearest ? registry.resolve(nearest.speaker!) : undefined;
}

/**
 * The whole sentences around a span, plus up to two sentences before when the first one leans on them
 * ("And he said…"); undefined when the span is not article text.
 */
export function readablePassage(article: Article, span: SpanRef): { start: number; end: number } | undefined {
  const first = sentenceAt(article, span.start);
  const last = sentenceAt(article, Math.max(span.start, span.end - 1)) ?? first;
  if (!first || !last) return undefined;
  let index = first.index;
  for (let lead = 0; lead < MAX_LEAD_SENTENCES && index > 0; lead++) {
    const own = article.sentences[index].text;
    const text = own.replace(/^["“‘'\s]*(?:And|But|So|Then)\s+/, '');
    const leans = startsWithDanglingReference(text.charAt(0).toUpperCase() + text.slice(1)) || text !== own;
    if (!leans) break;
    index--;
  }
  return { start: article.sentences[index].start, end: last.end };
}

function oneLine(text: string): string {
  return text.replace(/\s*\n+\s*/g, ' ').trim();
}

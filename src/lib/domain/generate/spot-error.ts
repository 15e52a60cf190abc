/**
 * "Does this claim hold up?": claims the corpus itself corrects, said in full (who made the claim, when, and the
 * sentence before it when the claim leans on one), with the correcting passage as evidence.
 */
import type { Article } from '../corpus/article';
import { stableId } from '../hash';
import type { QuestionOf } from '../packs/schema';
import {
  normalizedKey,
  provenance,
  reportedBy,
  sectionNote,
  sentenceAt,
  startsWithDanglingReference
} from './passage';
import { looksLikePersonName, storyPeople } from './people';
import type { BuildContext, Draft, SpanRef } from './types';

/** Sentences a claim may borrow from before it, to name who "he" is or what "it" refers to. */
const MAX_LEAD_SENTENCES = 2;

export function buildSpotError(ctx: BuildContext): Draft[] {
  const byId = new Map(ctx.story.map((a) => [a.id, a]));
  const drawFrom = new Set(ctx.articles.map((a) => a.id));
  const registry = storyPeople(ctx);
  const drafts: Draft[] = [];
  for (const finding of ctx.findings) {
    if (finding.kind !== 'contradicted' || finding.confidence < ctx.minConfidence) continue;
    const article = byId.get(finding.claim.file);
    const evidenceArticle = byId.get(finding.evidence.file);
    if (!article || !evidenceArticle || !drawFrom.has(article.id)) continue;
    const claim = readablePassage(article, finding.claim);
    const evidence = readablePassage(evidenceArticle, finding.evidence);
    if (!claim || !evidence) continue;
    const speaker = (ctx.quotes.get(article.id) ?? []).find(
      (q) => q.speaker && !q.reported && q.start < claim.end && q.end > finding.claim.start
    )?.speaker;
    const claimant =
      speaker && looksLikePersonName(speaker)
        ? `${registry.resolve(speaker)}, as ${reportedBy(article)} reports`
        : reportedBy(article);
    const notes = [sectionNote(article, claim.start), sectionNote(evidenceArticle, evidence.start)].filter(
      (n, i, all): n is string => Boolean(n) && all.indexOf(n) === i
    );
    const claimText = oneLine(article.text.slice(claim.start, claim.end));
    const question: QuestionOf<'spot-error'> = {
      id: stableId('spot-error', normalizedKey(claimText)),
      type: 'spot-error',
      skill: 'verification',
      prompt: ['Does this claim hold up?', `The claim comes from ${claimant}.`, ...notes].join(' '),
      claim: claimText,
      claimant,
      answer: 'contradicted',
      evidence: provenance(evidenceArticle, evidence.start, evidence.end),
      explanation: [
        finding.explanation.trim().replace(/([^.!?])$/, '$1.'),
        `${reportedBy(evidenceArticle)}: “${oneLine(evidenceArticle.text.slice(evidence.start, evidence.end))}”`,
        ...notes
      ].join(' '),
      source: provenance(article, claim.start, claim.end),
      confidence: Math.round(finding.confidence * 1000) / 1000,
      tags: notes.length ? ['advocacy'] : undefined
    };
    drafts.push({ question, key: claimText, confidence: finding.confidence, order: claim.start });
  }
  return drafts;
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

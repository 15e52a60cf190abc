/**
 * "The outlets disagree. Who reported what?": the same fact reported differently across outlets. Findings about
 * one topic that share a passage are merged into one matching question; each outlet is matched to what it reports
 * most often, and an outlet whose answer would be ambiguous is left out.
 */
import type { Article } from '../corpus/article';
import { shuffled, stableId } from '../hash';
import type { Provenance, QuestionOf } from '../packs/schema';
import { extractValues, sameFigure } from '../analysis';
import {
  isArticleText,
  normalizedKey,
  outletName,
  provenance,
  randomFor,
  reportedBy,
  sectionNote,
  sentenceAt,
  words
} from './passage';
import { looksLikePersonName, samePerson, storyPeople } from './story-people';
import { readablePassage } from './spot-error';
import type { BuildContext, QuestionCandidate, FindingLike, SpanRef } from './types';

interface Report {
  article: Article;
  value: string;
  /** The value's identity (`valueKey`), found once: reports are compared with each other pair by pair. */
  key: string;
  evidence: Provenance;
}

export function buildDiscrepancy(ctx: BuildContext): QuestionCandidate[] {
  const byId = new Map(ctx.story.map((a) => [a.id, a]));
  const drawFrom = new Set(ctx.articles.map((a) => a.id));
  const drafts: QuestionCandidate[] = [];
  // A weak link (a vague "several hours") leaves its outlet out rather than sinking the whole question.
  const findings = ctx.findings.filter((f) => f.kind === 'discrepancy' && f.confidence >= ctx.minConfidence);
  for (const group of groupFindings(findings)) {
    const reports: (Report & { confidence: number })[] = [];
    for (const f of group) {
      for (const [span, value] of [
        [f.claim, f.claimValue],
        [f.evidence, f.evidenceValue]
      ] as const) {
        const report = toReport(byId, span, value);
        if (report) reports.push({ ...report, confidence: f.confidence });
      }
    }
    const outlets = oneReportPerOutlet(reports).sort(
      (a, b) => ctx.story.indexOf(a.article) - ctx.story.indexOf(b.article)
    );
    const distinct = [...new Map(outlets.map((r) => [r.key, r.value])).values()];
    if (outlets.length < 2 || distinct.length < 2 || !outlets.some((r) => drawFrom.has(r.article.id)))
      continue;
    if (!sameSpeaker(ctx, outlets)) continue;
    // As sure as the weakest outlet's best link.
    const confidence = Math.min(
      ...outlets.map((o) =>
        Math.max(...reports.filter((r) => r.article === o.article).map((r) => r.confidence))
      )
    );
    const home = outlets.find((r) => drawFrom.has(r.article.id))!;
    drafts.push(toDraft(topicOf(group[0], ctx, outlets[0]), outlets, distinct, confidence, ctx.seed, home));
  }
  return drafts;
}

/**
 * Each outlet's report: what it reports most often (a fragment such as "possibly see it happening" counts for the
 * fuller wording it is part of). An outlet with two wordings reported equally often is left out (ambiguous), and so
 * is one whose other wording is what another outlet is credited with.
 */
function oneReportPerOutlet<R extends Report>(reports: R[]): R[] {
  const perOutlet = new Map<Article, R[]>();
  for (const r of reports) perOutlet.set(r.article, [...(perOutlet.get(r.article) ?? []), r]);
  const chosen = new Map<Article, { report: R; members: R[] }>();
  for (const [article, rs] of perOutlet) {
    const byLength = [...rs].sort((a, b) => b.value.length - a.value.length);
    const groups = new Map<R, R[]>();
    for (const r of byLength) {
      const home = byLength.find((h) => sameReport(h, r)) ?? r;
      groups.set(home, [...(groups.get(home) ?? []), r]);
    }
    const ranked = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
    if (ranked.length > 1 && ranked[1][1].length === ranked[0][1].length) continue;
    const [home, members] = ranked[0];
    chosen.set(article, { report: representative(home, members), members });
  }
  const keys = new Set([...chosen.values()].map((c) => c.report.key));
  return [...chosen.entries()]
    .filter(([article, c]) => perOutlet.get(article)!.every((o) => c.members.includes(o) || !keys.has(o.key)))
    .map(([, c]) => c.report);
}

/** The same value, or a fragment of a longer wording. */
function sameReport(longer: Report, r: Report): boolean {
  if (longer.key === r.key) return true;
  const own = new Set(words(longer.value));
  return longer.value.length > r.value.length && words(r.value).every((w) => own.has(w));
}

/** A figure is shown in its plainest form ("2 1/2 hours", not "only 2 1/2hours"); a wording in full. */
function representative<R extends Report>(home: R, members: R[]): R {
  if (!extractValues(home.value).length) return home;
  const same = members.filter((m) => m.key === home.key);
  return same.sort((a, b) => a.value.length - b.value.length)[0] ?? home;
}

function toReport(byId: Map<string, Article>, span: SpanRef, value: string | undefined): Report | undefined {
  const article = byId.get(span.file);
  if (!article || !isArticleText(article, span.start)) return undefined;
  // A headline's wording is the sub-editor's, not a report of what was said.
  if (sentenceAt(article, span.start)?.heading) return undefined;
  const passage = readablePassage(article, span) ?? span;
  // A figure is shown as the outlet printed it, found in the passage itself (the checks' value may carry notes
  // such as "(≈ 2 h 51 min)"); a wording as the words themselves (a diff like "a very … on" is not readable).
  const wanted = value ? extractValues(value)[0] : undefined;
  const figures = wanted ? extractValues(article.text.slice(span.start, span.end)) : [];
  const printed = wanted
    ? (figures.find((f) => f.kind === wanted.kind && sameFigure(f, wanted)) ??
      figures.find((f) => f.kind === wanted.kind))
    : undefined;
  if (wanted && !printed) return undefined;
  const reported = (printed?.text ?? span.text).trim().replace(/[\s,;:.]+$/, '');
  return reported
    ? {
        article,
        value: reported,
        key: valueKey(reported),
        evidence: provenance(article, passage.start, passage.end)
      }
    : undefined;
}

/** Quotes credited to different people are not one remark reported two ways. */
function sameSpeaker(ctx: BuildContext, reports: Report[]): boolean {
  const speakers = reports.map((r) => speakerAt(ctx, r)).filter((s): s is string => Boolean(s));
  return speakers.every((s) => samePerson(s, speakers[0]));
}

function speakerAt(ctx: BuildContext, report: Report): string | undefined {
  const { start, end } = report.evidence;
  const quote = (ctx.quotes.get(report.article.id) ?? []).find(
    (q) => q.speaker && q.start < end && q.end > start
  );
  return quote?.speaker && looksLikePersonName(quote.speaker)
    ? storyPeople(ctx).resolve(quote.speaker)
    : undefined;
}

/** "the wording of a quote" becomes "Donald Trump's exact words" when the quote's speaker is known. */
function topicOf(finding: FindingLike, ctx: BuildContext, first: Report): string {
  const topic = finding.topic?.trim() || 'what was reported';
  if (!/quote/i.test(topic)) return topic;
  const speaker = speakerAt(ctx, first);
  return speaker ? `${speaker}'s exact words` : topic;
}

/** The same value written two ways ("2 1/2 hours", "two and a half hours") is one value. */
function valueKey(value: string): string {
  const figures = extractValues(value);
  return figures.length === 1
    ? `${figures[0].kind}:${figures[0].min}-${figures[0].max}`
    : normalizedKey(value);
}

/** Findings that share a passage (the same quote in three outlets) make one group, whatever their order. */
function groupFindings(findings: readonly FindingLike[]): FindingLike[][] {
  const parent = findings.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const spans = findings.map((f) => [f.claim, f.evidence]);
  const overlap = (a: SpanRef, b: SpanRef) => a.file === b.file && a.start < b.end && b.start < a.end;
  for (let i = 0; i < findings.length; i++)
    for (let j = i + 1; j < findings.length; j++)
      if (
        (findings[i].topic ?? '') === (findings[j].topic ?? '') &&
        spans[i].some((a) => spans[j].some((b) => overlap(a, b)))
      )
        parent[root(j)] = root(i);
  const groups = new Map<number, FindingLike[]>();
  findings.forEach((f, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), f]));
  return [...groups.values()];
}

function toDraft(
  topic: string,
  outlets: Report[],
  distinct: string[],
  confidence: number,
  seed: number,
  home: Report
): QuestionCandidate {
  const key = outlets.map((r) => `${r.article.id}=${r.key}`).join('|');
  const values = shuffled(distinct, randomFor(seed, key));
  const valueKeys = values.map(valueKey);
  const notes = [...new Set(outlets.map((r) => sectionNote(r.article, r.evidence.start)).filter(Boolean))];
  const question: QuestionOf<'discrepancy'> = {
    id: stableId('discrepancy', normalizedKey(topic), key),
    type: 'discrepancy',
    skill: 'sources',
    prompt: [`The outlets disagree about ${topic}. Who reported what?`, ...notes].join(' '),
    topic,
    outlets: outlets.map((r) => ({
      sourceId: r.article.id,
      outlet: outletName(r.article),
      evidence: r.evidence
    })),
    values,
    answer: outlets.map((r) => valueKeys.indexOf(r.key)),
    explanation: [
      outlets.map((r) => `${reportedBy(r.article)} reports “${r.value}”`).join('; ') + '.',
      /words|quote|wording/.test(topic)
        ? 'Outlets often transcribe the same remarks a little differently, so check the wording before quoting it.'
        : 'When reports differ, look for the primary source or the most precise figure.',
      ...notes
    ].join(' '),
    source: home.evidence,
    confidence: Math.round(confidence * 1000) / 1000
  };
  const why = `${outlets.length} outlets report ${topic} differently: ${outlets.map((r) => `${outletName(r.article)} “${r.value}”`).join(', ')}.`;
  return { question, key: `${topic}\u241f${key}`, confidence, why };
}

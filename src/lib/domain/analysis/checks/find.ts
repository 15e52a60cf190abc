/**
 * Checks across a corpus: claims that the corpus itself corrects ("In fact, …", "there is no evidence",
 * an authority's finding, a clashing figure) and discrepancies (the same fact, figure or quote reported
 * differently, inside one source or across sources).
 *
 * Rules live in their own modules: corrections.ts (fact-check markers, discrediting remarks, authorities,
 * "hoax"), clashes.ts and outcomes.ts (contrasts, two accounts, agreements, wishes, promises, threats, "none"
 * against a count), quote-variants.ts (wording variants), value-discrepancies.ts (figures by topic), labels.ts
 * (titles, datelines, ages, joint attribution), headlines.ts (headline quotes); doc.ts prepares the documents.
 * This file runs the rules and drops duplicates; the order is deterministic
 * (by rule, then by document and position).
 */
import { tokenize } from '../text';
import { findClashes } from './clashes';
import { findCorrections } from './corrections';
import { prepareDoc } from './doc';
import { findHeadlineQuotes } from './headlines';
import {
  findAgeDiscrepancies,
  findDatelineDiscrepancies,
  findJointAttribution,
  findTitleDiscrepancies
} from './labels';
import { findQuoteVariants } from './quote-variants';
import { bagOverlap, spellingKey } from './text';
import type { CheckDocument, Correction, Doc, Finding, Passage } from './types';
import { findValueDiscrepancies } from './value-discrepancies';

export function findChecks(inputs: CheckDocument[]): Finding[] {
  const docs: Doc[] = inputs.map((d, i) => prepareDoc(d, i));
  const findings: Finding[] = [
    ...contradicted(docs),
    ...findQuoteVariants(docs).map((f) => ({ ...f, rule: f.rule ?? 'quote-wording' })),
    ...findValueDiscrepancies(docs, corpusDate(docs)),
    ...findTitleDiscrepancies(docs),
    ...findDatelineDiscrepancies(docs),
    ...findAgeDiscrepancies(docs),
    ...findJointAttribution(docs)
  ];
  findings.push(...findHeadlineQuotes(docs, findings));
  const byFile = new Map(inputs.map((d) => [d.file, d]));
  const label = (p: Passage): Passage => {
    const input = byFile.get(p.file);
    return {
      ...p,
      ...(input?.sourceId ? { sourceId: input.sourceId } : {}),
      ...(input?.outlet ? { outlet: input.outlet } : {})
    };
  };
  return dedupe(findings).map((f) => ({ ...f, claim: label(f.claim), evidence: label(f.evidence) }));
}

/**
 * Contradicted claims: at most one finding per claim (rules are listed strongest first); an explicit
 * fact-check also answers the same claim where another outlet reports it without one.
 */
function contradicted(docs: Doc[]): Finding[] {
  const found: Correction[] = [...findCorrections(docs), ...findClashes(docs)];
  const all = found.filter((c) => !c.discrepancy);
  const restated: Finding[] = found
    .filter((c) => c.discrepancy)
    .map((c) => ({
      kind: 'discrepancy' as const,
      claim: c.claim,
      evidence: c.evidence,
      explanation: c.explanation,
      confidence: c.confidence,
      rule: c.rule,
      ...c.discrepancy
    }));
  const byClaim = new Map<string, Correction>();
  const key = (p: Passage) => `${p.file}|${p.start}|${p.end}`;
  const overlapsKnown = (p: Passage) =>
    [...byClaim.values()].some(
      (c) => c.claim.file === p.file && c.claim.start < p.end && p.start < c.claim.end
    );
  for (const c of all) if (!overlapsKnown(c.claim)) byClaim.set(key(c.claim), c);
  const kept = [...byClaim.values()];
  for (const c of kept.filter((x) => x.factCheck)) {
    const words = tokenize(c.claim.text).map((t) => spellingKey(t.norm));
    for (const other of docs) {
      if (other.file === c.claim.file) continue;
      for (const unit of other.units) {
        const o = bagOverlap(words, unit.keys);
        if (o.shared < 5 || o.ofLonger < 0.7) continue;
        const claim: Passage = { file: other.file, text: unit.text, start: unit.start, end: unit.end };
        if (overlapsKnown(claim)) continue;
        const propagated: Correction = {
          ...c,
          doc: other,
          claim,
          rule: `${c.rule}-elsewhere`,
          confidence: c.confidence * 0.8,
          explanation: `${other.label} reports this claim without a correction, but ${c.doc.label} corrects it: “${c.evidence.text}”`
        };
        byClaim.set(key(claim), propagated);
      }
    }
  }
  return [
    ...restated,
    ...[...byClaim.values()].map((c) => ({
      kind: 'contradicted' as const,
      claim: c.claim,
      evidence: c.evidence,
      explanation: `${labelOf(docs, c.claim.file)} reports “${c.claim.text}”; ${c.explanation}`,
      confidence: c.confidence,
      rule: c.rule
    }))
  ];
}

function labelOf(docs: Doc[], file: string): string {
  return docs.find((d) => d.file === file)?.label ?? file;
}

/** The middle of the documents' own dates: anchors relative figures in undated texts. */
function corpusDate(docs: Doc[]): number | undefined {
  const dates = docs
    .map((d) => d.date)
    .filter((d): d is number => d !== undefined)
    .sort((a, b) => a - b);
  return dates.length ? dates[Math.floor(dates.length / 2)] : undefined;
}

/** One finding per claim–evidence pair, the most confident kept. */
function dedupe(findings: Finding[]): Finding[] {
  const best = new Map<string, Finding>();
  for (const f of findings) {
    const k = [
      f.claim.file,
      f.claim.start,
      f.claim.end,
      f.evidence.file,
      f.evidence.start,
      f.evidence.end
    ].join('|');
    const k2 = [
      f.evidence.file,
      f.evidence.start,
      f.evidence.end,
      f.claim.file,
      f.claim.start,
      f.claim.end
    ].join('|');
    const old = best.get(k) ?? best.get(k2);
    if (!old || (old.kind === f.kind && f.confidence > old.confidence)) best.set(best.has(k2) ? k2 : k, f);
    else if (old.kind !== f.kind) best.set(`${k}|${f.kind}`, f);
  }
  return [...best.values()];
}

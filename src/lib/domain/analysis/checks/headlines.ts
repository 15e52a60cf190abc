/**
 * Headline quotes the article never quotes: "Putin: Ukraine war ‘would not have happened’ under Trump"
 * while the body quotes Putin saying "there would have been no war". A headline quote is fine when its
 * words stand in the body (in a quote or in the reporter's own sentence); otherwise it is set against the
 * body quote of the same speaker that shares most of the headline's words.
 */
import { passageOf } from './doc';
import { bagOverlap, contentStems, keysOf, mayHoldKey, sharedCount, stemsOf } from './text';
import type { Doc, Finding, QuoteUnit } from './types';

/** The person a headline credits: the name before a colon, or the one quote unit's resolved speaker. */
function headlineSpeaker(doc: Doc, unit: QuoteUnit): string | null {
  const paragraph = doc.paragraphs[unit.paragraph];
  const colon = paragraph && /^(?:[\p{Lu}][\p{L}'’-]+\s+){0,2}(\p{Lu}[\p{L}'’-]+):/u.exec(paragraph.text);
  if (colon) return colon[1];
  const last = unit.speaker?.split(/\s+/).pop();
  return last && !/^unknown$/i.test(last) ? last : null;
}

/** The headline's words stand in order, nearly all of them, somewhere in the body. */
function standsInBody(doc: Doc, unit: QuoteUnit): boolean {
  // A sentence that shares all but one of the headline's words has one of its two longest: sentences with
  // neither (a quick pattern over their text) are not tokenised.
  const either = [...unit.keys].sort((a, b) => b.length - a.length).slice(0, 2);
  return doc.sentences.some((s) => {
    if (s.heading || !mayHoldKey(s, either)) return false;
    const keys = keysOf(s);
    // Sharing all but one of the headline's words needs at least that many words.
    if (keys.length < unit.keys.length - 1) return false;
    const o = bagOverlap(unit.keys, keys);
    return o.shared >= unit.keys.length - 1 && o.ofShorter >= 0.9;
  });
}

export function findHeadlineQuotes(docs: Doc[], reported: Finding[]): Finding[] {
  const findings: Finding[] = [];
  const already = (u: QuoteUnit, file: string) =>
    reported.some((f) =>
      [f.claim, f.evidence].some((p) => p.file === file && p.start <= u.start && p.end >= u.end)
    );
  for (const doc of docs) {
    for (const unit of doc.units) {
      if (!unit.heading || unit.keys.length < 3 || already(unit, doc.file) || standsInBody(doc, unit))
        continue;
      const speaker = headlineSpeaker(doc, unit);
      if (!speaker) continue;
      const paragraph = doc.paragraphs[unit.paragraph];
      const topic = contentStems(paragraph ? paragraph.text : unit.text);
      let best: QuoteUnit | undefined;
      let bestScore = 1;
      for (const body of doc.units) {
        if (body.heading || !body.speaker?.includes(speaker)) continue;
        const score = sharedCount(topic, stemsOf(body));
        if (score > bestScore) [best, bestScore] = [body, score];
      }
      if (!best || !paragraph) continue;
      const evidence = passageOf(doc, best.start, best.end);
      findings.push({
        kind: 'discrepancy',
        claim: passageOf(doc, paragraph.start, paragraph.end),
        evidence,
        explanation: `${doc.label}'s headline quotes ${speaker} as saying “${unit.text}”, words the article does not quote; what it quotes is “${evidence.text}”.`,
        confidence: 0.45,
        topic: 'a headline quote',
        claimValue: unit.text,
        evidenceValue: evidence.text,
        rule: 'headline-quote'
      });
    }
  }
  return findings;
}

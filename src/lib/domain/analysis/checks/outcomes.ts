/**
 * Claims set against how things turned out, or against what others report:
 * - someone's stated wish for another person ("Putin wants that to stop") against an assessment that the
 *   person lacks it ("Putin is in no hurry to end this war");
 * - a result framed as a "success" against another outlet's report of no result;
 * - a promise that the killing would stop against a report that it went on;
 * - "not a country in the world" against a count of countries.
 */
import type { Sentence } from '../../corpus/text';
import { claimPassage } from './corrections';
import { isAttributed, passageOf, sentenceValues } from './doc';
import { contentStems, hints, mentions, sharedCount, stem, stemsOf } from './text';
import type { Correction, Doc, Value } from './types';

/** Words a sentence must contain before the fuller patterns below are tried. */
const DOUBT_HINTS = hints(['hurry', 'intention', 'willing', 'want', 'interest', 'reluctant']);
const WISH_HINTS = hints(['wants', 'would like', 'willing', 'eager', 'ready', 'determined']);
const SUCCESS_HINTS = hints(['success', 'triumph', 'victory', 'breakthrough']);
const DESPITE_HINTS = hints(['despite']);
const STOP_HINTS = hints(['stop', 'end', 'halt']);
const THREAT_HINTS = hints(['threatened']);
const MENTION_HINTS = hints(['neither', 'no one', 'nobody', 'none of them']);
const ZERO_HINTS = hints(['no', 'zero']);

const WISH =
  /\b(?:President\s+|Mr\.?\s+|Ms\.?\s+)?(\p{Lu}[\p{L}-]+)\s+(?:really\s+)?(?:wants|would like|is willing|is eager|is ready|is determined)\b/u;
const UNWILLING =
  /\b(?:in no hurry|no intention|unwilling|not willing|does not want|doesn't want|has no interest|reluctant)\b/i;

/** "President Putin wants that to stop" against "Putin is in no hurry to end this war". */
function intentClashes(docs: Doc[], all: { doc: Doc; s: Sentence }[]): Correction[] {
  const out: Correction[] = [];
  const doubts = all.filter(({ s }) => !s.heading && mentions(s, DOUBT_HINTS) && UNWILLING.test(s.text));
  for (const doc of docs)
    for (const s of doc.sentences) {
      const wish = mentions(s, WISH_HINTS) ? WISH.exec(s.text) : null;
      if (!wish || s.heading || wish[1] === 'I' || !isAttributed(s.text)) continue;
      const name = wish[1];
      const doubt = doubts.find(({ s: d }) => {
        const at = d.text.search(UNWILLING);
        const before = d.text.slice(Math.max(0, at - 40), at);
        return d !== s && before.includes(name);
      });
      if (!doubt) continue;
      out.push({
        doc,
        claim: claimPassage(doc, s),
        evidence: passageOf(doubt.doc, doubt.s.start, doubt.s.end),
        rule: 'intent',
        confidence: 0.5,
        explanation: `${doubt.doc.label} doubts that ${name} wants this: “${doubt.s.text}”`
      });
    }
  return out;
}

const SUCCESS =
  /\b(?:described|called|hailed|touted|declared|highlights?|highlighted|framed|labell?ed)\b[^.]{0,60}?\bas\s+(?:an?\s+)?["“‘']?(?:\d+ out of \d+ )?(?:success|triumph|victory|breakthrough)\b/i;
const NO_RESULT =
  /\bno (?:apparent |tangible |concrete |real |meaningful |significant )*(?:result|outcome|progress|breakthrough)s?\b|\bwithout (?:any |a )?(?:concrete |tangible )?(?:result|outcome|breakthrough)s?\b|\b(?:failed|failing) to (?:achieve|produce|deliver)\b/i;

/** A result framed as a success, against the first report of no result by another outlet. */
function successClashes(docs: Doc[]): Correction[] {
  const out: Correction[] = [];
  for (const doc of docs)
    for (const s of doc.sentences) {
      if (s.heading || !mentions(s, SUCCESS_HINTS) || !SUCCESS.test(s.text)) continue;
      for (const other of docs) {
        if (other === doc) continue;
        const evidence = other.sentences.find(
          (o) => !o.heading && NO_RESULT.test(o.text) && !isAttributed(o.text)
        );
        if (!evidence) continue;
        out.push({
          doc,
          claim: claimPassage(doc, s),
          evidence: passageOf(other, evidence.start, evidence.end),
          rule: 'success',
          confidence: 0.45,
          explanation: `${other.label} reports no such result: “${evidence.text}”`
        });
        break;
      }
    }
  return out;
}

const PREDICTION =
  /\b(?:would|will|going to)\s+(?:stop|end|halt|bring an end to)\b[^.]{0,80}?\b(?:kill\w*|war|attacks?|fighting|bloodshed|deaths?|violence|strikes?|shelling)\b/i;
const CONTINUED =
  /\bdespite\b[^.]*\b(?:continued|continues|kept up|pressed on|resumed|went on)\b[^.]*\b(?:attacks?|fighting|strikes?|shelling|killing|bombing|offensive|drones?|missiles?)\b/i;

/** A promise that the killing or fighting would stop, against a report that it went on regardless. */
function broken(docs: Doc[], all: { doc: Doc; s: Sentence }[]): Correction[] {
  const reports = all.filter(({ s }) => mentions(s, DESPITE_HINTS) && CONTINUED.test(s.text));
  const out: Correction[] = [];
  if (!reports.length) return out;
  for (const doc of docs)
    for (const s of doc.sentences) {
      if (s.heading || !mentions(s, STOP_HINTS) || !PREDICTION.test(s.text) || !isAttributed(s.text))
        continue;
      const report = reports.find((r) => r.doc === doc) ?? reports[0];
      if (report.s === s) continue;
      out.push({
        doc,
        claim: claimPassage(doc, s),
        evidence: passageOf(report.doc, report.s.start, report.s.end),
        rule: 'went-on',
        confidence: 0.4,
        explanation: `${report.doc.label} reports that it went on regardless: “${report.s.text}”`
      });
    }
  return out;
}

const ZERO = /\b(?:not a|not one|not a single|no|none of the|zero)\s+(?:other\s+|single\s+)?([a-z]{3,})\b/i;

const NOT_COUNTED = /^(?:more|less|longer|other|way|doubt|matter|one|need|reason|sign|time|chance|deal)$/i;

/** "There's not a country in the world that uses it" against "nearly 36 countries … allow postal votes". */
function zeroClaims(docs: Doc[], all: { doc: Doc; s: Sentence }[]): Correction[] {
  const out: Correction[] = [];
  // Claims of "no X" are rare; the counts they are checked against are read only when there is one.
  const zeroes = docs.flatMap((doc) =>
    doc.sentences.flatMap((s) => {
      if (s.heading || !mentions(s, ZERO_HINTS)) return [];
      const zero = ZERO.exec(s.text);
      if (zero && !isAttributed(s.text)) return [];
      return zero && !NOT_COUNTED.test(zero[1]) ? [{ doc, s, zero }] : [];
    })
  );
  if (!zeroes.length) return out;
  // A count's unit begins with its stem, less a final "y" ("countries" → "country"): sentences without one
  // of the claimed stems cannot hold a count that answers a claim, and are not read for figures.
  const wanted = [...new Set(zeroes.map(({ zero }) => stem(zero[1]).replace(/y$/, '')))];
  const counted = new Map<string, { doc: Doc; s: Sentence; value: Value }[]>();
  for (const item of all) {
    if (!/\d/.test(item.s.text)) continue;
    const lower = item.s.text.toLowerCase();
    if (!wanted.some((w) => lower.includes(w))) continue;
    for (const value of sentenceValues(item.doc, item.s))
      if (value.kind === 'count' && value.min >= 2 && value.unit) {
        const key = stem(value.unit);
        (counted.get(key) ?? counted.set(key, []).get(key)!).push({ ...item, value });
      }
  }
  if (!counted.size) return out;
  for (const { doc, s, zero } of zeroes) {
    const counts = counted.get(stem(zero[1]));
    if (!counts) continue;
    // The count must follow closely in the same report, or plainly be about the same thing.
    const near =
      counts.find((c) => c.doc === doc && c.s.start > s.start && c.s.index - s.index <= 5) ??
      counts.find((c) => c.s !== s && sharedCount(stemsOf(c.s), stemsOf(s)) >= 3);
    if (!near) continue;
    out.push({
      doc,
      claim: claimPassage(doc, s),
      evidence: passageOf(near.doc, near.s.start, near.s.end),
      rule: 'zero-vs-count',
      confidence: 0.55,
      explanation: `The claim says there is no ${zero[1]}; ${near.doc.label} counts “${near.value.text}”: “${near.s.text}”`
    });
  }
  return out;
}

const UNFULFILLED =
  /\b(\p{Lu}[\p{L}-]+)\s+(?:had\s+|has\s+)?threatened\b[^.]*?\b(?:(?:have|has|had)\s+(?:also\s+)?(?:not|never)\s+(?:yet\s+)?(?:eventuated|materiali[sz]ed|happened|been imposed)|never\s+(?:eventuated|materiali[sz]ed|came)|(?:have|has)\s+yet\s+to\s+(?:materiali[sz]e|be imposed))/u;
const THREAT =
  /\b(?:will|would|going to|'ll|’ll)\b[^.]{0,40}\b(?:severe|consequences|sanctions|tariffs|punish\w*|pay a (?:big |heavy )?price|retaliat\w*)\b/i;

/** "It will be very severe," against "The sanctions with which Trump threatened Russia have not eventuated". */
function unfulfilledThreats(docs: Doc[], all: { doc: Doc; s: Sentence }[]): Correction[] {
  const out: Correction[] = [];
  for (const report of all) {
    if (!mentions(report.s, THREAT_HINTS)) continue;
    const m = UNFULFILLED.exec(report.s.text);
    if (!m) continue;
    const who = m[1];
    const threat = docs
      .flatMap((doc) => doc.units.map((unit) => ({ doc, unit })))
      .find(({ doc, unit }) => {
        const sentence = doc.sentences.find((s) => s.start <= unit.start && s.end >= unit.start);
        return unit.speaker?.includes(who) && sentence !== undefined && THREAT.test(sentence.text);
      });
    if (!threat) continue;
    out.push({
      doc: threat.doc,
      claim: passageOf(threat.doc, threat.unit.start, threat.unit.end),
      evidence: passageOf(report.doc, report.s.start, report.s.end),
      rule: 'threat',
      confidence: 0.4,
      explanation: `${report.doc.label} reports that the threat was not carried out: “${report.s.text}”`
    });
  }
  return out;
}

const NO_MENTION =
  /\b(?:neither (?:of (?:them|the \w+)|\w+)|no one|nobody|none of them)\s+(?:made (?:any )?mention of|mentioned|spoke of|referred to|raised)\s+([^.;]{6,120})/i;

/**
 * "Neither leader made mention of a next meeting involving Zelensky" in one report, while another has one
 * of them say that "Putin would set up a meeting with Zelenskyy" (a discrepancy: the reports may describe
 * different moments, which the explanation leaves for the reader to weigh).
 */
function silenceClaims(docs: Doc[], all: { doc: Doc; s: Sentence }[]): Correction[] {
  const out: Correction[] = [];
  for (const { doc, s } of all) {
    if (!mentions(s, MENTION_HINTS)) continue;
    const m = NO_MENTION.exec(s.text);
    if (!m) continue;
    const topic = contentStems(m[1]);
    let best: { doc: Doc; s: Sentence } | undefined;
    let bestScore = 2;
    for (const other of all) {
      if (other.doc === doc || !isAttributed(other.s.text)) continue;
      const score = sharedCount(topic, stemsOf(other.s));
      if (score > bestScore) [best, bestScore] = [other, score];
    }
    if (!best) continue;
    out.push({
      doc,
      claim: passageOf(doc, s.start, s.end),
      evidence: passageOf(best.doc, best.s.start, best.s.end),
      rule: 'no-mention',
      confidence: 0.4,
      explanation: `${doc.label} says nobody mentioned ${m[1].trim()}, but ${best.doc.label} reports it was mentioned: “${best.s.text}”`,
      discrepancy: {
        topic: 'whether it was mentioned',
        claimValue: 'not mentioned',
        evidenceValue: 'mentioned'
      }
    });
  }
  return out;
}

/** `all`: every sentence that is no heading, with its document (clashes.ts has them already). */
export function findOutcomeClashes(
  docs: Doc[],
  all = docs.flatMap((doc) => doc.sentences.filter((s) => !s.heading).map((s) => ({ doc, s })))
): Correction[] {
  return [
    ...intentClashes(docs, all),
    ...successClashes(docs),
    ...broken(docs, all),
    ...zeroClaims(docs, all),
    ...unfulfilledThreats(docs, all),
    ...silenceClaims(docs, all)
  ];
}

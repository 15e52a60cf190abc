/**
 * Claims that other statements in the corpus clash with, where the clash is spelled out by the wording
 * rather than by a fact-check marker:
 * - an explicit contrast that names the claim ("goes in the face of Trump's claim that he would …"),
 *   matched to where the claim itself is reported, or "X contrasts with statements from officials";
 * - two accounts in one sentence: "A claimed …, but B told reporters …";
 * - an agreement someone says was reached, and a report that none was.
 * Claims set against how things turned out are in outcomes.ts.
 */
import type { Sentence } from '../../corpus/text';
import { tokenize } from '../text';
import { claimPassage } from './corrections';
import { isAttributed, passageOf } from './doc';
import { findOutcomeClashes } from './outcomes';
import {
  contentStems,
  fragmentsIn,
  hints,
  isStopword,
  mentions,
  sharedCount,
  stem,
  stemFragments,
  stemsOf
} from './text';
import type { Correction, Doc, Passage } from './types';

/** Words a sentence must contain before the fuller patterns below are tried. */
const DEAL_HINTS = hints(['agreement', 'deal', 'accord', 'ceasefire', 'truce']);

const CONTRAST =
  /\b(?:goes|go|flies|fly|runs|run) (?:in the face of|counter to)|\bcontradicts?\b|\bat odds with\b|\bbelies\b|\bcontrary to\b|\bis inconsistent with\b|\bundercuts?\b/i;
const EMBEDDED =
  /\b(?:claim|assertion|promise|pledge|vow|insistence|statement|contention|boast)s?\s+that\s+(.+?)[.!?]?$/i;
const CONTRAST_WITH =
  /^(.{3,80}?)\s+(?:contrasts?|conflicts?|is at odds|clashes?) with\s+(?:the\s+)?(?:statements?|remarks|comments|accounts?|reports?|assessments?|findings)\s+(?:from|by|of)\b/i;
const CONTRAST_HINTS = hints([
  'face of',
  'counter to',
  'contradict',
  'at odds',
  'belies',
  'contrary',
  'inconsistent',
  'undercut',
  'contrast',
  'conflict',
  'clash'
]);
const FRAMING =
  /\b(?:highlights?|highlighted|describes?|described|calls?|called|claims?|claimed|portrays?|portrayed|frames?|framed|presents?|presented|touts?|touted|hails?|hailed)\b[^.]{0,80}?\bas\b/i;

function explicitContrasts(docs: Doc[], all: { doc: Doc; s: Sentence }[]): Correction[] {
  const out: Correction[] = [];
  for (const doc of docs) {
    doc.sentences.forEach((s) => {
      if (s.heading || !mentions(s, CONTRAST_HINTS)) return;
      const contrast = CONTRAST.exec(s.text);
      const embedded = contrast && EMBEDDED.exec(s.text.slice(contrast.index));
      if (embedded) {
        // Where is the claim itself reported? The sentence sharing most of its words (and its figures).
        // "Contrary to his claim that X, Y": the claim ends at the comma, the rest is the correction.
        const leading = /^contrary to/i.test(contrast[0]) && contrast.index < 3;
        const claimText = leading ? embedded[1].split(/,/)[0] : embedded[1];
        const stems = contentStems(claimText);
        const numbers = [...stems].filter((w) => /^\d/.test(w));
        // Most sentences share too few words to be the claim: a substring test spares tokenising them.
        const fragments = stemFragments(stems);
        const numberFragments = stemFragments(numbers);
        let best: { doc: Doc; s: Sentence } | undefined;
        let bestScore = 0;
        for (const other of all) {
          if (other.s === s || fragmentsIn(other.s, fragments) < 3) continue;
          if (numbers.length && !fragmentsIn(other.s, numberFragments)) continue;
          const o = stemsOf(other.s);
          const shared = sharedCount(stems, o);
          const figures = numbers.filter((n) => o.has(n)).length;
          if (numbers.length && !figures) continue;
          if (shared < 3 || (!figures && shared < stems.size / 2)) continue;
          const score = shared + figures + (other.doc !== doc ? 0.5 : 0);
          if (score > bestScore) [best, bestScore] = [other, score];
        }
        if (best) {
          out.push({
            doc,
            claim: claimPassage(best.doc, best.s),
            evidence: passageOf(doc, s.start, s.end),
            rule: 'contrast',
            confidence: 0.7,
            explanation: `${doc.label} says the outcome contradicts this claim: “${s.text}”`
          });
          const start = s.start + contrast.index + embedded.index + embedded[0].indexOf(embedded[1]);
          const restated = restatedDifferently(
            best.doc,
            best.s,
            doc,
            passageOf(doc, start, start + claimText.length)
          );
          if (restated) out.push(restated);
        } else if (leading && claimText.length < embedded[1].length) {
          const claimStart = s.start + s.text.indexOf(claimText);
          const claimEnd = claimStart + claimText.length;
          out.push({
            doc,
            claim: passageOf(doc, claimStart, claimEnd),
            evidence: passageOf(doc, claimEnd + 1, s.end),
            rule: 'contrast',
            confidence: 0.6,
            explanation: `${doc.label} answers the claim in the same sentence: “${s.text}”`
          });
        }
        return;
      }
      const subject = CONTRAST_WITH.exec(s.text);
      if (!subject) return;
      const owner = /\p{Lu}[\p{L}-]+/u.exec(subject[1])?.[0].replace(/['’]s$/, '');
      if (!owner) return;
      const claim = doc.sentences.find(
        (c) => !c.heading && c.start < s.start && c.text.includes(owner) && FRAMING.test(c.text)
      );
      if (claim)
        out.push({
          doc,
          claim: claimPassage(doc, claim),
          evidence: passageOf(doc, s.start, s.end),
          rule: 'contrast',
          confidence: 0.55,
          explanation: `${doc.label} sets other statements against ${owner}'s framing: “${s.text}”`
        });
    });
  }
  return out;
}

/**
 * The same claim (same figure) reported with different details by two outlets: "within 24 hours of being
 * re-elected" vs "within 24 hours of returning to the White House".
 */
function restatedDifferently(doc: Doc, s: Sentence, otherDoc: Doc, other: Passage): Correction | undefined {
  if (doc === otherDoc) return undefined;
  const otherStems = contentStems(other.text);
  // The clause of the restating sentence that carries the shared figure.
  let from = 0;
  let clause = s.text;
  let at = 0;
  for (const part of s.text.split(/,\s+and\s+|;\s+/)) {
    const partAt = s.text.indexOf(part, from);
    from = partAt + part.length;
    if ([...contentStems(part)].some((w) => /^\d/.test(w) && otherStems.has(w))) {
      clause = part;
      at = partAt;
      break;
    }
  }
  const mine = contentStems(clause);
  // The words (as printed) that only one version has.
  const only = (text: string, against: Set<string>) =>
    tokenize(text)
      .filter((t) => !isStopword(t.norm) && t.norm.length > 1 && !against.has(stem(t.norm)))
      .map((t) => t.raw);
  const onlyMine = only(clause, otherStems);
  const onlyOther = only(other.text, mine);
  if (onlyMine.length < 2 || onlyOther.length < 2) return undefined;
  return {
    doc,
    claim: passageOf(doc, s.start + at, s.start + at + clause.length),
    evidence: other,
    rule: 'restated',
    confidence: 0.45,
    explanation: `${doc.label} and ${otherDoc.label} report the same claim with different details: “${clause}” vs “${other.text}”`,
    discrepancy: {
      topic: 'the details of a reported claim',
      claimValue: onlyMine.join(' '),
      evidenceValue: onlyOther.join(' ')
    }
  };
}

const CLAIM_VERB = String.raw`(?:claimed|claims|said|says|insisted|insists|argued|argues|asserted|maintained|suggested)`;
const REPLY_VERB = String.raw`(?:said|says|told|tells|insisted|denied|denies|countered|responded|replied|added|stated|wrote)`;
const TWO_ACCOUNTS = new RegExp(
  String.raw`^(.*?\b(\p{Lu}[\p{L}-]+)\s+${CLAIM_VERB}\b.*?),\s+(but\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)\b[^,]{0,60}?\b${REPLY_VERB}\b.*)$`,
  'u'
);

function twoAccounts(docs: Doc[]): Correction[] {
  const out: Correction[] = [];
  for (const doc of docs)
    for (const s of doc.sentences) {
      if (!s.text.includes(', but ')) continue;
      const m = TWO_ACCOUNTS.exec(s.text);
      if (!m || s.heading || m[2] === m[4]) continue;
      const split = s.start + m[1].length;
      out.push({
        doc,
        claim: passageOf(doc, s.start, split),
        evidence: passageOf(doc, s.start + s.text.indexOf(m[3], m[1].length), s.end),
        rule: 'two-accounts',
        confidence: 0.6,
        explanation: `${doc.label} sets ${m[4]}'s account against ${m[2]}'s: “${s.text}”`
      });
    }
  return out;
}

const DEALS = '(agreement|deal|accord|ceasefire|truce)';
const REACHED = new RegExp(
  String.raw`\b(?:the|an?)\s+${DEALS}\s+(?:that\s+)?(?:we|they|he|she|both sides)(?:['’]ve|\s+have|\s+had)?\s+(?:reached|made|signed|struck|concluded)\b`,
  'i'
);
const NOT_REACHED = new RegExp(
  String.raw`\bno\s+(?:\w+\s+)?${DEALS}\s+(?:was|were|has been|had been)\s+(?:made|reached|signed|struck|agreed)\b|\b(?:did not|didn't|failed to|could not|couldn't)\s+(?:reach|make|sign|strike)\s+(?:an?|any)\s+${DEALS}\b`,
  'i'
);

/** "the agreement that we've reached" against "no agreement was made", in one report. */
function agreementClashes(docs: Doc[]): Correction[] {
  const out: Correction[] = [];
  for (const doc of docs)
    doc.sentences.forEach((s, i) => {
      const yes = mentions(s, DEAL_HINTS) ? REACHED.exec(s.text) : null;
      if (!yes || s.heading) return;
      const noun = yes[1].toLowerCase();
      let best: Sentence | undefined;
      for (let d = 1; d <= 8 && !best; d++)
        for (const j of [i + d, i - d]) {
          const other = doc.sentences[j];
          const no = other && NOT_REACHED.exec(other.text);
          if (no && isAttributed(other.text) && no.slice(1).some((n) => n?.toLowerCase() === noun)) {
            best = other;
            break;
          }
        }
      if (best)
        out.push({
          doc,
          claim: claimPassage(doc, s),
          evidence: passageOf(doc, best.start, best.end),
          rule: 'agreement',
          confidence: 0.6,
          explanation: `${doc.label} reports that no ${noun} was reached: “${best.text}”`
        });
    });
  return out;
}

export function findClashes(docs: Doc[]): Correction[] {
  const all = docs.flatMap((doc) => doc.sentences.filter((s) => !s.heading).map((s) => ({ doc, s })));
  return [
    ...explicitContrasts(docs, all),
    ...twoAccounts(docs),
    ...agreementClashes(docs),
    ...findOutcomeClashes(docs, all)
  ];
}

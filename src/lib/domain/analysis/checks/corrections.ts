/**
 * Claims the corpus itself corrects. Each rule pairs an evidence sentence, found by how reporters mark a
 * correction, with the claim it answers:
 * - a fact-check right after the claim ("In fact, …", "There is no evidence …", "No independent
 *   confirmation of these claims …");
 * - a discrediting remark about the same topic a few sentences on ("deemed neither free nor fair",
 *   "marred by allegations of fraud");
 * - an authority's finding set against a party's claim (a UN office, an intelligence agency, a court), or
 *   against a claim dismissed as a "hoax";
 * - an explicit contrast that names the claim ("goes in the face of his claim that …", "contrasts with
 *   statements from officials");
 * - two people's accounts in one sentence ("A claimed …, but B said …"), an agreement said to be reached
 *   and said not to be, a person's stated wish against an assessment that they lack it.
 */
import type { Sentence } from '../../corpus/text';
import { isAttributed } from './doc';
import { contentStems, hints, mentions, sharedCount, stemsOf } from './text';
import type { Correction, Doc, Passage } from './types';

/** Evidence that leaves a claim unconfirmed rather than refuting it. */
const UNCONFIRMED =
  /\b(?:no (?:independent )?(?:confirmation|verification)|could not (?:be )?(?:independently )?(?:verif|confirm)|(?:has|have|had) not been (?:independently )?(?:verified|confirmed))/i;

const DIRECT: RegExp[] = [
  /^(?:but\s+)?(?:in fact|in reality|actually|contrary to (?:his|her|their|the|this|that)|fact[- ]check(?:ers?)?)\b/i,
  /\b(?:there is|there was|there's|there has been) no (?:evidence|proof|indication|record)\b/i,
  /\b(?:provided|offered|gave|presented) no (?:evidence|proof)\b/i,
  /\bno (?:independent )?(?:confirmation|verification|evidence) (?:of|for) (?:these|this|the|his|her|their|that|such|those)\b/i,
  /\bcould not (?:be )?(?:independently )?(?:verif|confirm)/i,
  /\b(?:has|have|had) not been (?:independently )?(?:verified|confirmed)\b/i,
  /\b(?:this|that|the claim|the statement|(?:his|her|their) (?:claim|statement)) (?:is|was) (?:false|untrue|not true|incorrect|misleading|baseless)\b/i,
  /^however,?\s[^.]{0,80}\b(?:data|figures|records|studies|research|statistics)\s+(?:show|shows|showed|suggest|indicate)\b/i,
  /^(?:but\s+)?(?:that|this)(?:'s|’s| is| was| isn't| isn’t| wasn't| wasn’t) (?:not )?(?:true|accurate|correct|false|untrue|incorrect|wrong)\b/i,
  /^(?:but\s+)?(?:official |government )?(?:records|data|figures|statistics)\s+(?:from\s+[^,.]{0,40}\s+)?(?:show|shows|showed|indicate|indicates)\b/i,
  /\bthere is nothing to (?:suggest|support|indicate)\b/i
];

const DISCREDIT =
  /\b(?:deemed neither|neither free nor fair|allegations? of (?:\w+ )?(?:fraud|rigging|manipulation|corruption)|marred by (?:\w+ )?(?:allegations|accusations|claims|reports) of|widely (?:disputed|discredited|debunked)|(?:has|have) been (?:debunked|discredited|refuted)|no basis in fact)\b/i;

const AUTHORITY =
  /\b(?:United Nations|U\.N\.|UN|CIA|FBI|International Criminal Court|ICC|(?:supreme |federal |high )?court|tribunal|watchdog|inspectors|investigators|independent (?:observers|experts|monitors|investigators)|fact[- ]checkers|Human Rights (?:Office|Watch|Council)|Amnesty International|IAEA|OSCE|Red Cross)\b/i;
const SAYS =
  /\b(?:said|says|claimed|claims|insisted|insists|maintained|maintains|denied|denies|argued|argues)\b/i;
const FINDING_VERB =
  /\b(?:concluded|found|determined|confirmed|established|ruled|documented|has said|have said|said|says|reported)\b/i;
/** An authority as the subject of the sentence, stating a finding: "The United Nations … has said …". */
const AUTHORITY_SAYS = new RegExp(
  String.raw`^(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}${AUTHORITY.source}[^,"“”]{0,40}?\s${FINDING_VERB.source}`,
  'i'
);
const DIRECT_HINTS = hints([
  'fact',
  'reality',
  'actually',
  'contrary',
  'evidence',
  'proof',
  'confirm',
  'verif',
  'false',
  'true',
  'incorrect',
  'misleading',
  'baseless',
  'however',
  'records',
  'data',
  'figures',
  'statistics',
  'wrong',
  'nothing to'
]);
const DISCREDIT_HINTS = hints([
  'deemed',
  'nor fair',
  'allegation',
  'marred',
  'widely',
  'debunked',
  'discredited',
  'refuted',
  'no basis'
]);
const AUTHORITY_HINTS = hints([
  'united nations',
  'u.n.',
  'un ',
  'cia',
  'fbi',
  'court',
  'icc',
  'tribunal',
  'watchdog',
  'inspectors',
  'investigators',
  'independent',
  'fact',
  'human rights',
  'amnesty',
  'iaea',
  'osce',
  'red cross'
]);
const DISMISS_HINTS = hints(['hoax', 'witch', 'fake', 'made', 'fabricat', 'conspiracy', 'lie', 'nonsense']);
const DISMISS =
  /\b(?:hoax|witch[- ]hunt|fake news|made[- ]up|fabricat\w*|conspiracy theor\w+|a lie|lies|nonsense)\b/i;

function sentencePassage(doc: Doc, s: { start: number; end: number }): Passage {
  let { start, end } = s;
  while (start < end && /\s/.test(doc.text[start])) start++;
  while (end > start && /[\s,]/.test(doc.text[end - 1])) end--;
  return { file: doc.file, text: doc.text.slice(start, end), start, end };
}

/** A claim sentence is shown as the quote it mostly consists of, when it does. */
export function claimPassage(doc: Doc, s: Sentence): Passage {
  const quote = doc.quotes.find(
    (q) => Math.min(q.end, s.end) - Math.max(q.start, s.start) >= 0.5 * (s.end - s.start)
  );
  if (!quote) return sentencePassage(doc, s);
  const unit = doc.units.find(
    (u) => u.start < s.end && u.end > s.start && u.start >= quote.start && u.end <= quote.end
  );
  return sentencePassage(
    doc,
    unit ?? { start: Math.max(quote.start, s.start), end: Math.min(quote.end, s.end) }
  );
}

function isMarker(text: string): boolean {
  return DIRECT.some((re) => re.test(text)) || DISCREDIT.test(text);
}

function paragraphText(doc: Doc, s: Sentence): string {
  const p = doc.paragraphs[s.paragraph];
  return p ? p.text : s.text;
}

/** The attributed sentence before `index` (within `window`) that shares most topic words with `topic`. */
function bestClaimBefore(
  doc: Doc,
  index: number,
  window: number,
  topic: Set<string>,
  minShared: number,
  allowed: (s: Sentence) => boolean = () => true
): Sentence | undefined {
  let best: Sentence | undefined;
  let bestScore = 0;
  for (let i = index - 1; i >= Math.max(0, index - window); i--) {
    const s = doc.sentences[i];
    if (s.heading || isMarker(s.text) || !isAttributed(s.text) || !allowed(s)) continue;
    const score = sharedCount(stemsOf(s), topic);
    if (score >= minShared && score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

export function findCorrections(docs: Doc[]): Correction[] {
  const out: Correction[] = [];
  for (const doc of docs) {
    doc.sentences.forEach((s, i) => {
      if (s.heading) return;
      const push = (claim: Sentence, rule: string, confidence: number, factCheck: boolean, why: string) =>
        out.push({
          doc,
          claim: claimPassage(doc, claim),
          evidence: sentencePassage(doc, s),
          rule,
          confidence,
          factCheck,
          explanation: `${doc.label} ${why}: “${s.text}”`
        });
      if (mentions(s, DIRECT_HINTS) && DIRECT.some((re) => re.test(s.text))) {
        // "Contrary to his claim that …": the claim is named inside the sentence (see clashes.ts).
        if (/^contrary to\b[^,]{0,40}\b(?:claim|assertion|statement|insistence)s?\s+that\b/i.test(s.text))
          return;
        const inside = claimInside(s);
        if (inside) {
          out.push({
            doc,
            claim: sentencePassage(doc, inside.claim),
            evidence: sentencePassage(doc, inside.evidence),
            rule: 'fact-check',
            confidence: 0.75,
            factCheck: true,
            explanation: `${doc.label} adds a correction to the claim it reports: “${s.text}”`
          });
          return;
        }
        const previous = doc.sentences[i - 1];
        const near =
          previous && !previous.heading && isAttributed(previous.text)
            ? previous
            : bestClaimBefore(doc, i, 3, contentStems(s.text), 1);
        // A claim nobody could confirm is not shown false: say so, rather than "corrects".
        const why = UNCONFIRMED.test(s.text)
          ? 'says right after reporting the claim that nothing confirmed it'
          : 'corrects the claim right after reporting it';
        if (near) push(near, 'fact-check', 0.85, true, why);
        return;
      }
      if (mentions(s, DISCREDIT_HINTS) && DISCREDIT.test(s.text)) {
        // One answer per paragraph: a second discrediting sentence right after the first adds nothing.
        const previous = doc.sentences[i - 1];
        if (previous && previous.paragraph === s.paragraph && isMarker(previous.text)) return;
        const claim = bestClaimBefore(doc, i, 4, contentStems(paragraphText(doc, s)), 2);
        if (claim) push(claim, 'discredit', 0.6, true, 'casts doubt on the claim a few lines on');
        return;
      }
      if (mentions(s, AUTHORITY_HINTS) && AUTHORITY_SAYS.test(s.text)) {
        const topic = contentStems(s.text.replace(AUTHORITY, ' '));
        const claim = bestClaimBefore(
          doc,
          i,
          2,
          topic,
          1,
          (c) => !AUTHORITY.test(c.text) && SAYS.test(c.text)
        );
        if (claim) push(claim, 'authority', 0.6, false, 'sets an independent finding against the claim');
      }
    });
  }
  out.push(...dismissedFindings(docs));
  return out;
}

/**
 * "Trump claimed X, but offered no proof": claim and correction in one sentence, split at the conjunction
 * before the marker.
 */
function claimInside(
  s: Sentence
): { claim: { start: number; end: number }; evidence: { start: number; end: number } } | undefined {
  const marker = Math.min(...DIRECT.map((re) => s.text.search(re)).filter((i) => i >= 0));
  if (!Number.isFinite(marker) || marker < 10) return undefined;
  const head = s.text.slice(0, marker);
  if (!CLAIM_BEFORE.test(head)) return undefined;
  const cut = Math.max(
    head.lastIndexOf(', but'),
    head.lastIndexOf(' but '),
    head.lastIndexOf(', although'),
    head.lastIndexOf(' though')
  );
  const at = cut > 0 ? cut : head.lastIndexOf(',');
  if (at <= 0) return undefined;
  return {
    claim: { start: s.start, end: s.start + at },
    evidence: { start: s.start + at + (s.text[at] === ',' ? 1 : 0), end: s.end }
  };
}

const CLAIM_BEFORE =
  /\b(?:claimed|claims|said|says|asserted|alleged|insisted|suggested|argued|tweeted|wrote)\b/i;

/** A claim that calls something a "hoax" (or lies, fake news) against an authority's finding on it. */
function dismissedFindings(docs: Doc[]): Correction[] {
  const out: Correction[] = [];
  // Dismissals are rare: the authorities' findings are only looked for once there is one.
  const findAuthorities = () =>
    docs.flatMap((doc) =>
      doc.sentences
        .filter(
          (s) =>
            !s.heading &&
            mentions(s, AUTHORITY_HINTS) &&
            AUTHORITY.test(s.text) &&
            /\b(?:concluded|found|determined|established|confirmed)\b/i.test(s.text)
        )
        .map((s) => ({ doc, s }))
    );
  let findings: { doc: Doc; s: Sentence }[] | undefined;
  for (const doc of docs) {
    for (const s of doc.sentences) {
      const hit = mentions(s, DISMISS_HINTS) ? DISMISS.exec(s.text) : null;
      if (!hit || s.heading || !isAttributed(s.text)) continue;
      findings ??= findAuthorities();
      const stems = contentStems(s.text);
      let best: { doc: Doc; s: Sentence } | undefined;
      let bestScore = 2;
      for (const f of findings) {
        const score = sharedCount(stems, stemsOf(f.s)) + (f.doc === doc ? 0.5 : 0);
        if (score > bestScore) [best, bestScore] = [f, score];
      }
      if (!best) continue;
      const quote = doc.units.find((u) => u.start <= hit.index + s.start && u.end >= hit.index + s.start);
      out.push({
        doc,
        claim: quote ? sentencePassage(doc, quote) : claimPassage(doc, s),
        evidence: sentencePassage(best.doc, best.s),
        rule: 'dismissal',
        confidence: 0.6,
        explanation: `The claim dismisses as “${hit[0]}” what ${best.doc.label} reports as an established finding: “${best.s.text}”`
      });
    }
  }
  return out;
}

/**
 * Discrepancies in how a text labels people and itself: a person called "former President" in one place
 * and "President" in another, and a page whose date stamps disagree with its publication date.
 */
import type { Doc, Finding, Passage } from './types';
import { extractValues } from './values';

const TITLES =
  'President|Vice President|Prime Minister|Chancellor|Secretary of State|Senator|Governor|Mayor|Speaker';
/** A title and the name after it, with "former", "ex-" or "then-" before it (tried at one place: see below). */
const TITLE_AT = new RegExp(
  String.raw`\b([Ff]ormer |[Ee]x-|[Tt]hen-)?(${TITLES})\s+((?:\p{Lu}[\p{L}'-]+\s+){1,2}\p{Lu}[\p{L}'-]+)`,
  'uy'
);
const TITLE_WORD = new RegExp(TITLES, 'g');
/** The lengths of what may stand before a title: "former ", "then-", "ex-" or nothing. */
const PREFIX_LENGTHS = [7, 5, 3, 0];

/**
 * Every TITLE_AT match in the text, left to right without overlaps (as a global pattern would find them),
 * tried only where a title word stands: run over a whole text, the Unicode pattern cost more than the rest
 * of the rule. A match starts at its title word or at the prefix before it, and no title word starts inside
 * a prefix, so trying each title word's possible starts, leftmost first, finds the same matches.
 */
function titleMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  TITLE_WORD.lastIndex = 0;
  for (let word = TITLE_WORD.exec(text); word; word = TITLE_WORD.exec(text)) {
    TITLE_WORD.lastIndex = word.index + 1;
    for (const back of PREFIX_LENGTHS) {
      if (word.index - back < from) continue;
      TITLE_AT.lastIndex = word.index - back;
      const m = TITLE_AT.exec(text);
      if (!m) continue;
      out.push(m);
      from = TITLE_WORD.lastIndex = m.index + m[0].length;
      break;
    }
  }
  return out;
}

interface TitleUse {
  doc: Doc;
  start: number;
  end: number;
  former: boolean;
  title: string;
  name: string;
  heading: boolean;
}

/** The sentence holding an offset, by binary search: sentences are in text order and do not overlap. */
function sentenceHolding(doc: Doc, offset: number) {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

function sentencePassage(doc: Doc, offset: number): Passage {
  const s = sentenceHolding(doc, offset);
  const [start, end] = s ? [s.start, s.end] : [offset, offset];
  return { file: doc.file, text: doc.text.slice(start, end), start, end };
}

/** "former President Donald Trump" in one sentence, "President Donald Trump" elsewhere. */
export function findTitleDiscrepancies(docs: Doc[]): Finding[] {
  const uses: TitleUse[] = [];
  for (const doc of docs) {
    for (const m of titleMatches(doc.text)) {
      if (/^then-$/i.test(m[1]?.trim() ?? '')) continue;
      const sentence = sentenceHolding(doc, m.index);
      if (!sentence) continue;
      // Stop the name at a capitalised function word ("Donald Trump And Vladimir").
      const name = m[3].split(/\s+(?:And|Of|The|In|At|Meet|Meets|Says|Said)\b/)[0];
      uses.push({
        doc,
        start: m.index,
        end: m.index + m[0].length,
        former: Boolean(m[1]),
        title: m[2],
        name,
        heading: sentence.heading
      });
    }
  }
  const findings: Finding[] = [];
  const lastName = (n: string) => n.split(/\s+/).pop()!.toLowerCase();
  // The present-title uses of each person, filed once, so a page full of titles is not compared use by use.
  const presentUses = new Map<string, TitleUse[]>();
  const useKey = (u: TitleUse) => `${u.doc.index}\u0000${u.title}\u0000${lastName(u.name)}`;
  for (const u of uses)
    if (!u.former && u.name.split(/\s+/).length > 1)
      (presentUses.get(useKey(u)) ?? presentUses.set(useKey(u), []).get(useKey(u))!).push(u);
  // The evidence for a person: a use in running text before one in a heading, then the earliest.
  const rank = (u: TitleUse) => (u.heading ? 1 : 0);
  const firstUse = (list: TitleUse[]) =>
    list.reduce((best, u) => ((rank(u) - rank(best) || u.start - best.start) < 0 ? u : best));
  for (const former of uses.filter((u) => u.former)) {
    const current = presentUses.get(useKey(former));
    if (!current) continue;
    const evidence = firstUse(current);
    findings.push({
      kind: 'discrepancy',
      claim: sentencePassage(former.doc, former.start),
      evidence: sentencePassage(evidence.doc, evidence.start),
      explanation: `${former.doc.label} calls ${former.name} “former ${former.title}”, but ${evidence.doc === former.doc ? 'elsewhere it' : evidence.doc.label} calls the same person “${evidence.title}”, which says the office is still held.`,
      confidence: 0.6,
      topic: `${former.name}'s title`,
      claimValue: `former ${former.title}`,
      evidenceValue: evidence.title,
      rule: 'title'
    });
  }
  return findings;
}

const TIMESTAMP_LINE = /[^\n]+/g;
const WEEKDAY =
  /^(?:(?:first )?published:?\s*|updated:?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?/i;

/** A page stamped with a date far from its publication date (a crawl or render time, or a wrong date). */
export function findDatelineDiscrepancies(docs: Doc[]): Finding[] {
  const findings: Finding[] = [];
  for (const doc of docs) {
    const stamps: { passage: Passage; when: number; published: boolean }[] = [];
    for (const line of doc.text.matchAll(TIMESTAMP_LINE)) {
      if (!/\d[:.]\d\d/.test(line[0]) || !/(?:19|20)\d\d/.test(line[0])) continue;
      const values = extractValues(line[0], line.index);
      const date = values.find(
        (v) => v.kind === 'date' && v.text.match(/\d{1,2}\D+\d{4}|\d{4}/) && /\d{1,2}/.test(v.text)
      );
      const clock = values.find(
        (v) => v.kind === 'clock' && date && v.start > date.start && v.start - date.end < 12
      );
      if (!date || !clock) continue;
      const lead = line[0].length - line[0].trimStart().length;
      const prefix = line[0].slice(lead, date.start - line.index);
      const start = WEEKDAY.exec(prefix)?.[0].length === prefix.length ? line.index + lead : date.start;
      const zone = /^\s*[A-Z]{2,4}\b/.exec(doc.text.slice(clock.end, clock.end + 6));
      const end = clock.end + (zone ? zone[0].length : 0);
      stamps.push({
        passage: { file: doc.file, text: doc.text.slice(start, end), start, end },
        when: date.value,
        published: /published/i.test(prefix)
      });
    }
    const published = stamps.find((s) => s.published) ?? stamps[stamps.length - 1];
    for (const other of stamps) {
      if (other === published || Math.abs(other.when - published.when) * 365 <= 2) continue;
      findings.push({
        kind: 'discrepancy',
        claim: other.passage,
        evidence: published.passage,
        explanation: `${doc.label} shows the date “${other.passage.text}” but also “${published.passage.text}”; only one can be when the article appeared.`,
        confidence: 0.4,
        topic: 'the date of the article',
        claimValue: other.passage.text,
        evidenceValue: published.passage.text,
        rule: 'dateline'
      });
    }
  }
  return findings;
}

const AGE = /\b(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}),\s+(\d{1,3}),/gu;
/** The figure AGE needs (", 45,"): most texts have none, and the full pattern tries every capital. */
const MAY_HOLD_AGE = /,\s+\d{1,3},/;

/** "Jane Doe, 45," in one report and "Jane Doe, 46," in another. */
export function findAgeDiscrepancies(docs: Doc[]): Finding[] {
  const byName = new Map<string, { doc: Doc; age: number; name: string; at: number }[]>();
  for (const doc of docs) {
    if (!MAY_HOLD_AGE.test(doc.text)) continue;
    for (const m of doc.text.matchAll(AGE)) {
      const age = Number(m[2]);
      if (age < 1 || age > 120 || m[1].split(/\s+/).length < 2) continue;
      const key = m[1].split(/\s+/).pop()!.toLowerCase();
      (byName.get(key) ?? byName.set(key, []).get(key)!).push({ doc, age, name: m[1], at: m.index });
    }
  }
  const findings: Finding[] = [];
  for (const uses of byName.values()) {
    const first = uses[0];
    const other = uses.find((u) => u.age !== first.age);
    if (!other) continue;
    findings.push({
      kind: 'discrepancy',
      claim: sentencePassage(first.doc, first.at),
      evidence: sentencePassage(other.doc, other.at),
      explanation: `${first.doc.label} gives ${first.name}'s age as ${first.age}; ${other.doc.label} gives ${other.age}.`,
      confidence: 0.6,
      topic: `${first.name}'s age`,
      claimValue: String(first.age),
      evidenceValue: String(other.age),
      rule: 'age'
    });
  }
  return findings;
}

const JOINT =
  /\b(\p{Lu}[\p{L}-]+)\s+and\s+(?:[\p{Lu}][\p{L}.-]*\s+){0,4}(\p{Lu}[\p{L}-]+)\s+(?:both\s+)?(?:called|described|labell?ed|termed)\b[^.;'"‘“]{0,60}?['"‘“]([^'"’”]{3,40})['"’”]/gu;
/**
 * What a JOINT match cannot do without, free of Unicode classes: "and", then only names (no digits, commas
 * or quotes) up to the verb, then a short quoted word. Rare, so the full pattern seldom runs.
 */
const MAY_HOLD_JOINT =
  /\sand\s+[^\d,;:!?()"“”‘’']*?\s(?:called|described|labell?ed|termed)\b[^.;'"‘“]{0,60}?['"‘“][^'"’”]{3,40}['"’”]/;
/** Its end alone, led by the verbs: quicker to rule out, as it does not try every "and". */
const MAY_HOLD_JOINT_END =
  /\s(?:called|described|labell?ed|termed)\b[^.;'"‘“]{0,60}?['"‘“][^'"’”]{3,40}['"’”]/;
const SINGLE =
  /\b(\p{Lu}[\p{L}-]+)\s+(?:called|described|labell?ed|termed)\b[^.;'"‘“]{0,60}?['"‘“]([^'"’”]{3,40})['"’”]/gu;

/**
 * Two people credited together with one word ("Trump and Putin called the summit 'productive'") while the
 * same report quotes one of them using another word ("Putin described the talks as 'constructive'").
 */
export function findJointAttribution(docs: Doc[]): Finding[] {
  const findings: Finding[] = [];
  for (const doc of docs) {
    // Joint attributions are rare: the single ones are only read once there is one to compare them with.
    let singles: RegExpExecArray[] | undefined;
    if (!MAY_HOLD_JOINT_END.test(doc.text) || !MAY_HOLD_JOINT.test(doc.text)) continue;
    for (const joint of doc.text.matchAll(JOINT)) {
      singles ??= [...doc.text.matchAll(SINGLE)];
      const word = joint[3].toLowerCase();
      for (const person of [joint[1], joint[2]]) {
        const other = singles.find(
          (m) =>
            m[1] === person &&
            m.index !== joint.index &&
            m[2].toLowerCase() !== word &&
            !joint[0].includes(m[0])
        );
        if (!other) continue;
        findings.push({
          kind: 'discrepancy',
          claim: sentencePassage(doc, joint.index),
          evidence: sentencePassage(doc, other.index),
          explanation: `${doc.label} says ${joint[1]} and ${joint[2]} both used the word “${joint[3]}”, but quotes ${person} as saying “${other[2]}”.`,
          confidence: 0.5,
          topic: `who called it “${joint[3]}”`,
          claimValue: `${joint[1]} and ${joint[2]}: “${joint[3]}”`,
          evidenceValue: `${person}: “${other[2]}”`,
          rule: 'joint-attribution'
        });
        break;
      }
    }
  }
  return findings;
}

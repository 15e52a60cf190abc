/**
 * Attribution of one quote: the cue after it, else the cue before it in the same clause, else the
 * speaker it continues, else (for a headline) the person the section below it quotes. Also recognises
 * reported speech ("Trump said Putin told him …", or a quote that itself relays someone: "Vladimir Putin,
 * smart guy, said you can't …").
 */
import { wordStarts } from '../text';
import type { AttributionInput } from './attribution-input';
import { sentenceIndexAt } from './context';
import { isCueVerb, isLabelVerb, words, WRITTEN_VERBS } from './cue-words';
import {
  accordingToBelow,
  colonIntroduction,
  continuation,
  genderedObject,
  headlineSpeaker,
  relayedInside,
  sentenceSubject,
  SOMEONE
} from './fallbacks';
import { mentionsBetween } from './mentions';
import { cueAfter, cueBefore, outerSpeaker } from './speakers';
import type { Attribution, CueMatch, Mention, MentionLookup, ParagraphSpan, SubjectRef } from './types';

const WRITTEN_PLACES =
  /\bon (x|twitter|truth social|facebook|instagram|telegram|social media)\b|\bin a (post|tweet)\b/i;

/**
 * Mentions by the offset they start or end at. Mentions are in text order and never overlap, so starts and
 * ends both increase: a binary search answers without building maps of every mention of the article.
 */
export function lookup(mentions: Mention[]): MentionLookup {
  const find = (offset: number, at: (m: Mention) => number): Mention | undefined => {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const value = at(mentions[mid]);
      if (value === offset) return mentions[mid];
      if (value < offset) lo = mid + 1;
      else hi = mid;
    }
    return undefined;
  };
  return {
    endingAt: (offset) => find(offset, (m) => m.end),
    startingAt: (offset) => find(offset, (m) => m.start)
  };
}

/** Short headline-like line: few words and no closing full stop. */
export function isHeadingText(line: string): boolean {
  // Headlines are short; this also keeps the checks below cheap on long paragraphs.
  if (line.length > 300) return false;
  // Neither test below passes a line of more than 25 words, and most paragraphs have more.
  const words = wordStarts(line, 25);
  if (!words) return false;
  const trimmed = line.trim();
  // "“…” ― Carla Ruiz": a signed quote, not a heading.
  if (/[―—–-]\s*\p{Lu}[\p{L}.'’ -]*$/u.test(trimmed) && /["”’]\s*[―—–-]/.test(line)) return false;
  if (words.length <= 16 && !/[.!?:;…]["'”’)]*$/.test(trimmed)) return true;
  // Title Case: "Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be …’". The pattern reads at most an
  // opening mark and one letter (two code units at most), and what follows a word is space.
  const capitalised = words.filter((at) => /^["'“‘]?\p{Lu}/u.test(line.slice(at, at + 3))).length;
  // A whole line in quote marks may be a short heading ("‘All Bets Are Off.’"), so three words are enough there.
  const minimum = /^["'“‘]/.test(trimmed) ? 3 : 5;
  return words.length >= minimum && words.length <= 25 && capitalised / words.length >= 0.7;
}

/** A headline paragraph: short and heading-like, or the first line of an article (its title, even with a full stop). */
export function isHeadline(text: string, paragraph: ParagraphSpan, paragraphs: ParagraphSpan[]): boolean {
  const line = text.slice(paragraph.start, paragraph.end);
  return (
    isHeadingText(line) ||
    (paragraph.index === 0 && paragraphs.length > 1 && line.length < 200 && line.split(/\s+/).length <= 20)
  );
}

export function attribute(input: AttributionInput): Attribution {
  const { text, span, paragraph, sentence } = input;
  const names = lookup(input.mentions);
  const closeAt = span.closeMark ? span.end + 1 : span.end;
  const afterEnd = Math.min(
    input.next ? input.next.start - 1 : paragraph.end,
    sentenceEndAfter(input, closeAt)
  );
  const clauseStart = Math.max(
    sentence.start,
    input.previous ? input.previous.end + 1 : paragraph.start,
    paragraph.start
  );
  const afterWords = words(text, closeAt, afterEnd);
  const beforeWords = words(text, clauseStart, span.start - 1);
  const { headline } = input;
  const base: Attribution = {
    speaker: null,
    cue: null,
    cueAt: null,
    confidence: 0,
    named: false,
    reported: null,
    written: false,
    headline,
    paragraph: paragraph.index,
    sectionSource: null
  };

  // The cue after the quote, unless it introduces the next quote ("…. Trump added: “…”").
  const after = cueAfter(afterWords, text, names);
  const colonIntro = input.next && /:\s*$/.test(text.slice(closeAt, input.next.start - 1));
  const before = cueBefore(beforeWords, text, names);
  let match: CueMatch | null = after && !(colonIntro && before?.subject) ? after : before;
  if (!match?.subject && !match?.coordinated && after) match = after;

  let result: Attribution | null = null;
  if (match && (match.subject || match.coordinated)) result = fromCue(input, match, beforeWords, names, base);
  // A cue whose subject we could not name ("a Downing Street spokesperson said") means an unnamed
  // speaker: no guessing from the sentence or the quotes around it.
  if (!result?.speaker && match?.subject) return finish(input, match, result ?? base);
  if (!result?.speaker && /:\s*$/.test(text.slice(clauseStart, span.start - 1)))
    result = colonIntroduction(input, base) ?? result;
  if (!result?.speaker && !beforeWords.length && !afterWords.some((w) => isCueVerb(w.lower)))
    result = previousSentenceCue(input, names, base) ?? result;
  if (!result?.speaker) result = continuation(input, base, afterWords) ?? result;
  if (!result?.speaker && headline) result = headlineSpeaker(input, beforeWords, names, base) ?? result;
  if (!result?.speaker && !headline && beforeWords.length) result = sentenceSubject(input, base) ?? result;
  return finish(input, match, result ?? base);
}

/** Written or spoken, and whether the quote relays someone else's words. */
function finish(input: AttributionInput, match: CueMatch | null, out: Attribution): Attribution {
  const { paragraph } = input;
  out.written = out.written || (!!match && (WRITTEN_VERBS.has(match.verb) || WRITTEN_PLACES.test(match.cue)));
  // "“…,” Ischinger wrote on X. / “…,” Ischinger added.": the same post goes on.
  const prev = input.earlier[input.earlier.length - 1];
  if (!out.written && prev?.written && prev.speaker === out.speaker && paragraph.index - prev.paragraph <= 1)
    out.written = !match || /^(add|adds|added|adding|continued|continues)$/.test(match.verb);
  if (!out.reported && out.speaker) out.reported = relayedInside(input, out.speaker);
  if (out.reported === SOMEONE) {
    out.reported = null;
    out.relays = true;
  }
  if (!out.speaker && out.headline) out.sectionSource = accordingToBelow(input);
  return out;
}

function sentenceEndAfter(input: AttributionInput, from: number): number {
  const s = input.sentences[sentenceIndexAt(input.sentences, from)];
  return s && s.end >= from ? s.end : input.paragraph.end;
}

/** Turns a cue's subject into a speaker name, resolving pronouns and descriptions. */
function fromCue(
  input: AttributionInput,
  match: CueMatch,
  beforeWords: ReturnType<typeof words>,
  names: MentionLookup,
  base: Attribution
): Attribution {
  const { discourse, people, sentence } = input;
  let reported: string | null = null;
  let subject: SubjectRef | null = match.subject;
  // "Trump said Putin told him …": the outer subject speaks, the inner one is relayed.
  const outer = match.at < input.span.start ? outerSpeaker(beforeWords, match, names) : null;
  if (outer && subject) {
    reported = resolve(input, subject)?.name ?? null;
    subject = outer;
  }
  if (!subject) {
    // "…, adding: …" / "and warned …": the sentence's subject, or the speaker of the quote before in it.
    const prev = input.earlier[input.earlier.length - 1];
    const prevInSentence = input.previous && input.previous.start >= sentence.start && prev?.speaker;
    const event = prevInSentence ? null : discourse.subjectWithin(sentence, match.at);
    const name = prevInSentence ? prev.speaker : (event?.name ?? null);
    if (!name) return { ...base, cue: match.cue };
    return {
      ...base,
      speaker: name,
      cue: match.cue,
      cueAt: match.at,
      confidence: 0.85,
      named: true,
      reported
    };
  }
  const resolved = resolve(input, subject);
  if (!resolved) return { ...base, cue: match.cue };
  const label = isLabelVerb(match.verb);
  const info = people.info(resolved.name);
  const named = info?.type !== 'unknown' || resolved.confidence >= 0.9;
  return {
    ...base,
    speaker: resolved.name,
    cue: match.cue,
    cueAt: subject.at,
    confidence: label ? Math.min(resolved.confidence, 0.7) : resolved.confidence,
    named,
    reported
  };
}

function resolve(input: AttributionInput, subject: SubjectRef): { name: string; confidence: number } | null {
  const { people, discourse, paragraph } = input;
  if (subject.kind === 'name')
    return { name: people.canonical(subject.mention), confidence: subject.document ? 0.75 : 0.95 };
  if (subject.kind === 'pronoun') {
    const event = discourse.resolvePronoun(subject.pronoun, subject.at);
    if (!event) return genderedObject(input, subject.pronoun, subject.at);
    const near = paragraph.index - event.paragraph <= 1;
    // Another person named between the antecedent and the pronoun in the same sentence makes "he"
    // ambiguous ("Flynn said Trump was right when he said …"): keep the guess, but never as a question.
    const rival = mentionsBetween(
      input.mentions,
      Math.max(event.at + 1, input.sentence.start),
      subject.at
    ).some(
      (m) =>
        !m.possessive &&
        people.canonical(m) !== event.name &&
        people.info(people.canonical(m))?.type === 'person'
    );
    if (subject.pronoun === 'it') return { name: event.name, confidence: 0.7 };
    return { name: event.name, confidence: rival ? 0.6 : near ? 0.85 : 0.7 };
  }
  if (subject.kind === 'group') return null;
  const event = discourse.resolveDescription(subject.words, subject.at);
  if (event) return { name: event.name, confidence: 0.8 };
  const role = discourse.resolveRole(subject.words, subject.at);
  return role ? { name: role.name, confidence: 0.7 } : null;
}

/**
 * "…, Schiff said. “The other factor …”": the sentence just before the quote ends with an attribution,
 * which carries over to the quote that follows it in the same paragraph.
 */
function previousSentenceCue(
  input: AttributionInput,
  names: MentionLookup,
  base: Attribution
): Attribution | null {
  const { text, span } = input;
  const index = sentenceIndexAt(input.sentences, span.start - 1);
  const prev = [input.sentences[index], input.sentences[index - 1]].find((s) => s && s.end <= span.start - 1);
  if (
    !prev ||
    text.slice(prev.end, span.start - 1).trim() ||
    (input.previous && input.previous.start > prev.start)
  )
    return null;
  const ws = words(text, prev.start, prev.end);
  const lastComma = ws.map((w) => w.text).lastIndexOf(',');
  const clause = ws.slice(lastComma + 1);
  const match = cueBefore(clause, text, names);
  if (!match?.subject || clause.findIndex((w) => w.start === match.at) < clause.length - 5) return null;
  const found = fromCue(input, match, clause, names, base);
  return found.speaker ? { ...found, cue: match.cue, confidence: Math.min(found.confidence, 0.85) } : null;
}

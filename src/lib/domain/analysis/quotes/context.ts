/**
 * The discourse around quotes: sentence boundaries that treat quotations as opaque, the grammatical
 * subject of each sentence, and pronoun resolution to the most recent compatible subject (not merely
 * the last proper noun: in "Putin invited Trump to Moscow. “…,” he said." he is Putin).
 */
import { isSpaceAt } from '../text';
import { isCueVerb } from './cue-words';
import { mentionsBetween } from './mentions';
import type { PeopleIndex } from './people';
import type { MarkedSpan, Mention, ParagraphSpan, Sentence, SubjectEvent } from './types';

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sr jr st mt gen col lt sgt capt adm gov sen rep rev jan feb mar apr jun jul aug sep sept oct nov dec no vs etc inc ltd co corp u.s u.k u.n e.u a.m p.m d.c'.split(
    ' '
  )
);

/** Letters and full stops, as /[\p{L}.]/u sees one UTF-16 code unit (ASCII answered without the regex). */
function isLetterOrDot(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 46 || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return /[\p{L}.]/u.test(text[i]);
}

function endsSentence(text: string, dot: number): boolean {
  if (text[dot] !== '.') return true;
  // No abbreviation is longer than four characters: stop reading the word back after five.
  let i = dot - 1;
  while (i >= 0 && dot - i <= 5 && isLetterOrDot(text, i)) i--;
  if (dot - i > 5) return true;
  const word = text.slice(i + 1, dot).toLowerCase();
  return !(ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word));
}

/** Index of the last sentence that starts at or before `offset` (-1 if none), by binary search. */
export function sentenceIndexAt(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

const TERMINATOR = /[.!?]/;

/** Sentences of a paragraph; quotation spans are skipped over, never split. */
export function sentencesOf(text: string, paragraph: ParagraphSpan, spans: MarkedSpan[]): Sentence[] {
  const out: Sentence[] = [];
  let from = paragraph.start;
  let s = 0;
  const push = (end: number) => {
    if (end > from) out.push({ start: from, end, paragraph: paragraph.index });
  };
  let i = paragraph.start;
  while (i < paragraph.end) {
    while (s < spans.length && spans[s].end < i) s++;
    const span = spans[s];
    if (span && i === span.start - 1) {
      // Jump over the quotation; it ends a sentence when it ends with . ! ? and no cue follows.
      const close = span.closeMark ? span.end + 1 : span.end;
      if (
        endsWithTerminator(text, span) &&
        close < paragraph.end &&
        !cueFollows(text, close, paragraph.end)
      ) {
        push(close);
        from = skipSpace(text, close, paragraph.end);
      }
      i = close;
      continue;
    }
    // Only . ! ? can end a sentence: skip to the next one, or to the next quotation's opening mark.
    const stop = span && span.start - 1 > i ? span.start - 1 : paragraph.end;
    const found = text.slice(i, stop).search(TERMINATOR);
    if (found < 0) {
      i = stop;
      continue;
    }
    i += found;
    if (/\s/.test(text[i + 1] ?? '') && endsSentence(text, i)) {
      const next = skipSpace(text, i + 1, paragraph.end);
      if (next < paragraph.end && /[\p{Lu}\d“"‘'(]/u.test(text[next])) {
        push(i + 1);
        from = next;
      }
    }
    i++;
  }
  push(paragraph.end);
  return out;
}

/** The quotation ends with . ! ? or … (trailing space aside). */
function endsWithTerminator(text: string, span: MarkedSpan): boolean {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  const last = text[end - 1];
  return end > span.start && (last === '.' || last === '!' || last === '?' || last === '…');
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && /\s/.test(text[i])) i++;
  return i;
}

/** A cue verb within the next three words ("… .” Trump added."), or a lower-case continuation. */
function cueFollows(text: string, from: number, to: number): boolean {
  const ahead = text.slice(from, Math.min(to, from + 60));
  if (/^\s*[―—–-]/.test(ahead) || /^\s*\p{Ll}/u.test(ahead)) return true;
  // "… .” Trump added." / "… ?” Vitter demanded.": a short attribution that closes the sentence.
  const clause = /^[^.!?“”"‘]*[.!?]?/.exec(ahead)?.[0] ?? '';
  // "… .” Russia insisted that Pyongyang “…”": the words introduce the next quote, not this one.
  if (!/[.!?]$/.test(clause) && clause.length < ahead.length) return false;
  const ws = clause.match(/[\p{L}'’-]+/gu) ?? [];
  if (ws.length > 9) return false;
  return (
    ws.slice(0, 5).some((w) => isCueVerb(w.toLowerCase())) ||
    /^\s*(\p{Lu}[\p{L}'’.-]*\s){1,3}\p{Ll}+(ed|s)\s*[.,]/u.test(clause)
  );
}

/** How many recorded subjects a pronoun or description may reach back over (keeps long texts linear). */
const MAX_LOOKBACK = 200;

export const PREPOSITIONS = new Set(
  'of by with to for from on about against at in into between among toward towards than like as via under over after before behind beside near without within upon told asked thanked invited urged met called saw'.split(
    ' '
  )
);
const SUBORDINATORS =
  /^(as|when|while|after|before|although|though|if|since|because|once|until|whereas|despite|during)\b/i;

/** "He added …", "In Anchorage, she said …": a pronoun subject at the start, or after a short opening clause. */
const LEAD_PRONOUN = /^\s*(?:[\p{L}\s]{0,40},\s*)?(he|she)\b/iu;

/**
 * Whether LEAD_PRONOUN can match text[from, end): the pronoun can only stand first, or right after the first
 * comma when letters and spaces lead up to it. Read by character, so that most sentences never run the
 * backtracking pattern; anything unusual (non-ASCII) answers yes and leaves the decision to the pattern.
 */
function mayOpenWithPronoun(text: string, from: number, end: number): boolean {
  let i = from;
  while (i < end && isSpaceAt(text, i)) i++;
  if (i < end && mayStartPronoun(text.charCodeAt(i))) return true;
  // The opening clause holds at most 40 characters (81 code units with its comma, even for astral letters)
  // and stops at the first character that is not a letter or space: that must be the comma.
  const stop = text.slice(i, Math.min(end, i + 81)).search(ASCII_NOT_LETTER_OR_SPACE);
  if (stop < 0 || text.charCodeAt(i + stop) !== 44) return false;
  i += stop + 1;
  while (i < end && isSpaceAt(text, i)) i++;
  return i < end && mayStartPronoun(text.charCodeAt(i));
}

/** ASCII characters other than letters and whitespace (other characters may be letters: left to the pattern). */
const ASCII_NOT_LETTER_OR_SPACE = /[^A-Za-z\t\n\v\f\r \u0080-\uffff]/;

/** h, s in either case, or a non-ASCII character (case folding maps "ſ" to "s"). */
const mayStartPronoun = (code: number) =>
  code === 104 || code === 72 || code === 115 || code === 83 || code >= 128;

/** Tracks who the text is about, sentence by sentence, to resolve he/she in cues. */
export class Discourse {
  private readonly events: SubjectEvent[] = [];

  constructor(private readonly people: PeopleIndex) {}

  /** Records the subject of a sentence: its first person mention that is not an object or owner. */
  observeSentence(text: string, sentence: Sentence, mentions: Mention[]) {
    let from = sentence.start;
    const head = text.slice(sentence.start, sentence.end);
    if (SUBORDINATORS.test(head)) {
      const comma = head.indexOf(',');
      if (comma > 0) from = sentence.start + comma + 1;
    }
    // A pronoun subject ("He added that …") carries the current referent forward.
    const lead = mayOpenWithPronoun(text, from, sentence.end)
      ? LEAD_PRONOUN.exec(text.slice(from, sentence.end))
      : null;
    for (const m of mentionsBetween(mentions, from, sentence.end)) {
      if (lead && m.start > from + lead.index + lead[0].length - 3) break;
      if (m.possessive || PREPOSITIONS.has(m.before)) continue;
      const name = this.people.canonical(m);
      const info = this.people.info(name);
      if (!info) continue;
      // The first name in subject position is the subject, even when we cannot tell it is a person
      // (organisations too: "the Security Council issued a statement calling …"; pronouns skip them);
      // a lone unknown word ("Sumy") is recorded as nobody rather than letting a later object stand in.
      if (info.type !== 'unknown' || name.includes(' '))
        this.push({ at: m.start, name, info, paragraph: sentence.paragraph });
      return;
    }
    if (lead) {
      const at = from + lead.index + lead[0].length - lead[1].length;
      const resolved = this.resolvePronoun(lead[1].toLowerCase(), at);
      if (resolved) this.push({ ...resolved, at, paragraph: sentence.paragraph });
    }
  }

  /** Records a speaker found through a cue, so later pronouns can refer to them. */
  observeSpeaker(name: string, at: number, paragraph: number) {
    this.push({ at, name, info: this.people.info(name), paragraph });
  }

  private push(event: SubjectEvent) {
    let i = this.events.length;
    while (i > 0 && this.events[i - 1].at > event.at) i--;
    this.events.splice(i, 0, event);
  }

  /** The most recent subject before `at` that the pronoun can refer to. */
  resolvePronoun(pronoun: string, at: number): SubjectEvent | null {
    if (pronoun === 'it') return this.recentOrganisation(at);
    if (pronoun !== 'he' && pronoun !== 'she') return null;
    const want = pronoun === 'he' ? 'male' : 'female';
    for (let i = this.events.length - 1; i >= Math.max(0, this.events.length - MAX_LOOKBACK); i--) {
      const e = this.events[i];
      if (e.at >= at) continue;
      if (e.info?.type === 'org') continue;
      const gender = e.info?.gender ?? null;
      if (gender && gender !== want) continue;
      return e;
    }
    return null;
  }

  /** "The Security Council … pledged sanctions over what it called “…”": an organisation just named. */
  private recentOrganisation(at: number): SubjectEvent | null {
    for (let i = this.events.length - 1; i >= Math.max(0, this.events.length - 5); i--) {
      const e = this.events[i];
      if (e.at >= at) continue;
      return e.info?.type === 'org' && at - e.at < 400 ? e : null;
    }
    return null;
  }

  /** The person a description such as "the Russian president" refers to: the latest one with that title. */
  resolveDescription(words: string[], at: number): SubjectEvent | null {
    const role = words[words.length - 1];
    const qualifiers = words.slice(0, -1).filter((w) => !/^(former|then|current|new|top|late)$/.test(w));
    for (let i = this.events.length - 1; i >= Math.max(0, this.events.length - MAX_LOOKBACK); i--) {
      const e = this.events[i];
      if (e.at >= at || !e.info) continue;
      const titles = e.info.titles;
      const roleFits =
        titles.has(role) || (role === 'leader' && (titles.has('president') || titles.has('prime')));
      if (roleFits && qualifiers.every((q) => titles.has(q))) return e;
    }
    return null;
  }

  /**
   * "The Indiana governor said": when the qualifiers do not match but exactly one recent subject holds
   * the role, that is who is meant (a guess, below the question threshold).
   */
  resolveRole(words: string[], at: number): SubjectEvent | null {
    const role = words[words.length - 1];
    let found: SubjectEvent | null = null;
    for (let i = this.events.length - 1; i >= Math.max(0, this.events.length - MAX_LOOKBACK); i--) {
      const e = this.events[i];
      if (e.at >= at || !e.info?.titles.has(role)) continue;
      if (found && found.name !== e.name) return null;
      found = found ?? e;
    }
    return found;
  }

  /** The subject recorded in a sentence before `at`, for participles ("…, adding: …"). */
  subjectWithin(sentence: Sentence, at: number): SubjectEvent | null {
    for (let i = this.events.length - 1; i >= Math.max(0, this.events.length - MAX_LOOKBACK); i--) {
      const e = this.events[i];
      if (e.at < at && e.at >= sentence.start) return e;
      if (e.at < sentence.start) break;
    }
    return null;
  }
}

/**
 * People (and organisations) named in a news text: every capitalised name run with its title stripped
 * ("DW's Washington Bureau Chief Ines Pohl" -> "Ines Pohl"), resolved to the fullest form the article
 * uses ("Pohl" -> "Ines Pohl"), with a gender guess for pronoun resolution and the title words that
 * definite descriptions ("the Russian president") refer to.
 */
import {
  FEMALE_NAMES,
  FEMALE_TITLES,
  MALE_NAMES,
  MALE_TITLES,
  NATIONALITY_WORDS,
  COMMON_NOUNS,
  NON_NAME_WORDS,
  ORG_WORDS,
  PLACE_WORDS,
  TITLE_WORDS
} from './lexicon';
import { isSpaceAt, letterOrDigitAt, wordRunEnd } from '../text/chars';

export type EntityType = 'person' | 'org' | 'unknown';
export type Gender = 'male' | 'female' | null;

export interface Mention {
  /** Offsets of the name itself (titles left out). */
  start: number;
  end: number;
  surface: string;
  /** Lower-cased title and nationality words before the name ("us", "president"). */
  titles: string[];
  type: EntityType;
  /** The mention is an owner ("Trump's video"), rarely a subject. */
  possessive: boolean;
  /** Lower-cased word just before the mention (title words skipped), '' at a sentence start. */
  before: string;
}

export interface Person {
  name: string;
  mentions: string[];
}

export interface PersonInfo {
  name: string;
  type: EntityType;
  gender: Gender;
  titles: Set<string>;
  count: number;
  mentions: Set<string>;
}

const CONNECTORS = new Set([
  'de',
  'van',
  'von',
  'der',
  'bin',
  'al',
  'la',
  'da',
  'di',
  'du',
  'del',
  'le',
  'ibn'
]);
const ABBREVIATION =
  /^(\p{L}\.)+(\p{L})?$|^(mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|sgt|capt|adm|prof|rev|st|jr|sr|maj|cmdr|del|hon|fr|msgr|sec|supt|atty)\.$/iu;

/** A word of the text. Most are lower-case words nobody asks about, so the string is cut out on first use. */
class Token {
  private word: string | null = null;

  constructor(
    readonly source: string,
    readonly start: number,
    readonly end: number,
    readonly possessive: boolean,
    /** Starts with a capital letter: the name scan and the common-word filter both ask. */
    readonly capital: boolean
  ) {}

  get text(): string {
    return (this.word ??= this.source.slice(this.start, this.end));
  }
}

/** Lower case without one final full stop ("Gen." → "gen"); runs for every capitalised word, hence no regex. */
const lower = (w: string) => {
  const l = w.toLowerCase();
  return l.endsWith('.') ? l.slice(0, -1) : l;
};
/** Whether text[i] is a capital letter. */
const isCapitalisedAt = (text: string, i: number) => {
  // Asked for every token of a text: ASCII letters and digits are answered without building strings.
  const code = text.charCodeAt(i);
  if (code >= 65 && code <= 90) return true;
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return false;
  const c = text[i];
  return c !== c.toLowerCase() && c === c.toUpperCase();
};
/**
 * Word tokens of text[from, to): a letter or digit, then letters, digits and ' ’ . - (a word starting before
 * `to` may run past it). A hand-written scan: this runs over every character of every article, where the
 * equivalent Unicode regex was the single largest cost of finding names.
 */
function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const first = letterOrDigitAt(text, i);
    if (!first) {
      i++;
      continue;
    }
    const start = i;
    i += first;
    i = wordRunEnd(text, i);
    // Trailing marks, trimmed by offset: most words are plain and never need their own string.
    let end = i;
    let possessive = false;
    const last = text.charCodeAt(end - 1);
    if (last === 46 || last === 45 || last === 39 || last === 0x2019 || last === 115 || last === 83) {
      // A full stop belongs to abbreviations and initials only.
      if (last === 46 && !ABBREVIATION.test(text.slice(start, end))) end = trimEnd(text, start, end, 46, 46);
      end = trimEnd(text, start, end, 45, 45);
      const final = text.charCodeAt(end - 1);
      const before = end - 2 >= start ? text.charCodeAt(end - 2) : -1;
      if ((final === 115 || final === 83) && (before === 39 || before === 0x2019)) {
        // "Trump's", "Trump’S": the owner's name without the 's.
        possessive = true;
        end -= 2;
      } else if ((final === 39 || final === 0x2019) && before === 115 && end - start > 2) {
        // "Jones'": the name without the apostrophe.
        possessive = true;
        end -= 1;
      } else end = trimEnd(text, start, end, 39, 0x2019);
    }
    if (end === start) continue;
    tokens.push(new Token(text, start, end, possessive, isCapitalisedAt(text, start)));
  }
  return tokens;
}

/** The end of text[start, end) without any trailing `a` or `b` characters (char codes). */
function trimEnd(text: string, start: number, end: number, a: number, b: number): number {
  while (end > start && (text.charCodeAt(end - 1) === a || text.charCodeAt(end - 1) === b)) end--;
  return end;
}

/** Title words, nationalities and hyphenated modifiers ("Slovenian-born", "then-President"). */
const isTitle = (w: string, lowered = lower(w)) => {
  if (TITLE_WORDS.has(lowered) || NATIONALITY_WORDS.has(lowered)) return true;
  return (
    w.includes('-') &&
    (/^\p{L}+-(born|based|elect|backed|led|era|bred|raised|educated)$/iu.test(w) ||
      /^(then|ex|former)-/i.test(w))
  );
};
/** "Mexicans", "Republicans": plural nationality or party words name groups, not people. */
const isGroupNoun = (w: string) =>
  w.endsWith('s') && (NATIONALITY_WORDS.has(w.slice(0, -1)) || TITLE_WORDS.has(w.slice(0, -1)));
/** Contractions and interjections that start quoted speech ("I'll", "I'm") are not names. */
const isContraction = (w: string) =>
  (w.includes("'") || w.includes('’')) && /['’](ll|m|re|ve|d)$|n['’]t$/i.test(w);

function orgMention(text: string, tokens: Token[], runStart: number, run: Token[]): Mention {
  const first = run[0];
  const last = run[run.length - 1];
  const prev = tokens[runStart - 1];
  return {
    start: first.start,
    end: last.end,
    surface: text.slice(first.start, last.end),
    titles: [],
    type: 'org',
    possessive: last.possessive,
    before: prev && !hasStop(text, prev.end, first.start) ? lower(prev.text) : ''
  };
}

/** Name mentions in text[from, to), in order. */
export function findMentions(text: string, from = 0, to = text.length): Mention[] {
  const tokens = tokenize(text, from, to);
  const mentions: Mention[] = [];
  /** Lower-case words of 4+ characters, for dropCommonWords (the words a run skips are short connectors). */
  const lowerWords: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].capital) {
      if (tokens[i].end - tokens[i].start >= 4) lowerWords.push(tokens[i]);
      i++;
      continue;
    }
    // A run of capitalised words joined by single spaces (connectors allowed inside).
    let j = i;
    while (j + 1 < tokens.length && !tokens[j].possessive) {
      // Joined by exactly one space.
      if (tokens[j + 1].start !== tokens[j].end + 1 || text.charCodeAt(tokens[j].end) !== 32) break;
      const next = tokens[j + 1];
      if (next.capital) j++;
      // Connectors are short: most words after a name are never cut out to be looked up.
      else if (
        j + 2 < tokens.length &&
        tokens[j + 2].capital &&
        next.end - next.start <= 3 &&
        CONNECTORS.has(next.text)
      )
        j++;
      else break;
    }
    const run = tokens.slice(i, j + 1);
    const mention = analyseRun(text, tokens, i, run);
    if (mention) mentions.push(mention);
    i = j + 1;
  }
  return dropCommonWords(mentions, lowerWords);
}

/**
 * A lone capitalised word that the text also uses in lower case ("Reporters" / "reporters'") is a common
 * noun at a sentence start, unless it is part of a full name the text gives ("Price" / "Marcia Price").
 * `lowerWords` are the text's lower-case tokens of four or more characters (shorter ones cannot match).
 */
function dropCommonWords(mentions: Mention[], lowerWords: Token[]): Mention[] {
  // Mentions repeat the same few names: work on distinct surfaces.
  const loneSurfaces = new Set<string>();
  const fullNames = new Set<string>();
  for (const m of mentions) {
    if (m.surface.includes(' ')) fullNames.add(m.surface);
    else if (m.surface.length >= 4) loneSurfaces.add(m.surface);
  }
  // Rather than cut out and hash every lower-case word of the text, compare a token's text only when it is
  // long enough and its shape (first two characters and length) is one of the lone words'.
  const lone = new Set<string>();
  const shapes = new Uint8Array(SHAPES);
  for (const surface of loneSurfaces) {
    const word = surface.toLowerCase();
    lone.add(word);
    shapes[shapeOf(word, 0, word.length)] = 1;
  }
  const usedInLowerCase = new Set<string>();
  if (lone.size)
    for (const t of lowerWords)
      if (shapes[shapeOf(t.source, t.start, t.end)] && lone.has(t.text)) usedInLowerCase.add(t.text);
  if (!usedInLowerCase.size) return mentions;
  const nameParts = new Set<string>();
  for (const name of fullNames) for (const part of name.toLowerCase().split(' ')) nameParts.add(part);
  const dropped = new Set<string>();
  for (const surface of loneSurfaces) {
    const word = surface.toLowerCase();
    if (usedInLowerCase.has(word) && !nameParts.has(word)) dropped.add(surface);
  }
  return dropped.size ? mentions.filter((m) => !dropped.has(m.surface)) : mentions;
}

/** Number of word shapes (a power of two). */
const SHAPES = 4096;

/** A small number from a word's first two characters and its length: equal words have equal shapes. */
function shapeOf(text: string, start: number, end: number): number {
  return (text.charCodeAt(start) * 961 + text.charCodeAt(start + 1) * 31 + (end - start)) & (SHAPES - 1);
}

function analyseRun(text: string, tokens: Token[], runStart: number, run: Token[]): Mention | null {
  // Each word lower-cased once: the tests below ask about the same words several times.
  const lowered = run.map((t) => lower(t.text));
  let k = 0;
  while (k < run.length && NON_NAME_WORDS.has(lowered[k])) k++;
  if (k < run.length && ORG_WORDS.has(lowered[run.length - 1]))
    return orgMention(text, tokens, runStart, run.slice(k));
  let lastTitle = -1;
  let allTitles = true;
  // The last word is never a title ("Charlie King", "Bill Bishop"); a run of titles only names nobody.
  for (let t = k; t < run.length; t++) {
    if (!isTitle(run[t].text, lowered[t])) allTitles = false;
    else if (t < run.length - 1 || ROLE_ONLY.has(lowered[t])) lastTitle = t;
  }
  if (allTitles) return null;
  const titles = lowered.slice(k, lastTitle + 1);
  // Lower-case title words just before the run ("host Sean Hannity", "former President ...").
  let b = runStart - 1;
  while (b >= 0 && runStart - b <= 3 && !tokens[b].capital && isTitle(tokens[b].text)) {
    if (!isBlank(text, tokens[b].end, tokens[b + 1].start)) break;
    titles.unshift(lower(tokens[b].text));
    b--;
  }
  const nameFrom = Math.max(k, lastTitle + 1);
  const name = nameFrom ? run.slice(nameFrom) : run;
  // "Obama Says Museum Will Tell …": a title-case headline, not a name.
  if (!name.length || name.length > 4) return null;
  const words = nameFrom ? lowered.slice(nameFrom) : lowered;
  // "Following a meeting, …", "Reading from his notes, …": participles, not names.
  if (
    words.length === 1 &&
    words[0].endsWith('ing') &&
    !MALE_NAMES.has(words[0]) &&
    !FEMALE_NAMES.has(words[0])
  )
    return null;
  // "Reporters yelled", "Officials said": a capitalised common noun is not a name.
  if (words.length === 1 && (COMMON_NOUNS.has(words[0]) || isGroupNoun(words[0]))) return null;
  if (words.every((w) => NON_NAME_WORDS.has(w)) || name.some((t) => isContraction(t.text))) return null;
  const beforeToken = tokens[b];
  const first = name[0];
  const last = name[name.length - 1];
  return {
    start: first.start,
    end: last.end,
    surface: text.slice(first.start, last.end),
    titles,
    type: entityType(name, words, titles),
    possessive: last.possessive,
    before: beforeToken && !hasStop(text, beforeToken.end, first.start) ? lower(beforeToken.text) : ''
  };
}

/** Whether text[from, to) holds . ! ? : or ; (a word before them is not the one "before" a name). */
function hasStop(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 46 || code === 33 || code === 63 || code === 58 || code === 59) return true;
  }
  return false;
}

/** Whether text[from, to) is whitespace only. */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceAt(text, i)) return false;
  return true;
}

/** `words` are the name's words, lower-cased. */
function entityType(name: Token[], words: string[], titles: string[]): EntityType {
  // A given name first makes a person even when the surname is also a word like "Post" or "Press".
  const givenName = words.length >= 2 && (MALE_NAMES.has(words[0]) || FEMALE_NAMES.has(words[0]));
  if (givenName && words.length <= 3) return 'person';
  if (words.some((w) => ORG_WORDS.has(w))) return 'org';
  if (words.length === 1 && /^\p{Lu}{2,6}$/u.test(name[0].text)) return 'org';
  if (
    words.some((w) => PLACE_WORDS.has(w)) &&
    words.length <= 2 &&
    !MALE_NAMES.has(words[0]) &&
    !FEMALE_NAMES.has(words[0])
  )
    return 'org';
  const personTitle = titles.some((t) => TITLE_WORDS.has(t) && !NATIONALITY_WORDS.has(t));
  if (personTitle || MALE_NAMES.has(words[0]) || FEMALE_NAMES.has(words[0])) return 'person';
  return 'unknown';
}

/** The mentions that start within [from, to), by binary search (mentions are in text order). */
export function mentionsBetween(mentions: Mention[], from: number, to: number): Mention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < mentions.length && mentions[end].start < to) end++;
  return mentions.slice(lo, end);
}

/** Titles that are never surnames, so they are roles even at the end of a run ("Tory MP"). */
const ROLE_ONLY = new Set(
  'mp mep msp ceo cfo spokesman spokeswoman spokesperson president minister secretary senator governor chairman chairwoman director adviser advisor aide official'.split(
    ' '
  )
);
/** Abbreviated titles and the words descriptions use for them ("Gov. Pence" -> "the governor"). */
const TITLE_ABBREVIATIONS = new Map<string, string>([
  ['gov', 'governor'],
  ['sen', 'senator'],
  ['rep', 'representative'],
  ['gen', 'general'],
  ['pres', 'president'],
  ['sec', 'secretary'],
  ['col', 'colonel'],
  ['adm', 'admiral'],
  ['lt', 'lieutenant'],
  ['capt', 'captain'],
  ['prof', 'professor']
]);
const SUFFIX = /^(jr|sr|ii|iii|iv)\.?$/i;
/** Lower case without full stops ("Gen. Smith" and "gen smith" are one key); most names have no full stop. */
const nameKey = (s: string) => (s.includes('.') ? s.replace(/\./g, '') : s).toLowerCase();

/** People and organisations of a text, with coreference from surnames and first names to full names. */
export class PeopleIndex {
  private readonly infos = new Map<string, PersonInfo>();
  private readonly bySurname = new Map<string, PersonInfo[]>();
  private readonly byFirstName = new Map<string, PersonInfo[]>();
  /** Gender by given name, per name form: asked again for every mention of a name whose gender is unknown. */
  private readonly nameGenders = new Map<string, Gender>();
  /** nameKey per name form: the same few names are looked up over and over. */
  private readonly keys = new Map<string, string>();
  /** resolve() per surface once the index is complete (while it is built, answers change as names arrive). */
  private readonly resolutions = new Map<string, string | null>();
  private complete = false;

  constructor(mentions: Mention[]) {
    // Full names first, so that single words can be resolved to them.
    for (const m of mentions) if (m.surface.includes(' ')) this.add(m, m.surface);
    for (const info of this.infos.values()) {
      if (info.type === 'org') continue;
      const parts = info.name.split(' ').filter((p) => !SUFFIX.test(p));
      // A "name" of suffixes only ("Jr. Jr.") has no surname to be found by.
      if (!parts.length) continue;
      push(this.bySurname, this.key(parts[parts.length - 1]), info);
      if (parts.length >= 2 && info.type === 'person') push(this.byFirstName, this.key(parts[0]), info);
    }
    for (const m of mentions) if (!m.surface.includes(' ')) this.add(m, this.resolve(m.surface) ?? m.surface);
    this.complete = true;
  }

  private key(name: string): string {
    let key = this.keys.get(name);
    if (key === undefined) this.keys.set(name, (key = nameKey(name)));
    return key;
  }

  private add(m: Mention, name: string) {
    const key = this.key(name);
    let info = this.infos.get(key);
    if (!info) {
      info = { name, type: m.type, gender: null, titles: new Set(), count: 0, mentions: new Set() };
      this.infos.set(key, info);
    }
    info.count++;
    info.mentions.add(m.surface);
    for (const t of m.titles) {
      info.titles.add(t);
      const full = TITLE_ABBREVIATIONS.get(t);
      if (full) info.titles.add(full);
    }
    if (info.type === 'unknown' && m.type !== 'unknown') info.type = m.type;
    if (info.gender === null) info.gender = titleGender(m.titles) ?? this.nameGender(name);
  }

  private nameGender(name: string): Gender {
    let gender = this.nameGenders.get(name);
    if (gender === undefined) this.nameGenders.set(name, (gender = givenNameGender(name)));
    return gender;
  }

  /** The full name a surface form refers to ("Pohl" -> "Ines Pohl"), or null if none is known. */
  resolve(surface: string): string | null {
    if (!this.complete) return this.resolveNow(surface);
    let name = this.resolutions.get(surface);
    if (name === undefined) this.resolutions.set(surface, (name = this.resolveNow(surface)));
    return name;
  }

  private resolveNow(surface: string): string | null {
    const key = this.key(surface);
    const exact = this.infos.get(key);
    if (exact && exact.name.includes(' ')) return exact.name;
    if (surface.includes(' ')) return exact?.name ?? null;
    const candidates = this.bySurname.get(key) ?? this.byFirstName.get(key);
    if (!candidates?.length) return exact?.name ?? null;
    return candidates.reduce((best, c) => (c.count > best.count ? c : best)).name;
  }

  /** The canonical name of a mention: its full form when the article gives one. */
  canonical(m: Pick<Mention, 'surface'>): string {
    return this.resolve(m.surface) ?? m.surface;
  }

  info(name: string): PersonInfo | undefined {
    return this.infos.get(this.key(name));
  }

  all(): PersonInfo[] {
    return [...this.infos.values()];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function titleGender(titles: string[]): Gender {
  if (titles.some((t) => FEMALE_TITLES.has(t))) return 'female';
  if (titles.some((t) => MALE_TITLES.has(t))) return 'male';
  return null;
}

function givenNameGender(name: string): Gender {
  const first = lower(name.split(' ')[0]);
  if (FEMALE_NAMES.has(first) && !MALE_NAMES.has(first)) return 'female';
  if (MALE_NAMES.has(first) && !FEMALE_NAMES.has(first)) return 'male';
  return null;
}

let cached: { text: string; mentions: Mention[]; index: PeopleIndex } | null = null;

/**
 * Mentions and the people index of a text. The last text's result is kept, because the generator asks
 * for quotes and for people of the same article one after the other (results are never mutated).
 */
export function peopleOf(text: string): { mentions: Mention[]; index: PeopleIndex } {
  if (cached?.text !== text) {
    const mentions = findMentions(text);
    cached = { text, mentions, index: new PeopleIndex(mentions) };
  }
  return cached;
}

/** People named in the text, with every surface form, for distractors ("other speakers of the same story"). */
export function findPeople(text: string): Person[] {
  const { index } = peopleOf(text);
  return index
    .all()
    .filter((p) => p.type === 'person')
    .map((p) => ({ name: p.name, mentions: [...p.mentions] }));
}

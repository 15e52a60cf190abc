/**
 * Name mentions in running text: runs of capitalised words with their titles stripped, organisations told from
 * people, and capitalised common nouns dropped. The people index (people.ts) resolves them to full names.
 */
import { isSpaceAt } from '../text';
import {
  COMMON_NOUNS,
  FEMALE_NAMES,
  MALE_NAMES,
  NATIONALITY_WORDS,
  NON_NAME_WORDS,
  ORG_WORDS,
  PLACE_WORDS,
  TITLE_WORDS
} from './lexicon';
import { lower, Token, tokenize } from './name-tokens';
import type { EntityType, Mention } from './types';

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

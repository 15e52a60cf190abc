/**
 * What the fact/opinion model sees in a sentence: its words, the words it quotes, the share of each part of
 * speech, the hand-written cues (cues.ts) summed by kind, and its shape (quoted share, attribution, final mark).
 * The same function feeds the fitting script and the classifier, so the two can never drift apart.
 * Feature names start with their group (`w:`, `q:`, `pos:`, `cue:`, `x:`), which lets the fitting script
 * try the model with and without each group.
 */
import { findCues } from './cues';
import { analyse } from './nlp';
import { inside, quoteSpans } from './quote-spans';
import type { Cue } from './types';

export type FeatureGroup = 'words' | 'quoted' | 'pos' | 'cues' | 'shape';

export const FEATURE_GROUPS: Readonly<Record<FeatureGroup, string>> = {
  words: 'w:',
  quoted: 'q:',
  pos: 'pos:',
  cues: 'cue:',
  shape: 'x:'
};

export interface SentenceFeatures {
  /** Feature name → value; absent means 0. */
  values: Map<string, number>;
  /** The cues found on the way, for the explanation and the question generator. */
  cues: Cue[];
}

const WORD = /[\p{L}]/u;
const DIGIT = /\p{N}/u;
const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours', 'myself', 'ourselves']);
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);

/** The word a token counts as: lower case, every number the same word. */
function wordOf(text: string): string | undefined {
  if (DIGIT.test(text)) return '<num>';
  if (!WORD.test(text)) return undefined;
  return text.toLowerCase().replace(/’/g, "'");
}

export function sentenceFeatures(sentence: string): SentenceFeatures {
  const analysis = analyse(sentence);
  const quotes = quoteSpans(sentence);
  const cues = findCues(sentence, analysis, quotes);
  const values = new Map<string, number>();
  const set = (name: string, value: number) => {
    if (value !== 0) values.set(name, value);
  };
  const add = (name: string, value: number) => set(name, (values.get(name) ?? 0) + value);

  let outside = 0;
  let quotedChars = 0;
  for (const q of quotes) quotedChars += q.end - q.start;
  for (const token of analysis.tokens) {
    const quoted = inside(quotes, token.start, token.end);
    const word = wordOf(token.text);
    if (quoted) {
      if (word) set(`q:${word}`, 1);
      continue;
    }
    outside++;
    if (word) set(`w:${word}`, 1);
    add(`pos:${token.pos}`, 1);
    if (FIRST_PERSON.has(token.lower)) set('x:first-person', 1);
    if (SECOND_PERSON.has(token.lower)) set('x:second-person', 1);
  }
  // Parts of speech as shares of the words outside quotes, so that long sentences do not weigh more.
  for (const [name, count] of values) if (name.startsWith('pos:')) values.set(name, count / outside);

  for (const cue of cues) add(`cue:${cue.kind}`, cue.leaning === 'opinion' ? cue.weight : -cue.weight);

  const trimmed = sentence.trim();
  set('x:quoted-share', sentence.length ? Math.min(1, quotedChars / sentence.length) : 0);
  set('x:attributed', cues.some((c) => c.kind === 'attribution') ? 1 : 0);
  set('x:opens-with-quote', /^["“‘']/.test(trimmed) ? 1 : 0);
  set('x:question', /\?["'”’)\]]*$/.test(trimmed) ? 1 : 0);
  set('x:exclamation', /!["'”’)\]]*$/.test(trimmed) ? 1 : 0);
  set('x:short', outside < 8 ? 1 : 0);
  return { values, cues };
}

/** Keeps the features of the given groups only. */
export function onlyGroups(
  values: Map<string, number>,
  groups: readonly FeatureGroup[]
): Map<string, number> {
  const prefixes = groups.map((g) => FEATURE_GROUPS[g]);
  const kept = new Map<string, number>();
  for (const [name, value] of values) if (prefixes.some((p) => name.startsWith(p))) kept.set(name, value);
  return kept;
}

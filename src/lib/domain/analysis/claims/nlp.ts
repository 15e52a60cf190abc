/**
 * Tokens with part of speech and character offsets, from wink-nlp's light English model.
 * The model is a plain JS module (no fs), so this runs in Node, in tests and in a Web Worker alike;
 * it is instantiated once, on first use, because that costs ~100 ms. Only the tagger runs: dates and
 * figures are found by patterns (lexicon.ts), which is several times faster than the entity recogniser.
 */
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  /** The token as written. */
  text: string;
  lower: string;
  /** Universal part-of-speech tag (NOUN, VERB, ADJ, PROPN, NUM, AUX, PUNCT…). */
  pos: string;
  start: number;
  end: number;
}

export interface Analysis {
  tokens: Token[];
  /** The dictionary form of token `i` ("launched" → "launch"), worked out only when asked for. */
  lemma(i: number): string;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

function load(): Nlp {
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

export function analyse(text: string): Analysis {
  const engine = load();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const all = doc.tokens();
  // The typings of some `its` helpers (lemma takes model add-ons) do not line up with `out`; the values are strings.
  const values = all.out(its.value);
  const tags = all.out(its.pos);
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    // wink keeps the original characters, but never trust that blindly: fall back to the cursor.
    const found = text.indexOf(value, cursor);
    const start = found >= 0 && found - cursor < 40 ? found : cursor;
    const end = start + value.length;
    cursor = end;
    tokens.push({ text: value, lower: value.toLowerCase(), pos: tags[i], start, end });
  }
  // Only a few tokens ever need a lemma (a sentence's first verb, past-tense verbs), and lemmatising every
  // token took about a sixth of the time spent here.
  const lemma = (i: number) =>
    (all.itemAt(i)?.out(its.lemma as unknown as ItsFunction<string>) as string | undefined) ?? values[i];
  return { tokens, lemma };
}

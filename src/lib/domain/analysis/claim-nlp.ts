/**
 * Tokens with part of speech and character offsets, from wink-nlp's light English model.
 * The model is a plain JS module (no fs), so this runs in Node, in tests and in a Web Worker alike;
 * it is instantiated once, on first use, because that costs ~100 ms. Only the tagger runs: dates and
 * figures are found by patterns (claim-lexicon.ts), which is several times faster than the entity recogniser.
 */
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  /** The token as written. */
  text: string;
  lower: string;
  lemma: string;
  /** Universal part-of-speech tag (NOUN, VERB, ADJ, PROPN, NUM, AUX, PUNCT…). */
  pos: string;
  start: number;
  end: number;
}

export interface Analysis {
  tokens: Token[];
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
  // The typings of some `its` helpers (lemma takes model add-ons) do not line up with `out`; the values are strings.
  const column = (helper: unknown) => doc.tokens().out(helper as ItsFunction<string>) as string[];
  const values = column(its.value);
  const tags = column(its.pos);
  const lemmas = column(its.lemma);
  const tokens: Token[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const found = text.indexOf(value, cursor);
    // wink keeps the original characters, but never trust that blindly: fall back to the cursor.
    const start = found >= 0 && found - cursor < 40 ? found : cursor;
    const end = start + value.length;
    cursor = end;
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      lemma: lemmas[i] ?? value,
      pos: tags[i],
      start,
      end
    });
  });
  return { tokens };
}

/**
 * Tokens with part of speech and character offsets, from wink-nlp's light English model.
 * The model is a plain JS module (no fs), so this runs in Node, in tests and in a Web Worker alike;
 * it is instantiated once, on first use, because that costs ~100 ms.
 */
import winkNLP, { type ItemEntity, type ItsFunction } from 'wink-nlp';
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

/** A span the model's entity recogniser found: DATE, TIME, CARDINAL, MONEY, PERCENT, ORDINAL, DURATION… */
export interface Entity {
  type: string;
  text: string;
  start: number;
  end: number;
  /** Index of the first and last token it covers. */
  first: number;
  last: number;
}

export interface Analysis {
  tokens: Token[];
  entities: Entity[];
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

function load(): Nlp {
  nlp ??= winkNLP(model, ['sbd', 'pos', 'ner']);
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
  const entities: Entity[] = [];
  doc.entities().each((entity: ItemEntity) => {
    const [first, last] = entity.out(its.span) as unknown as [number, number];
    const a = tokens[first];
    const b = tokens[last];
    if (!a || !b) return;
    entities.push({
      type: String(entity.out(its.type)),
      text: text.slice(a.start, b.end),
      start: a.start,
      end: b.end,
      first,
      last
    });
  });
  return { tokens, entities };
}

/**
 * How each question type is answered on screen: which control answers it, its options, which of them are right,
 * and how a pick becomes a gradable `Response`. One entry per type, checked against the type list; plain functions,
 * so every type is unit-tested without a DOM.
 */
import {
  SPOT_ERROR_LABELS,
  SPOT_ERROR_VERDICTS,
  type Question,
  type QuestionOf,
  type QuestionType,
  type Response
} from '$lib/domain/questions';

export type QuestionControl =
  | {
      kind: 'options';
      options: string[];
      right: number[];
      serif: boolean;
      respond: (index: number) => Response;
      picked: (response: Response | undefined) => number[];
    }
  | {
      kind: 'multiple';
      options: string[];
      right: number[];
      respond: (indices: number[]) => Response;
      picked: (response: Response | undefined) => number[];
    }
  | {
      kind: 'match';
      items: { key: string; label: string }[];
      choices: string[];
      right: Record<string, string>;
      choiceLabel: string;
      respond: (matches: Record<string, string>) => Response;
      given: (response: Response | undefined) => Record<string, string>;
    }
  | {
      kind: 'text' | 'number' | 'long';
      respond: (text: string, value: number | null) => Response;
      given: (response: Response | undefined) => string;
    }
  | { kind: 'continue'; respond: () => Response }
  | {
      kind: 'reveal';
      /** What the card says on its back, shown when the learner turns it. */
      back: string;
      respond: (knew: boolean) => Response;
      given: (response: Response | undefined) => boolean | undefined;
    };

/** Answer buttons for the options of an attribution or altered-detail question; the response is the index. */
function pickOne(q: QuestionOf<'attribution' | 'altered-detail'>): QuestionControl {
  return {
    kind: 'options',
    options: q.options,
    right: [q.answer],
    serif: q.type === 'altered-detail',
    respond: (choice) => ({ type: q.type, choice }),
    picked: (r) => (r && 'choice' in r ? [r.choice] : [])
  };
}

/** An answer button per label: `choices` maps each button's words to the value it answers, which the response holds in `field`. */
function labelled<V extends string | boolean>(
  type: 'fact-opinion' | 'spot-error' | 'true-false',
  field: 'label' | 'verdict' | 'value',
  choices: Record<string, V>,
  answer: V
): QuestionControl {
  const values = Object.values(choices);
  return {
    kind: 'options',
    options: Object.keys(choices),
    right: [values.indexOf(answer)],
    serif: false,
    // The response of these types is `{ type, [field]: value }`; the tests of each type hold it to its schema.
    respond: (i) => ({ type, [field]: values[i] }) as unknown as Response,
    picked: (r) => {
      const v = r?.type === type ? (r as unknown as Record<string, V>)[field] : undefined;
      return v === undefined ? [] : [values.indexOf(v)];
    }
  };
}

function bestChoices(q: QuestionOf<'choice'>): number[] {
  if (q.multiple) return q.options.flatMap((o, i) => (o.weight > 0 ? [i] : []));
  const best = Math.max(...q.options.map((o) => o.weight));
  return q.options.flatMap((o, i) => (o.weight === best ? [i] : []));
}

function choice(q: QuestionOf<'choice'>): QuestionControl {
  const options = q.options.map((o) => o.text);
  const picked = (r: Response | undefined) => (r?.type === 'choice' ? r.choices : []);
  if (q.multiple)
    return {
      kind: 'multiple',
      options,
      right: bestChoices(q),
      respond: (choices) => ({ type: 'choice', choices }),
      picked
    };
  return {
    kind: 'options',
    options,
    right: bestChoices(q),
    serif: false,
    respond: (i) => ({ type: 'choice', choices: [i] }),
    picked
  };
}

/** Right-hand choices of a matching question in a stable order that does not give the answer away. */
export function matchingChoices(q: QuestionOf<'matching'>): string[] {
  return [...new Set(q.pairs.map((p) => p.right))].sort((a, b) => a.localeCompare(b));
}

function matching(q: QuestionOf<'matching'>): QuestionControl {
  const items = q.pairs.flatMap((p, i) => (p.left.trim() ? [{ key: String(i), label: p.left }] : []));
  return {
    kind: 'match',
    items,
    choices: matchingChoices(q),
    right: Object.fromEntries(items.map((it) => [it.key, q.pairs[Number(it.key)].right])),
    choiceLabel: 'Choose a match',
    respond: (matches) => ({ type: 'matching', matches }),
    given: (r) => (r?.type === 'matching' ? r.matches : {})
  };
}

function discrepancy(q: QuestionOf<'discrepancy'>): QuestionControl {
  const values = q.values;
  const items = q.outlets.map((o, i) => ({ key: String(i), label: o.outlet }));
  return {
    kind: 'match',
    items,
    choices: [...new Set(values)],
    right: Object.fromEntries(q.answer.map((v, i) => [String(i), values[v]])),
    choiceLabel: 'What did it report',
    respond: (matches) => ({
      type: 'discrepancy',
      values: items.map((it) => {
        const i = values.indexOf(matches[it.key]);
        return i < 0 ? null : i;
      })
    }),
    given: (r) =>
      r?.type === 'discrepancy'
        ? Object.fromEntries(r.values.flatMap((v, i) => (v === null ? [] : [[String(i), values[v]]])))
        : {}
  };
}

/** A typed answer: `kind` picks the box, the response holds the text (or the number read from it). */
const typed = (
  kind: 'text' | 'number' | 'long',
  respond: (text: string, value: number | null) => Response,
  given: (r: Response | undefined) => string
): QuestionControl => ({ kind, respond, given });

export const CONTROLS = {
  attribution: pickOne,
  'fact-opinion': (q) => labelled('fact-opinion', 'label', { Fact: 'fact', Opinion: 'opinion' }, q.answer),
  'spot-error': (q) =>
    labelled(
      'spot-error',
      'verdict',
      Object.fromEntries(SPOT_ERROR_VERDICTS.map((v) => [SPOT_ERROR_LABELS[v], v])),
      q.answer
    ),
  'altered-detail': pickOne,
  discrepancy,
  choice,
  'true-false': (q) => labelled('true-false', 'value', { True: true, False: false }, q.answer),
  'short-answer': () =>
    typed(
      'text',
      (text) => ({ type: 'short-answer', text }),
      (r) => (r?.type === 'short-answer' ? r.text : '')
    ),
  numerical: () =>
    typed(
      'number',
      (_text, value) => ({ type: 'numerical', value: value ?? Number.NaN }),
      (r) => (r?.type === 'numerical' ? String(r.value) : '')
    ),
  matching,
  description: () => ({ kind: 'continue', respond: () => ({ type: 'description' }) }),
  'open-response': () =>
    typed(
      'long',
      (text) => ({ type: 'open-response', text }),
      (r) => (r?.type === 'open-response' ? r.text : '')
    ),
  flashcard: (q) => ({
    kind: 'reveal',
    back: q.back,
    respond: (knew) => ({ type: 'flashcard', knew }),
    given: (r) => (r?.type === 'flashcard' ? r.knew : undefined)
  })
} satisfies { [T in QuestionType]: (question: QuestionOf<T>) => QuestionControl };

export function controlFor(question: Question): QuestionControl {
  // Each entry takes its own type; seen through the question union, that pairing is asserted.
  return (CONTROLS[question.type] as (q: Question) => QuestionControl)(question);
}

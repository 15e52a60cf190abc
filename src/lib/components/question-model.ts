/**
 * How each question type is put on screen: which control answers it, its options, which of them are right,
 * and how a pick becomes a gradable `Response`. Plain functions, so every type is unit-tested without a DOM.
 */
import type { Provenance, Question, QuestionOf } from '$lib/domain/packs/schema';
import type { Response } from '$lib/domain/study/grading';

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
  | { kind: 'continue'; respond: () => Response };

const indexOf = (r: Response | undefined, field: 'choice') =>
  r && field in r ? [(r as { choice: number }).choice] : [];

function twoWay<T extends string | boolean>(
  labels: [string, string],
  values: [T, T],
  answer: T,
  respond: (value: T) => Response,
  read: (r: Response) => T | undefined
): QuestionControl {
  return {
    kind: 'options',
    options: labels,
    right: [values.indexOf(answer)],
    serif: false,
    respond: (i) => respond(values[i]),
    picked: (r) => {
      const v = r ? read(r) : undefined;
      return v === undefined ? [] : [values.indexOf(v)];
    }
  };
}

function bestChoices(q: QuestionOf<'choice'>): number[] {
  if (q.multiple) return q.options.flatMap((o, i) => (o.weight > 0 ? [i] : []));
  const best = Math.max(...q.options.map((o) => o.weight));
  return q.options.flatMap((o, i) => (o.weight === best ? [i] : []));
}

/** Right-hand choices of a matching question in a stable order that does not give the answer away. */
export function matchingChoices(q: QuestionOf<'matching'>): string[] {
  return [...new Set(q.pairs.map((p) => p.right))].sort((a, b) => a.localeCompare(b));
}

export function controlFor(question: Question): QuestionControl {
  switch (question.type) {
    case 'attribution':
    case 'altered-detail':
      return {
        kind: 'options',
        options: question.options,
        right: [question.answer],
        serif: question.type === 'altered-detail',
        respond: (choice) => ({ type: question.type, choice }),
        picked: (r) => indexOf(r, 'choice')
      };
    case 'fact-opinion':
      return twoWay(
        ['Fact', 'Opinion'],
        ['fact', 'opinion'],
        question.answer,
        (label) => ({ type: 'fact-opinion', label }),
        (r) => (r.type === 'fact-opinion' ? r.label : undefined)
      );
    case 'spot-error':
      return twoWay(
        ['It holds up', 'It does not hold up'],
        ['holds-up', 'contradicted'],
        question.answer,
        (verdict) => ({ type: 'spot-error', verdict }),
        (r) => (r.type === 'spot-error' ? r.verdict : undefined)
      );
    case 'true-false':
      return twoWay(
        ['True', 'False'],
        [true, false],
        question.answer,
        (value) => ({ type: 'true-false', value }),
        (r) => (r.type === 'true-false' ? r.value : undefined)
      );
    case 'choice': {
      const options = question.options.map((o) => o.text);
      const picked = (r: Response | undefined) => (r?.type === 'choice' ? r.choices : []);
      if (question.multiple)
        return {
          kind: 'multiple',
          options,
          right: bestChoices(question),
          respond: (choices) => ({ type: 'choice', choices }),
          picked
        };
      return {
        kind: 'options',
        options,
        right: bestChoices(question),
        serif: false,
        respond: (i) => ({ type: 'choice', choices: [i] }),
        picked
      };
    }
    case 'matching': {
      const items = question.pairs.flatMap((p, i) =>
        p.left.trim() ? [{ key: String(i), label: p.left }] : []
      );
      return {
        kind: 'match',
        items,
        choices: matchingChoices(question),
        right: Object.fromEntries(items.map((it) => [it.key, question.pairs[Number(it.key)].right])),
        choiceLabel: 'Choose a match',
        respond: (matches) => ({ type: 'matching', matches }),
        given: (r) => (r?.type === 'matching' ? r.matches : {})
      };
    }
    case 'discrepancy': {
      const values = question.values;
      const items = question.outlets.map((o, i) => ({ key: String(i), label: o.outlet }));
      return {
        kind: 'match',
        items,
        choices: [...new Set(values)],
        right: Object.fromEntries(question.answer.map((v, i) => [String(i), values[v]])),
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
    case 'short-answer':
      return {
        kind: 'text',
        respond: (text) => ({ type: 'short-answer', text }),
        given: (r) => (r?.type === 'short-answer' ? r.text : '')
      };
    case 'numerical':
      return {
        kind: 'number',
        respond: (_text, value) => ({ type: 'numerical', value: value ?? Number.NaN }),
        given: (r) => (r?.type === 'numerical' ? String(r.value) : '')
      };
    case 'open-response':
      return {
        kind: 'long',
        respond: (text) => ({ type: 'open-response', text }),
        given: (r) => (r?.type === 'open-response' ? r.text : '')
      };
    case 'description':
      return { kind: 'continue', respond: () => ({ type: 'description' }) };
  }
}

/** The right answer in words, for the feedback of typed answers. */
export function rightAnswerText(question: Question): string | null {
  if (question.type === 'short-answer') {
    const top = Math.max(...question.answers.map((a) => a.weight));
    return question.answers.find((a) => a.weight === top)?.text.replace(/\\\*/g, '*') ?? null;
  }
  if (question.type === 'numerical') {
    const top = Math.max(...question.answers.map((a) => a.weight));
    const a = question.answers.find((x) => x.weight === top);
    if (!a) return null;
    if ('value' in a) return a.tolerance ? `${a.value} (± ${a.tolerance})` : String(a.value);
    return `anything from ${a.min} to ${a.max}`;
  }
  return null;
}

/** The passage the feedback quotes and "Read it in the article" opens: the evidence where there is one. */
export function passageOf(question: Question): Provenance | undefined {
  if (question.type === 'spot-error') return question.evidence;
  if (question.source) return question.source;
  if (question.type === 'discrepancy') return question.outlets.find((o) => o.evidence)?.evidence;
  return undefined;
}

/** The query of the article view: which pack holds the article, the passage, and the way back to the question. */
export function articleQuery(passage: Provenance, packId: string, back: string): string {
  return new URLSearchParams({
    pack: packId,
    start: String(passage.start),
    end: String(passage.end),
    back
  }).toString();
}

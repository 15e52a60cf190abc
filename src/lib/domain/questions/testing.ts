/**
 * Sample questions of every type for tests: one valid set of fields per type (the schema's own catalogue of
 * shapes) and short builders for the lists tests write most, outlets and pairs. Test code only.
 */
import type { QuestionType } from './registry';
import { questionSchema, type Question } from './registry';

/** A passage of the sample source `dw`. */
export const sampleProvenance = { sourceId: 'dw', start: 0, end: 5, excerpt: 'Hello' };

/** Outlets of a discrepancy, each with a source id made from its name ("DW" → "dw"). */
export const outlets = (...names: string[]) =>
  names.map((outlet) => ({ sourceId: outlet.toLowerCase().replace(/\W+/g, '-'), outlet }));

/** Pairs of a matching question, `[left, right]` each; an empty left is a distractor. */
export const pairs = (...list: [string, string][]) => list.map(([left, right]) => ({ left, right }));

/** One valid question of every type, without the fields all types share. */
export const SAMPLE_FIELDS: Record<QuestionType, Record<string, unknown>> = {
  attribution: {
    quote: 'There is no deal until there is a deal.',
    options: ['Donald Trump', 'Vladimir Putin', 'Ines Pohl'],
    answer: 0
  },
  'fact-opinion': {
    statement: 'Russia launched its full-scale invasion in February 2022.',
    answer: 'fact',
    cues: ['February 2022']
  },
  'spot-error': {
    claim: 'No country uses mail-in voting.',
    answer: 'contradicted',
    evidence: sampleProvenance
  },
  'altered-detail': {
    options: ['They met for 2 1/2 hours.', 'They met for six hours.'],
    answer: 0,
    detailKind: 'duration'
  },
  discrepancy: {
    topic: 'how long the talks lasted',
    outlets: outlets('DW', 'Metro'),
    values: ['2 1/2 hours', 'about 2 hours 45 minutes'],
    answer: [0, 1]
  },
  choice: {
    options: [
      { text: 'Yes', weight: 100 },
      { text: 'No', weight: 0 }
    ]
  },
  'true-false': { answer: true },
  'short-answer': { answers: [{ text: 'lateral reading' }] },
  numerical: {
    answers: [
      { value: 1945, tolerance: 1 },
      { min: 10, max: 12 }
    ]
  },
  matching: { pairs: pairs(['DW', 'Germany'], ['Metro', 'UK']) },
  description: {},
  'open-response': {},
  flashcard: { front: 'lateral reading', back: 'Checking a source by opening new tabs about it.' }
};

/** A sample question of `type` as a pack would hold it (unparsed), with `extra` fields over the sample's. */
export const sampleQuestion = (type: string, extra: Record<string, unknown> = {}) => ({
  id: `q-${type}`,
  type,
  prompt: 'Question?',
  explanation: 'Because.',
  skill: 'general',
  ...SAMPLE_FIELDS[type as QuestionType],
  ...extra
});

/** Parses question fields into a `Question`, filling in a prompt, an explanation and a skill. */
export const makeQuestion = (fields: Record<string, unknown>): Question =>
  questionSchema.parse({ prompt: 'p', explanation: 'e', skill: 'general', ...fields });

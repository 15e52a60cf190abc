/** Turns a stored response into the words a teacher recognises ("Wolfgang Ischinger", "Opinion", "12"). */
import type { Question } from '../packs/schema';
import type { QuizResponse } from './result-code';

export const NO_ANSWER = 'no answer';

const at = (list: readonly string[], value: unknown): string =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < list.length
    ? list[value]
    : String(value);

const LABELS: Record<string, string> = {
  fact: 'Fact',
  opinion: 'Opinion',
  'holds-up': 'Holds up',
  contradicted: 'Contradicted'
};

/** Falls back to the raw value when the response does not fit the question (e.g. an edited pack). */
export function describeResponse(question: Question | undefined, response: QuizResponse): string {
  if (response === null || response === '' || (Array.isArray(response) && response.length === 0))
    return NO_ANSWER;
  if (!question) return typeof response === 'string' ? response : JSON.stringify(response);
  switch (question.type) {
    case 'attribution':
    case 'altered-detail':
      return at(question.options, response);
    case 'choice': {
      const texts = question.options.map((o) => o.text);
      return Array.isArray(response) ? response.map((r) => at(texts, r)).join('; ') : at(texts, response);
    }
    case 'fact-opinion':
    case 'spot-error':
      return LABELS[String(response)] ?? String(response);
    case 'true-false':
      return response === true ? 'True' : response === false ? 'False' : String(response);
    case 'discrepancy':
      if (Array.isArray(response))
        return response
          .map(
            (v, i) => `${question.outlets[i]?.outlet ?? i + 1}: ${v === null ? '–' : at(question.values, v)}`
          )
          .join('; ');
      break;
    case 'matching':
      // study responses map a pair's index (its left side) to the right-hand text chosen for it
      if (typeof response === 'object' && !Array.isArray(response))
        return Object.entries(response)
          .map(([k, right]) => `${question.pairs[Number(k)]?.left ?? k} → ${String(right)}`)
          .join('; ');
      break;
  }
  return typeof response === 'string' ? response : JSON.stringify(response);
}

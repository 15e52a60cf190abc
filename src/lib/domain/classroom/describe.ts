/** Turns a stored response into the words a teacher recognises ("Wolfgang Ischinger", "Opinion", "12"). */
import { describeAnswer } from '../questions';
import type { Question } from '../packs/schema';
import type { QuizResponse } from './result-code';

export const NO_ANSWER = 'no answer';

/** Falls back to the raw value when the response does not fit the question (e.g. an edited pack). */
export function describeResponse(question: Question | undefined, response: QuizResponse): string {
  if (response === null || response === '' || (Array.isArray(response) && response.length === 0))
    return NO_ANSWER;
  if (!question) return typeof response === 'string' ? response : JSON.stringify(response);
  return (
    describeAnswer(question, response) ?? (typeof response === 'string' ? response : JSON.stringify(response))
  );
}

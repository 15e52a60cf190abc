/**
 * Study responses (`{ type: 'attribution', choice: 2 }`) in the compact form a result code carries (`2`), and back.
 * The question's type is known from the quiz, so repeating it in every answer would only make the QR code denser.
 */
import type { Question } from '../packs/schema';
import { responseSchema as studyResponseSchema, type Response } from '../study/grading';
import type { QuizResponse } from './result-code';

export function toWire(response: Response | undefined): QuizResponse {
  if (!response) return null;
  switch (response.type) {
    case 'attribution':
    case 'altered-detail':
      return response.choice;
    case 'fact-opinion':
      return response.label;
    case 'spot-error':
      return response.verdict;
    case 'discrepancy':
      return response.values;
    case 'choice':
      return response.choices;
    case 'true-false':
    case 'numerical':
      return response.value;
    case 'short-answer':
    case 'open-response':
      return response.text;
    case 'matching':
      return response.matches;
    case 'description':
      return null;
    case 'flashcard':
      return response.knew;
  }
}

/** The study response again, for the question it answers; `null` for no answer or a value that does not fit. */
export function fromWire(question: Question, value: QuizResponse): Response | null {
  if (value === null) return null;
  const candidate = (() => {
    switch (question.type) {
      case 'attribution':
      case 'altered-detail':
        return { type: question.type, choice: value };
      case 'fact-opinion':
        return { type: question.type, label: value };
      case 'spot-error':
        return { type: question.type, verdict: value };
      case 'discrepancy':
        return { type: question.type, values: value };
      case 'choice':
        return { type: question.type, choices: value };
      case 'true-false':
      case 'numerical':
        return { type: question.type, value };
      case 'short-answer':
      case 'open-response':
        return { type: question.type, text: value };
      case 'matching':
        return { type: question.type, matches: value };
      case 'description':
        return { type: question.type };
      case 'flashcard':
        return { type: question.type, knew: value };
    }
  })();
  const parsed = studyResponseSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

/** What every answer control takes: its part of the question's control, the response once given, and the answer. */
import type { Response } from '$lib/domain/questions';
import type { QuestionControl } from './controls';

export interface AnswerProps<K extends QuestionControl['kind']> {
  control: QuestionControl & { kind: K };
  /** The learner's answer once given; the control is then locked with the right answer marked. */
  response: Response | undefined;
  locked?: boolean;
  onanswer: (response: Response) => void;
}

/**
 * What the study screen shows around a question: the right answer in words, the passage the feedback quotes, the
 * link to the article. How each type is answered is its entry in `./questions/controls`.
 */
import type { Provenance, Question } from '$lib/domain/packs/schema';

export { controlFor, matchingChoices, type QuestionControl } from './questions/controls';

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

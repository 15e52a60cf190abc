/** The question editor's "Time limit (live quiz)" field: what the number box holds, as the pack stores it. */
import { KAHOOT_TIME_LIMITS, TIME_LIMIT } from '$lib/domain/packs/schema';

/** The values offered in the field's suggestion list: Kahoot's, which are also fine for a classroom quiz. */
export const SUGGESTED_TIME_LIMITS: readonly number[] = KAHOOT_TIME_LIMITS;

export const TIME_LIMIT_HINT =
  `Optional: ${TIME_LIMIT.min}–${TIME_LIMIT.max} seconds. Used when a classroom quiz has its timer on, and in ` +
  `Kahoot files (Kahoot offers ${KAHOOT_TIME_LIMITS.join(', ')}). Empty: the quiz's own time per question.`;

/**
 * The number box's text as a time limit: empty means none (the field is removed); anything the browser could not
 * read as a number becomes NaN, so the pack's validation marks the field instead of the entry silently vanishing.
 */
export function timeLimitFromInput(text: string, badInput = false): number | undefined {
  if (badInput) return NaN;
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : NaN;
}

/** What the number box shows for a stored time limit. */
export function timeLimitText(value: number | undefined): string {
  return value === undefined || Number.isNaN(value) ? '' : String(value);
}

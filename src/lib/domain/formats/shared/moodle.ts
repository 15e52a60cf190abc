/** What Moodle's formats (GIFT, Moodle XML) share: how categories and catch-all numbers are kept in a pack. */

/** A Moodle category becomes a tag `category:<path>` on each of its questions; writers turn it back. */
export const CATEGORY_TAG = 'category:';

/** Infinite bounds do not survive JSON, so a catch-all numerical answer spans all finite numbers. */
export const ANY_NUMBER = { min: -Number.MAX_VALUE, max: Number.MAX_VALUE } as const;

/**
 * The grades (percent) Moodle's question bank accepts for an answer; its importer refuses a file with any other
 * (`question_bank::fraction_options_full`, checked by `match_grade_options`), negatives included.
 */
const POSITIVE_GRADES = [
  100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5,
  11.11111, 10, 5
];
export const MOODLE_GRADES = [...POSITIVE_GRADES, 0, ...POSITIVE_GRADES.map((g) => -g)];

/** True when Moodle accepts this grade (within its own tolerance of 0.001 percent). */
export const isMoodleGrade = (weight: number) => MOODLE_GRADES.some((g) => Math.abs(g - weight) < 0.001);

/** The Moodle grade nearest to a weight. */
export function nearestMoodleGrade(weight: number): number {
  return MOODLE_GRADES.reduce((best, g) => (Math.abs(g - weight) < Math.abs(best - weight) ? g : best));
}

/** A question editor's view of the pack's validation problems: messages by field, and the ARIA that points at them. */
export interface FieldProblems {
  /** The message for a field of the question (`.options[0].text`), if any. */
  err(suffix: string): string | undefined;
  /** The message for a field or anything within it (a numerical answer's value or range). */
  within(suffix: string): string | undefined;
  /** The id of the field's message, for its `FieldError`. */
  errId(suffix: string): string;
  invalid(suffix: string): 'true' | undefined;
  described(suffix: string): string | undefined;
}

/**
 * `path` is the question's JSON path in the pack (`$.questions[2]`); `problem(path, within)` gives the message for a
 * path; `uid` keeps message ids unique on the page.
 */
export function fieldProblems(
  uid: string,
  path: string,
  problem: (path: string, within?: boolean) => string | undefined
): FieldProblems {
  const err = (suffix: string) => problem(`${path}${suffix}`);
  const errId = (suffix: string) => `${uid}${suffix.replace(/[^\w]/g, '_')}`;
  return {
    err,
    within: (suffix) => problem(`${path}${suffix}`, true),
    errId,
    invalid: (suffix) => (err(suffix) ? 'true' : undefined),
    described: (suffix) => (err(suffix) ? errId(suffix) : undefined)
  };
}

/** Helpers for turning a stored response into the words a teacher recognises. */

/** A response as a result code carries it (the classroom's wire form): an index, a label, text, a list or a map. */
type Scalar = string | number | boolean | null;
export type WireResponse = Scalar | Scalar[] | Record<string, Scalar>;

/** The item at `value` when it is an index into `list`, else the raw value. */
export const at = (list: readonly string[], value: unknown): string =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < list.length
    ? list[value]
    : String(value);

const WORDS: Record<string, string> = {
  fact: 'Fact',
  opinion: 'Opinion'
};

/** A label ("fact", "opinion") in the words the learner saw. */
export const labelWord = (response: WireResponse): string => WORDS[String(response)] ?? String(response);

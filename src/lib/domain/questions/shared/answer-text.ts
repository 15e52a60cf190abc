/** How typed answers are read: text folded the same way on both sides, GIFT wildcards, numbers as people type them. */

/**
 * Trims, folds runs of whitespace to one space, folds typographic quotes and apostrophes to plain ones
 * (phone keyboards type “don’t” for "don't") and, unless case matters, lower-cases.
 */
export function normalizeAnswerText(text: string, caseSensitive = false): string {
  const folded = text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .trim()
    .replace(/\s+/g, ' ');
  return caseSensitive ? folded : folded.toLocaleLowerCase();
}

/** A GIFT short answer pattern as a RegExp: `*` matches any run of characters, `\*` a literal asterisk. */
export function answerPattern(answer: string, caseSensitive = false): RegExp {
  const normalized = normalizeAnswerText(answer, caseSensitive);
  const parts = normalized.split(/(\\\*|\*)/);
  const source = parts
    .map((part) =>
      part === '*' ? '.*' : part === '\\*' ? '\\*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    )
    .join('');
  return new RegExp(`^${source}$`, 'su');
}

/**
 * Reads a number as a learner types it: trims, accepts a decimal comma ("2,5") and thousands
 * separators ("1,000" / "1 000"); returns null when it is not a number.
 */
export function parseNumberInput(text: string): number | null {
  let t = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!t) return null;
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  else if (/^[-+]?\d+,\d+$/.test(t)) t = t.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/**
 * limits: how much each door for strangers' input takes, in one place (imports nothing). Every reader checks its
 * channel's limits before it parses, and a refusal names the limit and by how much it was passed (`overLimit`).
 * Compressed input is measured by the bytes it really inflates to, counted while inflating, never by sizes a file
 * declares about itself.
 */

const KB = 1024;
const MB = 1024 * KB;

export const INPUT_LIMITS = {
  /** A quiz file a teacher imports (JSON, GIFT, Kahoot…): read only when its size is under this. */
  fileImport: { bytes: 10 * MB, questions: 5000, xlsxInflatedBytes: 100 * MB },
  /** A classroom quiz link (`/quiz#q1.…`): the fragment, and what it inflates to. */
  quizLink: { chars: 2_000_000, inflatedBytes: 5 * MB },
  /** A share link carrying a pack (`#pack=1.…`). */
  shareLink: { chars: 160_000, inflatedBytes: 5 * MB },
  /** A student's result code, typed, pasted or scanned. */
  resultCode: { chars: 40_000, inflatedBytes: 256 * KB },
  /** A backup file restored on the settings page. */
  backup: { bytes: 50 * MB },
  /** An article pasted or dropped on the generate page. */
  pastedArticle: { chars: 500_000 },
  /** What one QR code may carry and still be read from a projector by a phone. */
  qrPayload: { bytes: 2300 }
} as const;

export type InputChannel = keyof typeof INPUT_LIMITS;

const UNITS = [
  [MB, 'MB'],
  [KB, 'KB']
] as const;

/** "5 MB", "40 KB" or "812 bytes": sizes as a teacher reads them. */
export function formatBytes(bytes: number): string {
  for (const [size, unit] of UNITS)
    if (bytes >= size) return `${(bytes / size).toFixed(bytes % size === 0 ? 0 : 1)} ${unit}`;
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}

/** "it unpacks to more than 5 MB (the limit), at least 12 MB": what a refusal says about the limit it hit. */
export function overLimit(what: string, limit: number, actual: number, unit: 'bytes' | 'chars'): string {
  const show = (n: number) => (unit === 'bytes' ? formatBytes(n) : `${n.toLocaleString('en')} characters`);
  return `${what} is over the limit of ${show(limit)} (${show(actual)})`;
}

/** The last step of the text readers (Aiken, Moodle XML): drafts validated into questions, problems in file order. */
import { buildQuestions, type Draft } from '../../packs/build';
import type { ImportIssue } from '../../packs/errors';
import type { ReadResult } from '../types';

const byLine = (a: ImportIssue, b: ImportIssue) => (a.place.line ?? 0) - (b.place.line ?? 0);

export function questionsFromDrafts(
  parsed: { drafts: Draft[]; skipped: ImportIssue[]; warnings: ImportIssue[] },
  idPrefix: string
): ReadResult {
  const built = buildQuestions(parsed.drafts, idPrefix);
  return {
    ok: true,
    questions: built.questions,
    skipped: [...parsed.skipped, ...built.skipped].sort(byLine),
    warnings: [...parsed.warnings, ...built.warnings].sort(byLine)
  };
}

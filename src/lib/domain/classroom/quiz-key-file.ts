/**
 * The quiz key file: what another device needs to mark a quiz's result codes. The quiz as its link carries it and,
 * for an exam, the key that opens its sealed answers (which no link carries). A small JSON file a teacher keeps or
 * moves to another device; the results page there reads it back.
 */
import { z } from 'zod';
import { encodeQuiz } from './link';
import { EXAM_KEY_PATTERN } from './exam';
import type { ResultCollection } from './results';

export const QUIZ_KEY_FORMAT = 'sourcewise-quiz-key';
const QUIZ_KEY_VERSION = 1;
/** A key file holds a quiz link; far more than this is not one. */
const MAX_FILE_CHARS = 3_000_000;

const fileSchema = z.object({
  format: z.literal(QUIZ_KEY_FORMAT),
  version: z.number().int(),
  title: z.string().max(300).optional(),
  quiz: z.string().min(3).max(MAX_FILE_CHARS),
  examKey: z.string().regex(EXAM_KEY_PATTERN).optional()
});

/** The file's text for one quiz; an exam's key goes in with it, so keep the file as safe as the answers. */
export function writeQuizKeyFile(collection: Pick<ResultCollection, 'quiz' | 'examKey'>): string {
  const file: z.infer<typeof fileSchema> = {
    format: QUIZ_KEY_FORMAT,
    version: QUIZ_KEY_VERSION,
    title: collection.quiz.title,
    quiz: encodeQuiz(collection.quiz),
    ...(collection.examKey ? { examKey: collection.examKey } : {})
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ReadKeyFile = { ok: true; link: string; examKey?: string } | { ok: false; message: string };

/** Reads a key file's text; every refusal says what is wrong in words a teacher understands. */
export function readQuizKeyFile(text: string, fileName = 'This file'): ReadKeyFile {
  const not = { ok: false as const, message: `${fileName} is not a Sourcewise quiz key file.` };
  if (text.length > MAX_FILE_CHARS) return not;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return not;
  }
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    const field = parsed.error.issues[0].path[0];
    if (field === 'format' || field === undefined) return not;
    return {
      ok: false,
      message: `${fileName} is a damaged quiz key file: its "${String(field)}" is not what the app wrote.`
    };
  }
  if (parsed.data.version > QUIZ_KEY_VERSION)
    return {
      ok: false,
      message: `${fileName} was made by a newer version of Sourcewise (key file format ${parsed.data.version}): reload the app to update it.`
    };
  return {
    ok: true,
    link: parsed.data.quiz,
    ...(parsed.data.examKey ? { examKey: parsed.data.examKey } : {})
  };
}

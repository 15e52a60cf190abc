import { describe, expect, it } from 'vitest';
import { packSchema } from '../packs/schema';
import { openExam } from './exam';
import { drawExamKey, sealQuiz } from './exam-seal';
import { decodeQuiz } from './link';
import { createQuiz } from './quiz-create';
import { readQuizKeyFile, writeQuizKeyFile } from './quiz-key-file';
import { counterRandom } from './test-fixtures';

const pack = packSchema.parse({
  format: 'sourcewise-pack',
  version: 2,
  id: 'own',
  title: 'Own',
  questions: [{ id: 'q1', type: 'true-false', prompt: 'Sky is green', skill: 'general', answer: false }]
});

async function exam() {
  const made = createQuiz(
    pack,
    { builtIn: false, selection: 'all', order: 'fixed', secondsPerQuestion: 0, feedback: 'end', exam: true },
    { now: new Date('2026-12-01T09:00:00Z'), random: counterRandom() }
  );
  if (!made.ok) throw new Error(made.message);
  const key = drawExamKey(counterRandom(4));
  return { quiz: await sealQuiz(made.quiz, key, counterRandom(6)), examKey: key };
}

describe('the quiz key file', () => {
  it('carries an exam and its key to another device, which opens the answers with it', async () => {
    const collection = await exam();
    const read = readQuizKeyFile(writeQuizKeyFile(collection));
    if (!read.ok) throw new Error(read.message);
    expect(read.examKey).toBe(collection.examKey);
    const decoded = decodeQuiz(read.link);
    if (!decoded.ok || decoded.kind !== 'quiz') throw new Error('the link in the file does not open');
    const [question] = await openExam(decoded.quiz, read.examKey!);
    expect(question).toMatchObject({ id: 'q1', answer: false });
  });

  it('refuses other files, damaged ones and newer formats, naming the file', async () => {
    expect(readQuizKeyFile('{"format":"sourcewise-pack"}', '"pack.json"')).toEqual({
      ok: false,
      message: '"pack.json" is not a Sourcewise quiz key file.'
    });
    expect(readQuizKeyFile('not json')).toMatchObject({
      ok: false,
      message: /not a Sourcewise quiz key file/
    });
    const file = JSON.parse(writeQuizKeyFile(await exam()));
    expect(readQuizKeyFile(JSON.stringify({ ...file, examKey: 'short' }), '"k.json"')).toEqual({
      ok: false,
      message: '"k.json" is a damaged quiz key file: its "examKey" is not what the app wrote.'
    });
    expect(readQuizKeyFile(JSON.stringify({ ...file, version: 9 }))).toMatchObject({
      ok: false,
      message: /newer version of Sourcewise/
    });
  });
});

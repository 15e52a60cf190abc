import { describe, expect, it } from 'vitest';
import { packSchema, QUESTION_TYPES, type Pack } from '../packs/schema';
import { makeQuestion, sampleQuestion } from '../questions/testing';
import { startAttempt, answerCurrent } from './attempt';
import {
  answersCode,
  ExamError,
  examStudyEntries,
  openExam,
  parseAnswersCode,
  restoreQuestion,
  revealAttempt
} from './exam';
import { drawExamKey, sealQuiz } from './exam-seal';
import { redactQuestion } from './exam-redact';
import { decodeQuiz, encodeQuiz } from './link';
import { type Quiz } from './quiz';
import { createQuiz } from './quiz-create';
import { counterRandom, NONCE } from './test-fixtures';
import { decompressJson, fromBase64Url } from './codec';

const identity = <V>(items: V[]) => items;
const reversed = <V>(items: V[]) => [...items].reverse();

function examPack(): Pack {
  return packSchema.parse({
    format: 'sourcewise-pack',
    version: 2,
    id: 'own-exam',
    title: 'Own exam',
    questions: [
      { ...sampleQuestion('true-false', { answer: false }), id: 'tf', explanation: 'SECRET-WHY-TF' },
      { ...sampleQuestion('choice'), id: 'ch', explanation: 'SECRET-WHY-CH' },
      { ...sampleQuestion('matching'), id: 'ma' },
      { ...sampleQuestion('short-answer'), id: 'sa' }
    ]
  });
}

async function makeExam(seed = 7): Promise<{ quiz: Quiz; key: string; plain: Quiz }> {
  const made = createQuiz(
    examPack(),
    {
      builtIn: false,
      selection: 'all',
      order: 'fixed',
      secondsPerQuestion: 0,
      feedback: 'end',
      exam: true,
      seed
    },
    { now: new Date('2026-12-01T09:00:00Z'), random: counterRandom() }
  );
  if (!made.ok) throw new Error(made.message);
  const key = drawExamKey(counterRandom(3));
  return { quiz: await sealQuiz(made.quiz, key, counterRandom(5)), key, plain: made.quiz };
}

describe('redacting a question for an exam link', () => {
  it.each(QUESTION_TYPES)(
    '%s: the shown form is a valid question and its key restores it exactly',
    (type) => {
      const question = makeQuestion(sampleQuestion(type));
      const { shown, key } = redactQuestion(question, reversed);
      expect(restoreQuestion(shown, key)).toEqual(question);
      expect(shown.explanation).toBe('');
    }
  );

  it('hides what would give each scored answer away', () => {
    const hidden = (fields: Record<string, unknown>) => {
      const q = makeQuestion(fields);
      return redactQuestion(q, reversed).shown as unknown as Record<string, unknown>;
    };
    expect(hidden(sampleQuestion('true-false', { answer: false })).answer).toBe(true);
    expect(hidden(sampleQuestion('attribution', { answer: 2 })).answer).toBe(0);
    expect(hidden(sampleQuestion('spot-error')).evidence).toMatchObject({ excerpt: '' });
    expect(JSON.stringify(hidden(sampleQuestion('short-answer')))).not.toContain(
      JSON.stringify((sampleQuestion('short-answer') as Record<string, unknown>).answers)
    );
    const weights = (hidden(sampleQuestion('choice')).options as { weight: number }[]).map((o) => o.weight);
    expect(new Set(weights).size).toBe(1);
    const pairs = hidden(sampleQuestion('matching')).pairs as { left: string; right: string }[];
    expect(pairs.map((p) => p.right)).toEqual(['UK', 'Germany']);
  });

  it('refuses a key that would change the question id or type, or does not fit the question', () => {
    const question = makeQuestion(sampleQuestion('true-false'));
    const { shown } = redactQuestion(question, identity);
    expect(restoreQuestion(shown, { id: 'other' })).toBeNull();
    expect(restoreQuestion(shown, { answer: 'maybe' })).toBeNull();
  });
});

describe('sealing an exam', () => {
  it('the link carries no answer or explanation in readable form; the key opens them all', async () => {
    const { quiz, key, plain } = await makeExam();
    const link = encodeQuiz(quiz);
    expect(link.startsWith('q3.')).toBe(true);
    const readable = JSON.stringify(decompressJson(fromBase64Url(link.slice(3)), 5_000_000));
    expect(readable).toContain('Question?');
    expect(readable).not.toContain('SECRET-WHY');
    expect(readable).not.toContain('"answer":false');
    const decoded = decodeQuiz(link);
    if (!decoded.ok || decoded.kind !== 'quiz') throw new Error('the exam link does not open');
    expect(decoded.quiz).toEqual(quiz);
    expect(await openExam(decoded.quiz, key)).toEqual(plain.pack?.questions);
  });

  it('the same quiz and key seal the same way (the link can be made again)', async () => {
    expect(encodeQuiz((await makeExam()).quiz)).toBe(encodeQuiz((await makeExam()).quiz));
  });

  it('refuses a wrong key, a key for another quiz and edited sealed answers', async () => {
    const { quiz, key } = await makeExam();
    await expect(openExam(quiz, drawExamKey(counterRandom(99)))).rejects.toThrow(/does not open this quiz/);
    await expect(openExam({ ...quiz, quizId: 'qz-someother' }, key)).rejects.toThrow(ExamError);
    const sealed = quiz.exam!.sealed;
    const at = sealed.length - 10;
    const edited = sealed.slice(0, at) + (sealed[at] === 'A' ? 'B' : 'A') + sealed.slice(at + 1);
    await expect(openExam({ ...quiz, exam: { sealed: edited } }, key)).rejects.toThrow(/does not open/);
  });

  it('a built-in pack has no exam mode, and a format 1 link cannot carry an exam', async () => {
    const made = createQuiz(
      examPack(),
      { builtIn: true, selection: 'all', order: 'fixed', secondsPerQuestion: 0, feedback: 'end', exam: true },
      { now: new Date(), random: counterRandom() }
    );
    expect(made).toMatchObject({ ok: false, message: expect.stringMatching(/needs a pack of your own/) });
    const { quiz } = await makeExam();
    const asQ1 = `q1.${encodeQuiz(quiz).slice(3)}`;
    expect(decodeQuiz(asQ1)).toMatchObject({ ok: false, problem: 'invalid' });
  });
});

describe('the answers code', () => {
  it('reads back from the code and from a link ending in it; a damaged one is refused', () => {
    const code = answersCode('qz-abcdefghij', drawExamKey(counterRandom(3)));
    const parsed = parseAnswersCode(code);
    expect(parsed).toEqual({ quizId: 'qz-abcdefghij', key: code.split('.')[2] });
    expect(parseAnswersCode(`https://x.example/quiz#${code}`)).toEqual(parsed);
    expect(decodeQuiz(`https://x.example/quiz#${code}`)).toMatchObject({ ok: true, kind: 'answers' });
    expect(decodeQuiz(code.slice(0, -2))).toMatchObject({ ok: false, problem: 'damaged' });
    // The last character of 16 bytes in base64 holds 4 unused bits: a changed one is refused, not read as the key.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet[alphabet.indexOf(code.at(-1)!) + 1];
    expect(parseAnswersCode(code.slice(0, -1) + last)).toBeNull();
  });

  it("opens the student's feedback: answers graded against the real keys, then logged to study history", async () => {
    const { quiz, key, plain } = await makeExam();
    const now = new Date('2026-12-01T09:05:00Z');
    let attempt = startAttempt(quiz, 'Anna', now, NONCE);
    const shown = new Map(quiz.pack!.questions.map((q) => [q.id, q]));
    // Answered against the redacted questions: "true" looks right there, and is wrong.
    attempt = answerCurrent(
      attempt,
      quiz,
      shown.get('tf')!,
      { type: 'true-false', value: true },
      now
    ).attempt;
    attempt = answerCurrent(attempt, quiz, shown.get('ch')!, { type: 'choice', choices: [0] }, now).attempt;
    const questions = await openExam(quiz, key);
    const revealed = revealAttempt(attempt, questions, key);
    expect(revealed.answers.map((a) => a.correct)).toEqual([false, true]);
    expect(revealed.answersKey).toBe(key);
    const entries = examStudyEntries(quiz, revealed, questions, now);
    expect(entries.map((e) => [e.question.id, e.entry.attempt.correct])).toEqual([
      ['tf', false],
      ['ch', true]
    ]);
    expect(entries[0].question).toEqual(plain.pack!.questions[0]);
  });
});

describe('exam links already handed out', () => {
  it('a saved q3 link (made 2026-12-07) still opens, and its saved answers code opens its answers', async () => {
    const saved =
      'q3.eNqVkl9v2jAUxb9K5OdkSiiFwMtEGZRQscEKKWWqKie5IS6Ok9jOn6biu88Gpm7aNKnJS3J8fH_3HvsNFSVpvQgNUdFaBQ26mSj4IUEmkkRSUPo9riAyoMGpEnMcHk5uoVXrogYlodJjaBhjKuDsQsM3FGc8xVK7s5KHUBMB1mnNRBVwQTK1pWMi8lfBf7IjECEnuTxtQ0qgmO1LvNdGYOr_TBFo-OPJVHOB0Fb9-3ZGFI6egGdprntaJ2BITA_CoFhIhRGkMRJVQnxSNmhyVR6_w8SBUKo-I5CYUN3ja67JkpdgneZWGmaiBo6GWjyav7Cd37EPCXAwIhIZMoFXIwWQnz_CC5OMhJqVllSSXMd0ST07RXOeV0KjYSOm7FxHZKIayD5RomPbJooBouB0SgjpRi_-GVBB2IH81_6k3vd8vUgTz9mqSVXyAiiEl0GwmkEroIJw3K7b76s-eaQzQjFplKxXw4xFYgl8damJhn8ygWlfyAGrcxrppvqDXs92XVs_Ojx1QdR9E4CpJqHRauzYVSA783btjAO3Hnc3s51YM5v76TR1hUva-Yqu2Mgnc3fnTauBe82K2WQ99TfPyylr6Z3b3HfvyvKm3E4Du2jWVmy1k8kd-eK01y5deJxt7HieTmg5enxs_a9siUdVGN_sn7-vrmIvxoveYhvGed95jXJv6X2rH9vb2xW0MfNJVr34m53oLJt27u97eTSzQt_fBjduzXZXS8fb4nIcDhZ1yZzuy64axA_NHh2PPwGu0DYQ';
    const decoded = decodeQuiz(`https://sourcewise.example/quiz#${saved}`);
    if (!decoded.ok || decoded.kind !== 'quiz') throw new Error('the saved exam link no longer opens');
    expect(decoded.quiz).toMatchObject({ quizId: 'qz-qlb4osqrkh', title: 'Saved exam', feedback: 'end' });
    expect(JSON.stringify(decoded.quiz)).not.toContain('two and a half');
    const answers = decodeQuiz('a1.qz-qlb4osqrkh.AJQRgGSgkCUmN5o7-GqkWw');
    if (!answers.ok || answers.kind !== 'answers') throw new Error('the saved answers code no longer reads');
    const questions = await openExam(decoded.quiz, answers.key);
    expect(questions).toMatchObject([
      { id: 'q1', answer: false, explanation: 'They lasted about two and a half.' },
      {
        id: 'q2',
        options: [
          { text: 'Anchorage', weight: 100 },
          { text: 'Helsinki', weight: 0 }
        ]
      }
    ]);
  });
});

/**
 * Classroom quizzes without a server (framework-free):
 * - quiz.ts: the quiz definition (zod), per-student question order; quiz-create.ts: `createQuiz` (teacher only);
 * - exam.ts, exam-redact.ts, exam-seal.ts: exam mode on an own pack (answer keys sealed with AES-GCM, opened by the answers code);
 * - quiz-key-file.ts: the file that lets another device mark a quiz's codes (with an exam's key);
 * - link.ts: the quiz in a URL fragment (`encodeQuiz`/`decodeQuiz`, every version ever issued) and the QR size check;
 * - link-size.ts, parts.ts: a link too large for one QR code as an animated sequence of small ones, joined in any order;
 * - quiz-ref.ts: a built-in pack's quiz as a reference (pack, selection bitset, seed…), small enough for a phone's QR;
 * - short-code.ts: a quiz of all or a random set of a built-in pack as 8 characters a student can type;
 * - names.ts: student names compared after normalisation, look-alike letters read and flagged;
 * - attempt.ts: one student's run (timer, feedback, resume after reload); responses.ts: answers in compact form;
 * - result-code.ts: a student's answers (not a score) as a short code (`encodeResult`/`decodeResult`);
 * - results.ts, stats.ts, csv.ts: the teacher's collection (marked on the teacher's device; replays, misdated codes
 *   and name conflicts caught), its table and statistics, and the CSV export;
 * - study-log.ts: each answer (or timeout) as an entry in the student's own study history.
 */
// side doors: attempt.ts codec.ts csv.ts exam.ts exam-seal.ts link.ts link-size.ts parts.ts quiz.ts quiz-create.ts quiz-key-file.ts quiz-ref.ts responses.ts result-code.ts results.ts short-code.ts stats.ts study-log.ts
// — the student's quiz page and the teacher's pages each load only what they use (the CSV export on demand); this
// door loads it all.
export * from './attempt';
export * from './codec';
export * from './csv';
export * from './describe';
export * from './exam';
export * from './exam-redact';
export * from './exam-seal';
export * from './link';
export * from './link-size';
export * from './names';
export * from './parts';
export * from './quiz';
export * from './quiz-create';
export * from './quiz-key-file';
export * from './quiz-ref';
export * from './result-code';
export * from './responses';
export * from './results';
export * from './short-code';
export * from './stats';
export * from './study-log';

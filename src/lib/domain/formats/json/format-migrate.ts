/**
 * Older pack versions brought up to the current one, as pure functions on plain JSON: the JSON reader uses them on
 * files and links, storage on packs saved by an older app (the numbered upgrade, and each read of a record), quiz
 * links on the pack they carry. A `format-*.ts` module and a side door of the formats room: every page may load it
 * without the registry, and the build keeps it out of the teacher-only chunks (vite.config.ts).
 *
 * Version 0 is the pre-release shape some early packs were written in. It differs from version 1 in that:
 * - the pack has `name` instead of `title` and may lack `format`;
 * - a question has `kind` instead of `type` and `text` instead of `prompt`, and may lack `skill`;
 * - kinds are `multiple-choice` (with `choices: string[]` and `correct: number | number[]`, zero-based; several
 *   correct answers make a multiple-answer question), `truefalse`, `short`, `essay`, or a version 1 type name
 *   with the version 1 fields.
 *
 * Version 1 differs from version 2 in that a question's `skill` could be any text: version 2 gives each generated
 * question its type's skill and takes an authored question's skill from one list (`SKILLS`). Version 1 spot-the-error
 * keys and every other field are valid version 2 as they are.
 */
import { issue, type ImportIssue } from '../../packs/errors';
import {
  GENERATED_TYPES,
  isSkill,
  PACK_FORMAT,
  PACK_VERSION,
  questionKinds,
  type QuestionType
} from '../../packs/schema';

const V0_KINDS: Record<string, string> = {
  'multiple-choice': 'choice',
  truefalse: 'true-false',
  short: 'short-answer',
  essay: 'open-response'
};

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function migrateQuestionV0(question: unknown): unknown {
  if (!isRecord(question)) return question;
  const { kind, text, choices, correct, ...rest } = question;
  const type = typeof kind === 'string' ? (V0_KINDS[kind] ?? kind) : kind;
  const migrated: Record<string, unknown> = { ...rest, type, prompt: rest.prompt ?? text };
  if (type === 'choice' && Array.isArray(choices)) {
    const right = new Set(Array.isArray(correct) ? correct : [correct]);
    migrated.multiple = right.size > 1;
    migrated.options = choices.map((choice, i) => ({
      text: choice,
      weight: right.has(i) ? (right.size > 1 ? Math.round((100 / right.size) * 1e5) / 1e5 : 100) : 0
    }));
  }
  return migrated;
}

/** Version 0 → version 1 (see the module comment for what changed). */
export function migrateV0(pack: Record<string, unknown>): Record<string, unknown> {
  const { name, questions, ...rest } = pack;
  return {
    ...rest,
    format: PACK_FORMAT,
    version: 1,
    title: rest.title ?? name,
    questions: Array.isArray(questions) ? questions.map(migrateQuestionV0) : questions
  };
}

const isGenerated = (type: unknown): type is QuestionType => GENERATED_TYPES.some((t) => t === type);

/** How a question is named in a note: its id when it has one, else its number. */
export const questionName = (question: Record<string, unknown>, index: number): string =>
  typeof question.id === 'string' && question.id.trim()
    ? `question “${question.id.trim().slice(0, 60)}”`
    : `question ${index + 1}`;

/**
 * A generated question (attribution, spot-the-error …) trains its type's skill whatever a pack says; the question
 * comes back with it, and a note when the pack said something else.
 */
export function withTypeSkill(question: unknown, index: number, notes: ImportIssue[]): unknown {
  if (!isRecord(question) || !isGenerated(question.type)) return question;
  const skill = questionKinds[question.type].skill;
  if (question.skill === skill) return question;
  if (question.skill !== undefined)
    notes.push(
      issue(
        { field: `$.questions[${index}].skill` },
        `${questionName(question, index)}: its skill “${String(question.skill)}” became “${skill}”, the skill of its type`
      )
    );
  return { ...question, skill };
}

/**
 * Version 1 → version 2: every generated question gets its type's skill; an authored question whose skill is not
 * one of the list gets `general`, with a note naming the question (one without a skill gets it silently). Pure: the input is not changed.
 */
export function migratePackV1(pack: Record<string, unknown>): {
  pack: Record<string, unknown>;
  notes: ImportIssue[];
} {
  const notes: ImportIssue[] = [];
  const questions = Array.isArray(pack.questions)
    ? pack.questions.map((raw: unknown, i) => {
        const question = withTypeSkill(raw, i, notes);
        if (!isRecord(question) || isSkill(question.skill)) return question;
        // A question without a skill (version 0 allowed that) trains the general one.
        if (question.skill === undefined) return { ...question, skill: 'general' };
        notes.push(
          issue(
            { field: `$.questions[${i}].skill` },
            `${questionName(question, i)}: the skill “${String(question.skill).slice(0, 60)}” is not one Sourcewise knows, so it became “general”`
          )
        );
        return { ...question, skill: 'general' };
      })
    : pack.questions;
  return { pack: { ...pack, version: 2, questions }, notes };
}

/**
 * A pack of any older version brought up to the current one, for data the app itself wrote earlier (a stored pack,
 * a backup, a quiz link already handed out): the notes are dropped, as there is no one to tell.
 * Anything that is not an older pack (already current, newer, or not a pack at all) comes back as it is.
 */
export function upgradeOlderPack(pack: unknown): unknown {
  if (!isRecord(pack) || typeof pack.version !== 'number' || pack.version >= PACK_VERSION) return pack;
  const v1 = pack.version === 0 ? migrateV0(pack) : pack;
  return v1.version === 1 ? migratePackV1(v1).pack : pack;
}

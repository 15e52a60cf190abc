/**
 * JSON pack import: the schema's own format (version 1), older versions migrated, newer ones refused by name.
 * A bad question is skipped with its JSON path; only a pack that is unusable as a whole is refused.
 *
 * Version 0 is the pre-release shape some early packs were written in. It differs from version 1 in that:
 * - the pack has `name` instead of `title` and may lack `format`;
 * - a question has `kind` instead of `type` and `text` instead of `prompt`, and may lack `skill`;
 * - kinds are `multiple-choice` (with `choices: string[]` and `correct: number | number[]`, zero-based; several
 *   correct answers make a multiple-answer question), `truefalse`, `short`, `essay`, or a version 1 type name
 *   with the version 1 fields.
 */
import { parseJsonInert } from '../../encoding';
import { safeHref } from '../../inert';
import { buildQuestions, type Draft } from '../../packs/build';
import { issue, type ImportIssue } from '../../packs/errors';
import { PACK_FORMAT, PACK_VERSION, type Pack } from '../../packs/schema';
import { validatePack } from '../../packs/validate';

export type JsonRead =
  | { ok: true; pack: Pack; skipped: ImportIssue[]; warnings: ImportIssue[] }
  | { ok: false; problems: ImportIssue[] };

const refuse = (field: string, message: string, line?: number): JsonRead => ({
  ok: false,
  problems: [issue(line === undefined ? { field } : { line, field }, message)]
});

const V0_KINDS: Record<string, string> = {
  'multiple-choice': 'choice',
  truefalse: 'true-false',
  short: 'short-answer',
  essay: 'open-response'
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
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

/** The line of a JSON syntax error, from the position V8 or Firefox put in the message. */
function syntaxErrorLine(text: string, message: string): number | undefined {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  if (!position) return undefined;
  return text.slice(0, Number(position[1])).split('\n').length;
}

/** Reads a JSON pack file's text. */
export function readJsonPack(text: string): JsonRead {
  let data: unknown;
  try {
    // Files and share links come from strangers: a `__proto__` key must not become a prototype later.
    data = parseJsonInert(text.replace(/^\ufeff/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return refuse('$', `not valid JSON: ${message}`, syntaxErrorLine(text, message) ?? 1);
  }
  if (!isRecord(data)) return refuse('$', 'a pack must be a JSON object');
  const warnings: ImportIssue[] = [];
  const version = data.version;
  if (version === undefined) return refuse('$.version', 'the pack has no version number');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return refuse('$.version', `${JSON.stringify(version)} is not a pack version`);
  if (version > PACK_VERSION)
    return refuse(
      '$.version',
      `pack version ${version} is newer than this app understands (up to ${PACK_VERSION}); update Sourcewise`
    );
  if (version === 0) {
    data = migrateV0(data);
    warnings.push(issue({ field: '$.version' }, 'an early (version 0) pack, updated to version 1'));
  }
  return readPackObject(data as Record<string, unknown>, warnings);
}

/**
 * Sources whose address is not an http(s) one (`javascript:`, `data:` …) lose the address, with a warning naming the
 * source. Stored packs keep whatever they hold (the app never links such an address); an import does not bring one in.
 */
function dropNonWebAddresses(sources: unknown, warnings: ImportIssue[]): unknown {
  if (!Array.isArray(sources)) return sources;
  return sources.map((source: unknown, i) => {
    if (!isRecord(source) || typeof source.url !== 'string' || safeHref(source.url)) return source;
    const { url, ...rest } = source;
    const name = typeof source.title === 'string' ? `“${source.title}”` : `number ${i + 1}`;
    const shown = url.length > 40 ? `${url.slice(0, 39)}…` : url;
    warnings.push(
      issue(
        { field: `$.sources[${i}].url` },
        `source ${name}: the address “${shown}” is not a web address (http or https), so it was left out`
      )
    );
    return rest;
  });
}

function readPackObject(record: Record<string, unknown>, warnings: ImportIssue[]): JsonRead {
  const { questions, ...fields } = record;
  const rest = { ...fields, sources: dropNonWebAddresses(fields.sources, warnings) };
  const shell = validatePack({ ...rest, questions: [] });
  if (!shell.ok)
    return { ok: false, problems: shell.problems.map((p) => issue({ field: p.path }, p.message)) };
  if (!Array.isArray(questions)) return refuse('$.questions', 'the pack needs a list of questions');
  const drafts: Draft[] = questions.map((question, i) => {
    const { id, ...fields } = isRecord(question) ? question : { id: undefined };
    return { fields, id: typeof id === 'string' ? id : undefined, place: { field: `$.questions[${i}]` } };
  });
  const built = buildQuestions(drafts, 'q');
  const sourceIds = new Set(shell.pack.sources.map((s) => s.id));
  const skipped = [...built.skipped];
  const kept = built.questions.filter((question, i) => {
    if (!question.source || sourceIds.has(question.source.sourceId)) return true;
    const place = built.places[i];
    skipped.push(
      issue(
        { field: `${place.field}.source.sourceId` },
        `source "${question.source.sourceId}" is not in the pack's sources`
      )
    );
    return false;
  });
  // A pack whose every question is bad is no pack to import; an empty question list is (a pack of sources).
  if (questions.length && !kept.length) return { ok: false, problems: skipped };
  const result = validatePack({ ...shell.pack, questions: kept });
  if (!result.ok)
    return { ok: false, problems: result.problems.map((p) => issue({ field: p.path }, p.message)) };
  return { ok: true, pack: result.pack, skipped, warnings: [...warnings, ...built.warnings] };
}

/** The registry's reader (json/format.ts). */
export const read = readJsonPack;

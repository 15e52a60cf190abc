/**
 * JSON pack import: the schema's own format (version 2), older versions migrated (format-migrate.ts says what changed),
 * newer ones refused by name. A bad question is skipped with its JSON path; only a pack that is unusable as a whole
 * is refused, and so is a version 2 pack naming a skill that is not on the list (a teacher's typo would otherwise
 * file every answer under a skill no page shows).
 */
import { parseJsonInert } from '../../encoding';
import { safeHref } from '../../inert';
import { buildQuestions, type Draft } from '../../packs/build';
import { issue, type ImportIssue } from '../../packs/errors';
import { isSkill, PACK_VERSION, SKILLS, type Pack } from '../../packs/schema';
import { validatePack } from '../../packs/validate';
import { isRecord, migratePackV1, migrateV0, questionName, withTypeSkill } from './format-migrate';

export { migrateV0 } from './format-migrate';

export type JsonRead =
  | { ok: true; pack: Pack; skipped: ImportIssue[]; warnings: ImportIssue[] }
  | { ok: false; problems: ImportIssue[] };

const refuse = (field: string, message: string, line?: number): JsonRead => ({
  ok: false,
  problems: [issue(line === undefined ? { field } : { line, field }, message)]
});

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
  let pack: Record<string, unknown> = data;
  if (version === 0) {
    pack = migrateV0(pack);
    warnings.push(issue({ field: '$.version' }, 'an early (version 0) pack, updated to the current version'));
  }
  if (pack.version === 1) {
    const migrated = migratePackV1(pack);
    pack = migrated.pack;
    warnings.push(...migrated.notes);
  } else {
    const unknown = unknownSkills(pack.questions);
    if (unknown.length) return { ok: false, problems: unknown };
    if (Array.isArray(pack.questions))
      pack = { ...pack, questions: pack.questions.map((q: unknown, i) => withTypeSkill(q, i, warnings)) };
  }
  return readPackObject(pack, warnings);
}

/** Each question of a version 2 pack whose skill is not on the list, named with the skills there are. */
function unknownSkills(questions: unknown): ImportIssue[] {
  if (!Array.isArray(questions)) return [];
  return questions.flatMap((question: unknown, i) =>
    isRecord(question) && question.skill !== undefined && !isSkill(question.skill)
      ? [
          issue(
            { field: `$.questions[${i}].skill` },
            `${questionName(question, i)}: “${String(question.skill).slice(0, 60)}” is not a skill; the skills are ${SKILLS.join(', ')}`
          )
        ]
      : []
  );
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

/**
 * The last step of every importer: question drafts (plain objects with the place they came from) are checked one by
 * one against the pack schema, so one bad question is skipped with its reason instead of sinking the whole file.
 */
import { stableId } from '../hash';
import { issue, withField, type ImportIssue, type Place } from './errors';
import { LIMITS, PACK_FORMAT, PACK_VERSION, questionSchema, type Pack, type Question } from './schema';
import { jsonPath, plainWords, validatePack } from './validate';

export interface Draft {
  /** Question fields without `id`; `skill` defaults to `general`. */
  fields: Record<string, unknown>;
  place: Place;
  /** An id the source gave the question (GIFT `[id:…]`, a JSON pack's own id); kept when valid and unique. */
  id?: string;
}

export interface BuiltQuestions {
  questions: Question[];
  /** Where each question came from (parallel to `questions`). */
  places: Place[];
  skipped: ImportIssue[];
  warnings: ImportIssue[];
}

/** Validates drafts into questions with stable, content-derived, unique ids. */
export function buildQuestions(drafts: readonly Draft[], idPrefix: string): BuiltQuestions {
  const questions: Question[] = [];
  const places: Place[] = [];
  const skipped: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const used = new Set<string>();
  for (const [index, draft] of drafts.entries()) {
    if (questions.length >= LIMITS.questions) {
      skipped.push(
        issue(
          draft.place,
          `a pack holds at most ${LIMITS.questions.toLocaleString('en')} questions; ${drafts.length - index} more were not imported`
        )
      );
      break;
    }
    const fields = { skill: 'general', ...draft.fields };
    const parsed = questionSchema.safeParse({ ...fields, id: 'x' }, { error: plainWords });
    if (!parsed.success) {
      const [first, ...more] = parsed.error.issues;
      const extra = more.length ? ` (and ${more.length} more problem${more.length === 1 ? '' : 's'})` : '';
      skipped.push(issue(withField(draft.place, jsonPath(first.path)), `${first.message}${extra}`));
      continue;
    }
    const id = chooseId(draft, parsed.data, idPrefix, used, warnings);
    used.add(id);
    questions.push(withoutUndefined({ ...parsed.data, id }));
    places.push(draft.place);
  }
  return { questions, places, skipped, warnings };
}

/** Optional fields an importer left `undefined` are dropped, so stored and compared questions look the same. */
function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefined) as T;
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return Object.fromEntries(entries.map(([k, v]) => [k, withoutUndefined(v)])) as T;
}

function chooseId(
  draft: Draft,
  question: Question,
  prefix: string,
  used: Set<string>,
  warnings: ImportIssue[]
): string {
  const wanted = draft.id?.trim();
  if (wanted && wanted.length <= LIMITS.id && !used.has(wanted)) return wanted;
  if (wanted)
    warnings.push(
      issue(
        draft.place,
        `the id "${wanted.slice(0, 40)}" is ${used.has(wanted) ? 'used twice' : 'too long'}; a new id was given`
      )
    );
  const { id: _ignored, ...content } = question;
  const base = stableId(prefix, JSON.stringify(content));
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

export interface PackMeta {
  id: string;
  title: string;
  description?: string;
  tags?: string[];
}

/** Wraps validated questions into a pack; the title is cut to the schema's length so a long file name never fails. */
export function assemblePack(meta: PackMeta, questions: Question[]): Pack {
  const title = meta.title.trim().slice(0, LIMITS.title) || 'Imported pack';
  const result = validatePack({
    format: PACK_FORMAT,
    version: PACK_VERSION,
    id: meta.id,
    title,
    description: meta.description ?? '',
    tags: meta.tags,
    sources: [],
    questions
  });
  // Every question was validated on its own and the ids are unique, so this can only fail on a programming error.
  if (!result.ok)
    throw new Error(`assemblePack: ${result.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
  return result.pack;
}

/** `Kahoot quiz.xlsx` → `Kahoot quiz`. */
export function titleFromFileName(name: string): string {
  return (
    name
      .replace(/^.*[\\/]/, '')
      .replace(/\.[^.]+$/, '')
      .replace(/[_]+/g, ' ')
      .trim() || 'Imported pack'
  );
}

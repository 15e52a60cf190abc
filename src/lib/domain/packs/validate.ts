/** Pack validation that reports every problem with its JSON path, for the CLI, importers and the editor. */
import type { z } from 'zod';
import { PACK_FORMAT, PACK_VERSION, packSchema, type Pack } from './schema';

export interface PackProblem {
  /** JSON path in the form `$.questions[3].options[0].text`. */
  path: string;
  message: string;
}

export type PackResult = { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] };

export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    '$'
  );
}

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a group of fields',
  array: 'a list',
  null: 'empty (null)',
  bigint: 'a number',
  date: 'a date'
};

function kindOf(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  return KINDS[typeof value] ?? typeof value;
}

const plural = (n: number | bigint, one: string) => `${n} ${one}${n === 1 || n === 1n ? '' : 's'}`;

function sizeOf(origin: string, n: number | bigint): string {
  if (origin === 'string') return plural(n, 'character');
  if (origin === 'array' || origin === 'set') return plural(n, 'item');
  return String(n);
}

/**
 * Zod's own messages in plain words ("it is missing", "it should be text, not a number"), for stored data, links and
 * files a teacher reads about. Passed as the `error` of a parse, so messages a schema writes itself take precedence.
 */
export const plainWords: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'it is missing'
        : `it should be ${KINDS[issue.expected] ?? issue.expected}, not ${kindOf(issue.input)}`;
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array' || issue.origin === 'set'
        ? `it is too short (at least ${sizeOf(issue.origin, issue.minimum)})`
        : `it is too small (at least ${issue.minimum})`;
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array' || issue.origin === 'set'
        ? `it is too long (at most ${sizeOf(issue.origin, issue.maximum)})`
        : `it is too large (at most ${issue.maximum})`;
    case 'invalid_value':
      return `it should be one of ${issue.values
        .slice(0, 8)
        .map((v) => JSON.stringify(v))
        .join(', ')}`;
    case 'invalid_format':
      return 'it is not in the form this field needs';
    case 'not_multiple_of':
      return `it should be a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      return `it has fields this app does not know: ${issue.keys.slice(0, 5).join(', ')}`;
    case 'invalid_union':
      return 'it is none of the forms allowed here';
    case 'invalid_key':
      return 'it has a key that is not allowed';
    case 'invalid_element':
      return 'it has an entry that is not allowed';
    case 'custom':
      return issue.message ?? 'it is not allowed here';
  }
};

export function problemsFromZod(error: z.ZodError): PackProblem[] {
  return error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
}

/** Why a file is not a pack, in words a teacher reads: a missing field is said as missing, a long value cut short. */
function notAPack(format: unknown): string {
  if (format === undefined) return `this is not a Sourcewise pack: it has no "format" field`;
  const shown = JSON.stringify(format) ?? String(format);
  const cut = shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
  return `this is not a Sourcewise pack: its "format" is ${cut}, not "${PACK_FORMAT}"`;
}

/** Validates unknown data as a pack; refuses unknown future versions with a message naming the version. */
export function validatePack(data: unknown): PackResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, problems: [{ path: '$', message: 'a pack must be a JSON object' }] };
  const record = data as Record<string, unknown>;
  if (record.format !== PACK_FORMAT)
    return { ok: false, problems: [{ path: '$.format', message: notAPack(record.format) }] };
  if (typeof record.version === 'number' && record.version > PACK_VERSION)
    return {
      ok: false,
      problems: [
        {
          path: '$.version',
          message: `pack version ${record.version} is newer than this app understands (up to ${PACK_VERSION}); update Sourcewise`
        }
      ]
    };
  const parsed = packSchema.safeParse(data, { error: plainWords });
  return parsed.success
    ? { ok: true, pack: parsed.data }
    : { ok: false, problems: problemsFromZod(parsed.error) };
}

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

export function problemsFromZod(error: z.ZodError): PackProblem[] {
  return error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
}

/** Validates unknown data as a pack; refuses unknown future versions with a message naming the version. */
export function validatePack(data: unknown): PackResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, problems: [{ path: '$', message: 'a pack must be a JSON object' }] };
  const record = data as Record<string, unknown>;
  if (record.format !== PACK_FORMAT)
    return {
      ok: false,
      problems: [
        { path: '$.format', message: `expected "${PACK_FORMAT}", found ${JSON.stringify(record.format)}` }
      ]
    };
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
  const parsed = packSchema.safeParse(data);
  return parsed.success
    ? { ok: true, pack: parsed.data }
    : { ok: false, problems: problemsFromZod(parsed.error) };
}

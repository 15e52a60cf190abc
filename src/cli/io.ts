/** File input for the CLI: one clear line and exit code 2 for anything that is not a readable UTF-8 text. */
import { readFileSync, statSync } from 'node:fs';

export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** A problem the user can fix; printed as one line, exit code 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

/** The bytes of a file, refused with one clear line when it is missing, a folder or over `maxBytes`. */
export function readFileBytes(path: string, maxBytes = MAX_INPUT_BYTES): Buffer {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new UsageError(`${path}: is a directory, not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${path}: no such file`);
  }
  if (size > maxBytes)
    throw new UsageError(
      `${path}: the file is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${maxBytes / 1024 / 1024} MB`
    );
  return readFileSync(path);
}

export function readTextFile(path: string, maxBytes = MAX_INPUT_BYTES): string {
  const bytes = readFileBytes(path, maxBytes);
  if (bytes.length === 0) throw new UsageError(`${path}: the file is empty`);
  if (bytes.includes(0)) throw new UsageError(`${path}: the file is binary, not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${path}: the file is not valid UTF-8 text`);
  }
  if (!text.trim()) throw new UsageError(`${path}: the file is empty`);
  return text.replace(/^\uFEFF/, '');
}

/** Splits argv into positional arguments and `--flag [value]` options. */
export function parseArgs(
  argv: string[],
  valued: string[] = []
): { positional: string[]; flags: Map<string, string | true> } {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2);
      if (inline !== undefined) flags.set(name, inline);
      else if (valued.includes(name)) {
        const value = argv[++i];
        if (value === undefined) throw new UsageError(`--${name} needs a value`);
        flags.set(name, value);
      } else flags.set(name, true);
    } else positional.push(arg);
  }
  return { positional, flags };
}

/**
 * Storage failures the app can explain to a learner. Every repository function rejects only with a
 * `StorageError`, so the UI needs one `catch` and one message per kind.
 */

export type StorageErrorKind = 'quota' | 'blocked' | 'unavailable' | 'version' | 'invalid';

/** Plain-English messages the UI can show as they are. */
export const STORAGE_MESSAGES: Record<StorageErrorKind, string> = {
  quota:
    'Your device is out of storage space for Sourcewise, so the last change was not saved. Free some space (or export a backup and delete old packs) and try again.',
  blocked:
    'Sourcewise is open in another tab with an older version. Close the other tabs (or reload them) to finish updating; your progress is safe.',
  unavailable:
    'This browser is not letting Sourcewise save anything (a private window or blocked site data). You can still study, but progress will not be kept.',
  version:
    'Your saved progress was written by a newer version of Sourcewise. Reload the page to get the latest version.',
  invalid: 'Some data could not be read or saved because it is not in the expected shape.'
};

export class StorageError extends Error {
  readonly kind: StorageErrorKind;
  /** Where the problem is, for `invalid` data: a store, key or JSON path. */
  readonly path?: string;

  constructor(
    kind: StorageErrorKind,
    message = STORAGE_MESSAGES[kind],
    options?: { cause?: unknown; path?: string }
  ) {
    super(message, { cause: options?.cause });
    this.name = 'StorageError';
    this.kind = kind;
    this.path = options?.path;
  }
}

export function isStorageError(error: unknown): error is StorageError {
  return error instanceof StorageError;
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string')
    return error.name;
  return '';
}

/** Maps whatever IndexedDB threw (DOMException names differ by browser) to a `StorageError`. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = errorName(error);
  const message = error instanceof Error ? error.message : String(error);
  // Old Firefox and some Chromium builds report a full disk with a legacy code (22) or only in the message.
  const code =
    error && typeof error === 'object' && 'code' in error ? (error as { code: unknown }).code : undefined;
  if (name === 'QuotaExceededError' || code === 22 || /quota/i.test(message))
    return new StorageError('quota', undefined, { cause: error });
  if (name === 'VersionError') return new StorageError('version', undefined, { cause: error });
  // Firefox private windows: InvalidStateError on open; Safari: UnknownError; blocked cookies: SecurityError.
  if (
    name === 'InvalidStateError' ||
    name === 'SecurityError' ||
    name === 'UnknownError' ||
    name === 'NotFoundError'
  )
    return new StorageError('unavailable', undefined, { cause: error });
  if (name === 'DataError' || name === 'DataCloneError' || name === 'ConstraintError')
    return new StorageError('invalid', `${STORAGE_MESSAGES.invalid} (${message})`, { cause: error });
  // Anything else (an aborted transaction, a bug) is not the browser refusing storage: say so plainly.
  return new StorageError(
    'unavailable',
    `Sourcewise could not read or save your data (${name || 'Error'}: ${message}).`,
    {
      cause: error
    }
  );
}

/** Runs a storage operation and rejects only with a `StorageError`. */
export async function guard<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}

/** A stored record that failed validation and was skipped. */
export interface StorageProblem {
  store: string;
  key: string;
  /** What is wrong, with the field path: `attempts 12: score: Too big: expected number to be <=1`. */
  message: string;
}

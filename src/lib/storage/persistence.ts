/**
 * Persistent storage: whether the browser may evict Sourcewise's data under pressure, and how much is used.
 * Everything degrades to "unknown" (null) where the Storage API is missing.
 */

export interface StorageStatus {
  /** The Storage API exists in this browser. */
  supported: boolean;
  /** True when the browser promised not to evict the data; null when unknown. */
  persisted: boolean | null;
  /** Bytes used and available to this site, when the browser tells. */
  usage: number | null;
  quota: number | null;
}

type StorageManagerLike = Pick<StorageManager, 'persisted' | 'persist' | 'estimate'>;

function storageManager(nav?: {
  storage?: Partial<StorageManagerLike>;
}): Partial<StorageManagerLike> | undefined {
  const n = nav ?? (globalThis as { navigator?: { storage?: Partial<StorageManagerLike> } }).navigator;
  return n?.storage;
}

/** Current persistence and usage. `nav` is injectable for tests. */
export async function storageStatus(nav?: { storage?: Partial<StorageManagerLike> }): Promise<StorageStatus> {
  const storage = storageManager(nav);
  if (!storage) return { supported: false, persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([
    storage.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    storage.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null)
  ]);
  return {
    supported: true,
    persisted,
    usage: estimate?.usage ?? null,
    quota: estimate?.quota ?? null
  };
}

/**
 * Asks the browser to keep the data. Returns true when granted, false when refused and null when the
 * browser cannot be asked. Chromium may grant silently; Firefox shows a prompt, so call it from a click.
 */
export async function requestPersistence(nav?: {
  storage?: Partial<StorageManagerLike>;
}): Promise<boolean | null> {
  const storage = storageManager(nav);
  if (!storage?.persist) return null;
  try {
    return await storage.persist();
  } catch {
    return false;
  }
}

/** "12.3 MB of 2 GB" style text for the settings page. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${units[unit]}`;
}

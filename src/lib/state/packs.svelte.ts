/**
 * The pack library: the built-in index (fetched from /packs/index.json, precached by the service worker) and
 * each pack loaded on demand, validated with the pack schema. Packs the learner imported or wrote come from
 * storage through `storedPacks`, so study and article pages find them too.
 */
import type { Pack } from '$lib/domain/packs/schema';
import type { PackResult } from '$lib/domain/packs/validate';
import { parsePackIndex, type PackIndexEntry } from '$lib/domain/packs/pack-index';
import { cache, setOf } from './plain';

/** A loaded pack; `builtIn` when it was read from the app's own packs (its progress is in the shared scope). */
export type PackLoad =
  { ok: true; pack: Pack; builtIn: boolean } | { ok: false; message: string; details: string[] };

type Fetch = typeof fetch;
type Validate = (data: unknown) => PackResult;

/** A summary of a stored (imported or authored) pack for the home screen. */
export interface StoredPackSummary extends PackIndexEntry {
  origin: string;
}

export class PackLibrary {
  builtIn = $state.raw<PackIndexEntry[]>([]);
  stored = $state.raw<StoredPackSummary[]>([]);
  status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  error = $state<string | null>(null);

  #indexLoad: Promise<void> | null = null;
  #packs = cache<string, Promise<PackLoad>>();
  #validate: Validate | null = null;

  constructor(private readonly storedPack: (id: string) => Promise<Pack | null> = async () => null) {}

  /** Every pack on the home screen: built-in first, then the learner's own. */
  get all(): PackIndexEntry[] {
    const ids = this.builtIn.map((p) => p.id);
    return [...this.builtIn, ...this.stored.filter((p) => !ids.includes(p.id))];
  }

  /** The built-in pack ids, or null when the index cannot be read (offline on a first visit). */
  async builtInIds(): Promise<ReadonlySet<string> | null> {
    await this.loadIndex();
    return this.status === 'ready' ? setOf(this.builtIn.map((p) => p.id)) : null;
  }

  entry(id: string): PackIndexEntry | undefined {
    return this.all.find((p) => p.id === id);
  }

  loadIndex(fetcher: Fetch = fetch): Promise<void> {
    this.#indexLoad ??= this.#fetchIndex(fetcher);
    return this.#indexLoad;
  }

  async #fetchIndex(fetcher: Fetch): Promise<void> {
    this.status = 'loading';
    try {
      const response = await fetcher('/packs/index.json');
      if (!response.ok) throw new Error(`the pack list could not be loaded (HTTP ${response.status})`);
      const parsed = parsePackIndex(await response.json());
      if (!parsed.ok) throw new Error(`the pack list is broken: ${parsed.problem}`);
      this.builtIn = parsed.packs;
      this.status = 'ready';
    } catch (error) {
      this.#indexLoad = null; // let a later visit try again (e.g. once back online)
      this.error = error instanceof Error ? error.message : String(error);
      this.status = 'error';
    }
  }

  /** Uses an index already read (the root layout's load), so no second request is made. */
  useIndex(entries: PackIndexEntry[], problem: string | null) {
    if (problem) {
      this.error = `the pack list is broken: ${problem}`;
      this.status = 'error';
      return;
    }
    this.builtIn = entries;
    this.status = 'ready';
    this.#indexLoad = Promise.resolve();
  }

  /**
   * A page that imports the pack check statically (the study pages, so that Kit preloads zod with the page) hands
   * it over; elsewhere it is imported when the first pack is opened.
   */
  useValidator(validate: Validate) {
    this.#validate = validate;
  }

  setStored(packs: StoredPackSummary[]) {
    this.stored = packs;
  }

  /** Loads and validates one pack; the result (good or bad) is kept for the session. */
  loadPack(id: string, fetcher: Fetch = fetch): Promise<PackLoad> {
    let load = this.#packs.get(id);
    if (!load) {
      load = this.#fetchPack(id, fetcher);
      this.#packs.set(id, load);
      // A network failure may pass; do not remember it.
      void load.then((r) => {
        if (!r.ok && r.details.length === 0) this.#packs.delete(id);
      });
    }
    return load;
  }

  async #fetchPack(id: string, fetcher: Fetch): Promise<PackLoad> {
    // zod is only needed once a pack is opened, so it stays out of the home screen's bundle; its download starts
    // now, alongside the pack's.
    const validator: Promise<Validate> = this.#validate
      ? Promise.resolve(this.#validate)
      : import('$lib/domain/packs/validate').then((m) => m.validatePack);
    validator.catch(() => undefined);
    // Until the index is read, the id may name a pack of the learner's own: its read (and the storage code and
    // database it needs, which the session needs next anyway) starts now, alongside the index's.
    const known = this.status === 'ready';
    const storedRead = known ? null : this.storedPack(id).catch(() => null);
    await this.loadIndex(fetcher);
    const entry = this.builtIn.find((p) => p.id === id);
    if (!entry) {
      const stored = await (storedRead ?? this.storedPack(id).catch(() => null));
      if (stored) return { ok: true, pack: stored, builtIn: false };
      return { ok: false, message: `There is no pack called "${id}".`, details: [] };
    }
    let data: unknown;
    try {
      const response = await fetcher(`/packs/${entry.file}`);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      data = await response.json();
    } catch (error) {
      const why = error instanceof SyntaxError ? 'it is not valid JSON' : (error as Error).message;
      return { ok: false, message: `The pack "${entry.title}" could not be loaded: ${why}.`, details: [] };
    }
    performance.mark('sourcewise:pack-fetched');
    let result: PackResult;
    try {
      result = (await validator)(data);
    } catch (error) {
      return {
        ok: false,
        message: `The pack "${entry.title}" could not be checked: ${(error as Error).message}.`,
        details: []
      };
    }
    if (result.ok) return { ok: true, pack: result.pack, builtIn: true };
    return {
      ok: false,
      message: `The pack "${entry.title}" is broken, so it cannot be studied.`,
      details: result.problems.slice(0, 10).map((p) => `${p.path}: ${p.message}`)
    };
  }
}

/**
 * The teacher's packs: the stored list, delete with undo, export to a file, share (Web Share API, a download or a
 * link). The format code (xlsx, CSV, GIFT writers) is loaded only when a teacher exports, so /teach stays light.
 */
import type { Pack } from '$lib/domain/packs/schema';
import { exportPack, shareLink, type ExportFormat } from '$lib/domain/formats';
import type { ImportIssue } from '$lib/domain/packs/errors';
import type { PackOrigin, PackRecord } from '$lib/storage';
import type { AppState } from './app.svelte';
import { download } from './download';
import { savePackAndList, type PackStoreRequest } from './worker-writes';
import { clock } from './plain';
import type { StoredPackSummary } from './packs.svelte';
import { workerJob } from './worker-job';

export interface ExportOutcome {
  fileName: string;
  warnings: ImportIssue[];
  /** How many questions the format changed or left out. */
  changed: number;
  shared: boolean;
}

export class TeachLibrary {
  packs = $state.raw<PackRecord[]>([]);
  status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  /** The last deleted pack, until the teacher undoes or dismisses it. */
  deleted = $state.raw<PackRecord | null>(null);
  message = $state<string | null>(null);

  constructor(
    private readonly app: AppState,
    /**
     * Makes the pack-store worker (worker-writes.ts), so a large pack is checked and written off the page (the import
     * page gives one); without one, packs are saved here.
     */
    private readonly makeStoreWorker?: () => Worker
  ) {}

  async load(): Promise<void> {
    this.status = 'loading';
    const records = await this.app.storage.use((api, db) => api.listPacks(db));
    this.packs = records ?? [];
    this.status = records ? 'ready' : 'error';
  }

  /** The stored packs' ids, read without the packs (a large one would hold the page up); none when unreadable. */
  async storedIds(): Promise<string[]> {
    return (await this.app.storage.use((api, db) => api.listPackIds(db))) ?? [];
  }

  /** A stored pack's title, or null when it is not there or does not read. */
  async storedTitle(id: string): Promise<string | null> {
    return (await this.app.storage.use((api, db) => api.getPack(db, id)))?.pack.title ?? null;
  }

  /** The built-in packs (their ids are reserved), or none when the list cannot be read. */
  async builtInPacks(): Promise<{ id: string; title: string }[]> {
    const ids = await this.app.packs.builtInIds();
    return ids ? this.app.packs.builtIn : [];
  }

  /** Saves a pack; one with a built-in pack's id is refused (it would be stored but never shown). */
  async save(pack: Pack, origin: PackOrigin, now = clock()): Promise<boolean> {
    const builtInIds = await this.app.packs.builtInIds();
    if (builtInIds?.has(pack.id)) {
      this.message = `“${pack.title}” cannot be saved under the id “${pack.id}”: a built-in pack has it. Give it another id.`;
      return false;
    }
    if (this.makeStoreWorker) {
      const request: PackStoreRequest = {
        pack,
        origin,
        at: now.getTime(),
        builtInPackIds: builtInIds && [...builtInIds]
      };
      return this.#saveInWorker(request, this.makeStoreWorker);
    }
    const record = await this.app.storage.use((api, db) => api.savePack(db, pack, origin));
    if (record) await Promise.all([this.load(), this.app.loadStoredPacks()]);
    return record !== null;
  }

  /**
   * Saves through the worker (or here, when it cannot start). The home screen's list is refreshed from the worker's
   * answer; this library's own list (whole packs) is not read back, which would bring every stored pack onto the
   * page again: it is marked unread (`idle`) and read by the next `load()`. A storage failure is shown as when the
   * page writes (`storage.use`, which also tries once more on a fresh connection).
   */
  async #saveInWorker(request: PackStoreRequest, makeWorker: () => Worker): Promise<boolean> {
    const stored = await this.app.storage.use(
      (api, db) =>
        workerJob<StoredPackSummary[], never>(
          makeWorker(),
          request,
          () => undefined,
          () => savePackAndList(api, db, request)
        ).result
    );
    if (!stored) return false;
    this.app.packs.setStored(stored);
    this.status = 'idle';
    return true;
  }

  async remove(id: string): Promise<void> {
    const record = await this.app.storage.use((api, db) => api.deletePack(db, id));
    if (record) this.deleted = record;
    await Promise.all([this.load(), this.app.loadStoredPacks()]);
  }

  async undoDelete(): Promise<void> {
    const record = this.deleted;
    if (!record) return;
    this.deleted = null;
    await this.app.storage.use((api, db) => api.restorePack(db, record));
    await Promise.all([this.load(), this.app.loadStoredPacks()]);
  }

  /** Writes the pack in a format and hands it over: the share sheet when `share` and the browser can, else a download. */
  async exportFile(pack: Pack, format: ExportFormat, share = false): Promise<ExportOutcome> {
    const file = await exportPack(pack, format);
    const blob = new Blob([file.data as BlobPart], { type: file.mimeType });
    if (share && 'share' in navigator) {
      const shared = new File([blob], file.fileName, { type: file.mimeType });
      if (navigator.canShare?.({ files: [shared] })) {
        try {
          await navigator.share({ files: [shared], title: pack.title });
          return { fileName: file.fileName, warnings: file.warnings, changed: file.changed, shared: true };
        } catch (error) {
          // The teacher closed the share sheet: nothing to do. Any other failure falls back to a download.
          if ((error as Error).name === 'AbortError')
            return { fileName: file.fileName, warnings: file.warnings, changed: file.changed, shared: false };
        }
      }
    }
    download(blob, file.fileName);
    return { fileName: file.fileName, warnings: file.warnings, changed: file.changed, shared: false };
  }

  /** A link carrying the pack, or the reason it cannot (too large: share the file instead). */
  async link(
    pack: Pack,
    openUrl: string
  ): Promise<{ ok: true; url: string } | { ok: false; message: string }> {
    const result = await shareLink(pack, openUrl);
    return result.ok ? { ok: true, url: result.url } : { ok: false, message: result.message };
  }
}

/**
 * The settings screen's work: storage status and persistence, backup to a file, restore from one, reset.
 * Every outcome ends as a message in `message` (announced by the page), never as an uncaught error.
 */
import type { Backup, BackupSummary, SourcewiseDb, StorageStatus } from '$lib/storage';
import type { AppState } from './app.svelte';
import type { StoredPackSummary } from './packs.svelte';
import type { Api } from './storage.svelte';
import { restoreAndList, type RestoreRequest } from './worker-writes';
import {
  backupRead,
  parseBackupText,
  type BackupRead,
  type BackupRequest,
  type BackupUpdate
} from './backup-read';
import { workerJob, type WorkerJob } from './worker-job';
import { sortCards } from './due';
import { clock } from './plain';
import { DEFAULT_DAILY_NEW } from '$lib/domain/study/plan';
import { INPUT_LIMITS, overLimit } from '$lib/domain/limits';

export class SettingsState {
  status = $state<StorageStatus | null>(null);
  usage = $state('');
  busy = $state(false);
  /** Cards of questions a regeneration (or a deleted pack) removed: kept as history, never due. */
  orphaned = $state<number | null>(null);
  message = $state<{ tone: 'ok' | 'problem'; text: string } | null>(null);
  /** New questions a day; null until read from storage. */
  dailyNewLimit = $state<number | null>(null);

  /** When the next discernment check opens; null until read. */
  checkRule = $state<{ afterDays: number; afterAnswers: number } | null>(null);
  /** A backup that checked out, waiting for the learner to confirm what it replaces. */
  pendingRestore = $state.raw<{
    name: string;
    backup: Backup;
    incoming: BackupSummary;
    current: BackupSummary;
  } | null>(null);

  /**
   * The backup file being read and checked, until it is offered for restore or refused: bytes read so far (in the
   * worker), then `checking` while it is parsed and checked. Cancel (`cancelReading`) is offered meanwhile.
   */
  restoreProgress = $state<{ name: string; read: number; total: number; checking: boolean } | null>(null);

  /** The worker reading a backup now. */
  #job: WorkerJob<BackupRead | null> | null = null;
  /** Counts restores: one that finishes after a cancel or a newer one is dropped. */
  #run = 0;

  constructor(
    private readonly app: AppState,
    /** Makes the backup worker (settings/backup.worker.ts); without one (unit tests) a backup is checked here. */
    private readonly makeWorker?: () => Worker
  ) {}

  async loadStudySettings(): Promise<void> {
    // Storage that cannot be read (a newer version elsewhere, a private window) shows the default, not "Loading…".
    this.dailyNewLimit =
      (await this.app.storage.use((api, db) => api.getSetting(db, 'dailyNewLimit'))) ?? DEFAULT_DAILY_NEW;
  }

  /** Saves the daily limit of new questions; a number out of range is refused with a message. */
  async setDailyNewLimit(value: number): Promise<void> {
    if (!Number.isInteger(value) || value < 1 || value > 1000) {
      this.message = { tone: 'problem', text: 'New questions a day must be a whole number from 1 to 1000.' };
      return;
    }
    const done = await this.app.storage.use(async (api, db) => {
      await api.setSetting(db, 'dailyNewLimit', value);
      return true;
    });
    if (!done) return;
    this.dailyNewLimit = value;
    this.message = { tone: 'ok', text: `Saved: up to ${value} new questions a day.` };
  }

  async loadCheckRule(): Promise<void> {
    const rule = await this.app.storage.use(async (api, db) => ({
      afterDays: await api.getSetting(db, 'checkAfterDays'),
      afterAnswers: await api.getSetting(db, 'checkAfterAnswers')
    }));
    this.checkRule = rule ?? { afterDays: 7, afterAnswers: 50 };
  }

  async saveCheckRule(afterDays: number, afterAnswers: number): Promise<void> {
    const whole = (n: number, max: number) => Number.isInteger(n) && n >= 0 && n <= max;
    if (!whole(afterDays, 365) || !whole(afterAnswers, 10_000)) {
      this.message = {
        tone: 'problem',
        text: 'Not saved: use whole numbers, from 0 to 365 days and from 0 to 10,000 answers.'
      };
      return;
    }
    const saved = await this.app.storage.use(async (api, db) => {
      await api.setSetting(db, 'checkAfterDays', afterDays);
      await api.setSetting(db, 'checkAfterAnswers', afterAnswers);
      return true;
    });
    if (!saved) {
      this.message = {
        tone: 'problem',
        text: this.app.storage.notice?.message ?? 'The setting was not saved.'
      };
      return;
    }
    this.checkRule = { afterDays, afterAnswers };
    this.message = {
      tone: 'ok',
      text: `Saved: the next discernment check opens ${afterDays} ${afterDays === 1 ? 'day' : 'days'} and ${afterAnswers} practice ${afterAnswers === 1 ? 'answer' : 'answers'} after the last one.`
    };
  }

  async refreshStatus(): Promise<void> {
    const api = await import('$lib/storage');
    const status = await api.storageStatus();
    this.status = status;
    this.usage =
      status.usage === null
        ? 'unknown'
        : status.quota
          ? `${api.formatBytes(status.usage)} of ${api.formatBytes(status.quota)} available`
          : api.formatBytes(status.usage);
    await this.countOrphaned();
  }

  async countOrphaned(): Promise<void> {
    const cards = await this.app.storage.use((api, db) => api.listCards(db));
    this.orphaned = cards ? (await sortCards(cards, this.app.packs)).orphaned.length : null;
  }

  async askPersistence(): Promise<void> {
    const api = await import('$lib/storage');
    const granted = await api.requestPersistence();
    await this.app.storage.use((a, db) => a.setSetting(db, 'persistenceAsked', true));
    this.message =
      granted === true
        ? { tone: 'ok', text: 'Done: the browser will keep your progress even when space runs low.' }
        : granted === false
          ? {
              tone: 'problem',
              text: 'The browser said no for now. Installing Sourcewise to your home screen usually makes it agree.'
            }
          : {
              tone: 'problem',
              text: 'This browser cannot be asked to keep data. Export a backup now and then.'
            };
    await this.refreshStatus();
  }

  /** The whole backup as a JSON text and a file name, or null when storage failed (message shown). */
  async exportBackup(
    now = clock(),
    purpose: 'backup' | 'transfer' = 'backup'
  ): Promise<{ name: string; json: string } | null> {
    const backup = await this.app.storage.use((api, db) => api.exportAll(db, now));
    if (!backup) {
      this.message = {
        tone: 'problem',
        text: this.app.storage.notice?.message ?? 'The backup could not be made.'
      };
      return null;
    }
    const n = backup.stores.attempts.length;
    this.message = {
      tone: 'ok',
      text:
        `${purpose === 'backup' ? 'Backup' : 'Transfer file'} ready: ${n} ${n === 1 ? 'answer' : 'answers'} and ` +
        `${backup.stores.packs.length} own packs.` +
        (purpose === 'transfer'
          ? ' Now open the installed app, go to Settings and choose this file there.'
          : '')
    };
    return {
      name: `sourcewise-${purpose}-${now.toISOString().slice(0, 10)}.json`,
      json: JSON.stringify(backup)
    };
  }

  /**
   * Reads and checks a backup file in full, then asks for confirmation (`pendingRestore`): nothing changes until
   * `confirmRestore`. An empty, broken, hostile or newer-version file is refused here with the reason.
   */
  async restoreBackup(file: File): Promise<boolean> {
    this.#end();
    const run = ++this.#run;
    this.busy = true;
    this.pendingRestore = null;
    this.restoreProgress = { name: file.name, read: 0, total: file.size, checking: false };
    try {
      const refuse = (why: string) => {
        this.message = {
          tone: 'problem',
          text: `“${file.name}” is not restored: ${why} Nothing was changed.`
        };
        return false;
      };
      const { bytes } = INPUT_LIMITS.backup;
      if (file.size > bytes)
        return refuse(
          `${overLimit('it', bytes, file.size, 'bytes')}, larger than any backup Sourcewise makes.`
        );
      let read: BackupRead | null;
      try {
        read = await this.#readBackup(file, run);
      } catch (error) {
        if (run !== this.#run) return false;
        return refuse(
          `it could not be read here (${error instanceof Error ? error.message : String(error)}).`
        );
      }
      // Cancelled (or another file chosen) meanwhile: nothing more to do or say.
      if (run !== this.#run) return false;
      if (read && !read.ok) {
        if (read.problem === 'empty') return refuse('the file is empty.');
        if (read.problem === 'invalid') return refuse(`${read.path}: ${read.message}.`);
        this.message = {
          tone: 'problem',
          text: `“${file.name}” is not a backup file (it is not valid JSON, or it was cut short). Nothing was changed.`
        };
        return false;
      }
      const backup = read?.backup;
      const checked =
        backup &&
        (await this.app.storage.use(async (api, db) => ({
          backup,
          incoming: api.summarizeBackup(backup),
          current: api.summarizeBackup(await api.exportAll(db))
        })));
      if (run !== this.#run) return false;
      if (!checked) {
        this.message = {
          tone: 'problem',
          text: this.app.storage.notice?.message ?? 'The backup could not be checked.'
        };
        this.app.storage.dismiss();
        return false;
      }
      this.pendingRestore = { name: file.name, ...checked };
      this.message = null;
      return true;
    } finally {
      if (run === this.#run) {
        this.#job = null;
        this.busy = false;
        this.restoreProgress = null;
      }
    }
  }

  /**
   * Stops reading and checking a backup file: the worker is ended (nothing had been written, nothing will be) and
   * the page says so. A file read on the page (no worker) is left to finish and its result dropped.
   */
  cancelReading(): void {
    const reading = this.restoreProgress;
    if (!reading) return;
    this.#run++;
    this.#end();
    this.busy = false;
    this.restoreProgress = null;
    this.message = {
      tone: 'ok',
      text: `Restore from “${reading.name}” cancelled; nothing was changed.`
    };
  }

  /** Ends the worker reading a backup, if any; its read resolves with null. */
  #end(): void {
    this.#job?.stop();
    this.#job = null;
  }

  /**
   * The backup file parsed and checked: in the page's worker when there is one (progress in `restoreProgress`), else
   * here; null when storage's code could not be loaded.
   */
  async #readBackup(file: File, run: number): Promise<BackupRead | null> {
    if (!this.makeWorker) return this.#readBackupHere(file);
    const ids = await this.app.packs.builtInIds();
    // Cancelled while the built-in ids were read: no worker is started.
    if (run !== this.#run) return null;
    const job = workerJob<BackupRead | null, BackupUpdate>(
      this.makeWorker(),
      { type: 'read', file, builtInPackIds: ids && [...ids] } satisfies BackupRequest,
      (update) => {
        const shown = this.restoreProgress;
        if (!shown || run !== this.#run) return;
        this.restoreProgress =
          update.type === 'progress'
            ? { ...shown, read: update.read, total: update.total }
            : { ...shown, read: shown.total, checking: true };
      },
      () => this.#readBackupHere(file)
    );
    this.#job = job;
    return job.result;
  }

  /** The same on the page: storage's code is loaded only for a file that is JSON. */
  async #readBackupHere(file: File): Promise<BackupRead | null> {
    const parsed = parseBackupText(await file.text());
    if (!parsed.ok) return parsed;
    const ids = await this.app.packs.builtInIds();
    return this.app.storage.use(async (api) => backupRead(api.checkBackup(parsed.data, ids)));
  }

  cancelRestore(): void {
    this.pendingRestore = null;
    this.message = { tone: 'ok', text: 'Nothing was restored; your data is as it was.' };
  }

  /**
   * Replaces everything with the confirmed backup, in one transaction: in a worker when there is one (it checks the
   * backup again and writes it there), else here. The home screen's list comes back from the write, so no stored
   * pack is read back on the page.
   */
  async confirmRestore(): Promise<boolean> {
    const pending = this.pendingRestore;
    if (!pending) return false;
    this.busy = true;
    try {
      const ids = await this.app.packs.builtInIds();
      const request: RestoreRequest = {
        type: 'restore',
        backup: pending.backup,
        builtInPackIds: ids && [...ids]
      };
      const here = (api: Api, db: SourcewiseDb) => restoreAndList(api, db, request);
      const stored = await this.app.storage.use((api, db) =>
        this.makeWorker
          ? workerJob<StoredPackSummary[], never>(
              this.makeWorker(),
              request,
              () => undefined,
              () => here(api, db)
            ).result
          : here(api, db)
      );
      this.pendingRestore = null;
      if (!stored) {
        this.message = {
          tone: 'problem',
          text: `${this.app.storage.notice?.message ?? 'The backup could not be restored.'} Nothing was changed.`
        };
        this.app.storage.dismiss();
        return false;
      }
      this.app.packs.setStored(stored);
      await this.#reload(false);
      this.message = { tone: 'ok', text: `Restored from “${pending.name}”.` };
      return true;
    } finally {
      this.busy = false;
    }
  }

  async resetAll(): Promise<boolean> {
    this.busy = true;
    try {
      const done = await this.app.storage.use(async (api, db) => {
        await api.resetAll(db);
        return true;
      });
      if (!done) {
        this.message = { tone: 'problem', text: this.app.storage.notice?.message ?? 'Nothing was deleted.' };
        return false;
      }
      await this.#reload();
      this.message = { tone: 'ok', text: 'Everything was deleted. Sourcewise is as good as new.' };
      return true;
    } finally {
      this.busy = false;
    }
  }

  /** Reads again what the page shows; the stored packs too unless the write said what they are. */
  async #reload(packs = true) {
    await Promise.all([
      this.app.progress.refresh(),
      packs && this.app.loadStoredPacks(),
      this.refreshStatus(),
      this.loadStudySettings()
    ]);
  }
}

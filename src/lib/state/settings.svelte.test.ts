import { describe, expect, it, vi } from 'vitest';
import type { AppState } from './app.svelte';
import { SettingsState } from './settings.svelte';
import { ScriptedWorker } from './scripted-worker.testing';

/** An app whose storage must not be touched: a refused backup changes nothing. */
function untouchedApp(): { app: AppState; used: () => number } {
  let uses = 0;
  const app = {
    storage: {
      use: async () => {
        uses++;
        return null;
      }
    }
  } as unknown as AppState;
  return { app, used: () => uses };
}

describe('restoring a backup', () => {
  it('refuses a file larger than any backup before reading it, naming the limit, and changes nothing', async () => {
    const { app, used } = untouchedApp();
    const settings = new SettingsState(app);
    let read = false;
    const huge = {
      name: 'huge.json',
      size: 80 * 1024 * 1024,
      text: async () => {
        read = true;
        return '{}';
      }
    } as unknown as File;
    expect(await settings.restoreBackup(huge)).toBe(false);
    expect(read).toBe(false);
    expect(used()).toBe(0);
    expect(settings.message?.text).toMatch(
      /huge\.json.*over the limit of 50 MB \(80 MB\).*Nothing was changed/
    );
  });

  it('refuses a file that is not JSON with its name, and changes nothing', async () => {
    const { app, used } = untouchedApp();
    const settings = new SettingsState(app);
    const file = new File(['not json'], 'notes.txt');
    expect(await settings.restoreBackup(file)).toBe(false);
    expect(used()).toBe(0);
    expect(settings.message?.text).toContain('“notes.txt” is not a backup file');
  });
});

describe('reading a backup in a worker', () => {
  function setup() {
    const { app, used } = untouchedApp();
    (app as unknown as { packs: unknown }).packs = { builtInIds: async () => null };
    const worker = new ScriptedWorker();
    const settings = new SettingsState(app, () => worker as unknown as Worker);
    return { settings, worker, used };
  }
  const file = () => new File(['{"format":"sourcewise-backup"}'], 'big-backup.json');
  /** Until the worker was given the file (after the built-in ids were read). */
  const started = (worker: ScriptedWorker) => vi.waitFor(() => expect(worker.posted).toHaveLength(1));

  it('shows the bytes read, then that it checks; Cancel ends the worker and changes nothing', async () => {
    const { settings, worker, used } = setup();
    const restoring = settings.restoreBackup(file());
    expect(settings.restoreProgress).toMatchObject({ name: 'big-backup.json', read: 0, checking: false });
    await started(worker);
    worker.say({ type: 'progress', read: 10, total: 30 });
    expect(settings.restoreProgress).toMatchObject({ read: 10, total: 30, checking: false });
    worker.say({ type: 'checking' });
    expect(settings.restoreProgress).toMatchObject({ read: 30, checking: true });
    expect(settings.busy).toBe(true);

    settings.cancelReading();
    expect(await restoring).toBe(false);
    expect(worker.terminated).toBe(true);
    expect(settings.restoreProgress).toBeNull();
    expect(settings.busy).toBe(false);
    expect(settings.message).toEqual({
      tone: 'ok',
      text: 'Restore from “big-backup.json” cancelled; nothing was changed.'
    });
    // A late answer changes nothing: no confirmation is asked, and storage was never touched.
    worker.say({ type: 'done', result: { ok: false, problem: 'empty' } });
    expect(settings.pendingRestore).toBeNull();
    expect(settings.message?.text).toContain('cancelled');
    expect(used()).toBe(0);
  });

  it('a file chosen again after a cancel is read again', async () => {
    const { settings, worker } = setup();
    const first = settings.restoreBackup(file());
    settings.cancelReading();
    expect(await first).toBe(false);
    const again = settings.restoreBackup(file());
    await started(worker);
    worker.say({ type: 'done', result: { ok: false, problem: 'empty' } });
    expect(await again).toBe(false);
    expect(settings.message?.text).toContain('the file is empty');
    expect(settings.restoreProgress).toBeNull();
  });
});

describe('restoring a backup into a real database', () => {
  async function appWithData() {
    const storage = await import('$lib/storage');
    const { freshDb, samplePack } = await import('$lib/storage/test-helpers');
    const { db } = await freshDb();
    await storage.savePack(db, samplePack('mine'), 'authored');
    await storage.recordAnswer(
      db,
      {
        scope: 'pack:mine',
        questionId: 'mine-q0',
        packId: 'mine',
        skill: 'fact-opinion',
        type: 'fact-opinion',
        correct: true,
        score: 1,
        response: { type: 'fact-opinion', label: 'fact' },
        at: 1_000,
        durationMs: 1_000
      },
      null
    );
    const app = {
      storage: {
        notice: null,
        dismiss: () => undefined,
        use: async <T>(work: (api: typeof storage, d: typeof db) => Promise<T>) => work(storage, db)
      },
      packs: { builtInIds: async () => null, setStored: () => undefined },
      progress: { refresh: async () => undefined },
      loadStoredPacks: async () => undefined
    } as unknown as AppState;
    const snapshot = async () => JSON.stringify((await storage.exportAll(db, new Date(0))).stores);
    return { app, db, storage, snapshot };
  }

  it('refuses empty, cut-short, hostile, duplicate-id and newer files, says why, and changes nothing', async () => {
    const { app, storage, db, snapshot } = await appWithData();
    const before = await snapshot();
    const good = await storage.exportAll(db, new Date(0));
    const json = JSON.stringify(good);
    const twoQuizzes = structuredClone(good);
    twoQuizzes.stores.classes = [
      { id: 'a', quizId: 'qz-1', payload: {}, receivedAt: 1 },
      { id: 'b', quizId: 'qz-1', payload: {}, receivedAt: 2 }
    ];
    const cases: [string, string, RegExp][] = [
      ['empty.json', '', /the file is empty/],
      ['cut.json', json.slice(0, json.length / 2), /not valid JSON, or it was cut short/],
      ['proto.json', '{"__proto__": {"format": "sourcewise-backup"}}', /not a Sourcewise backup/],
      ['twice.json', JSON.stringify(twoQuizzes), /duplicate quiz id "qz-1"/],
      ['newer.json', JSON.stringify({ ...good, version: 99 }), /newer Sourcewise/]
    ];
    for (const [name, text, why] of cases) {
      const settings = new SettingsState(app);
      expect(await settings.restoreBackup(new File([text], name)), name).toBe(false);
      expect(settings.message?.text, name).toMatch(why);
      expect(settings.message?.text, name).toMatch(/Nothing was changed/);
      expect(settings.pendingRestore, name).toBeNull();
    }
    expect(({} as Record<string, unknown>).format).toBeUndefined();
    expect(await snapshot()).toBe(before);
  });

  it('says what a good backup replaces and restores only once confirmed; cancel keeps everything', async () => {
    const { app, storage, db, snapshot } = await appWithData();
    const emptied = structuredClone(await storage.exportAll(db, new Date(0)));
    emptied.stores.attempts = [];
    emptied.stores.schedules = [];
    const before = await snapshot();
    const settings = new SettingsState(app);
    expect(await settings.restoreBackup(new File([JSON.stringify(emptied)], 'old.json'))).toBe(true);
    expect(settings.pendingRestore).toMatchObject({
      name: 'old.json',
      current: { packs: 1, answers: 1 },
      incoming: { packs: 1, answers: 0 }
    });
    expect(await snapshot()).toBe(before);
    settings.cancelRestore();
    expect(settings.pendingRestore).toBeNull();
    expect(await snapshot()).toBe(before);

    await settings.restoreBackup(new File([JSON.stringify(emptied)], 'old.json'));
    expect(await settings.confirmRestore()).toBe(true);
    expect(settings.message?.text).toContain('Restored from “old.json”');
    expect(await storage.listAttempts(db)).toEqual([]);
  });
});

/**
 * The state every screen shares, created once by the root layout and provided by context:
 * `const app = useApp()` in a page or component script.
 */
import { getContext, setContext } from 'svelte';
import { PackLibrary } from './packs.svelte';
import { ProgressState } from './progress.svelte';
import { StorageState } from './storage.svelte';
import { ThemeState } from './theme.svelte';
import { UpdateState } from './update.svelte';
import { unique } from './plain';

export class AppState {
  readonly storage = new StorageState();
  readonly progress = new ProgressState(this.storage);
  readonly theme = new ThemeState();
  readonly update = new UpdateState();
  readonly packs = new PackLibrary(async (id) => {
    const record = await this.storage.use((api, db) => api.getPack(db, id));
    return record?.pack ?? null;
  });

  /** Loads the learner's own packs (imported, authored) into the library for the home screen. */
  async loadStoredPacks(): Promise<void> {
    const records = await this.storage.use((api, db) => api.listPacks(db));
    if (!records) return;
    this.packs.setStored(
      records.map((r) => ({
        id: r.pack.id,
        title: r.pack.title,
        description: r.pack.description,
        file: '',
        questionCount: r.pack.questions.length,
        outlets: unique(r.pack.sources.map((s) => s.outlet)),
        types: unique(r.pack.questions.map((q) => q.type)),
        skills: unique(r.pack.questions.map((q) => q.skill)),
        origin: r.origin
      }))
    );
  }
}

const KEY = Symbol('sourcewise-app');

export function provideApp(): AppState {
  return setContext(KEY, new AppState());
}

export function useApp(): AppState {
  const app = getContext<AppState | undefined>(KEY);
  if (!app) throw new Error('useApp() needs the root layout, which provides the app state');
  return app;
}

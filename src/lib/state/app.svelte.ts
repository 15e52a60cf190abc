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
import { storedPackEntry } from '$lib/domain/packs/pack-index';

export class AppState {
  readonly storage: StorageState = new StorageState(() => this.packs.builtInIds());
  readonly packs: PackLibrary = new PackLibrary(async (id) => {
    const record = await this.storage.use((api, db) => api.getPack(db, id));
    return record?.pack ?? null;
  });
  readonly progress = new ProgressState(this.storage, this.packs);
  readonly theme = new ThemeState();
  readonly update = new UpdateState();

  /** Loads the learner's own packs (imported, authored) into the library for the home screen. */
  async loadStoredPacks(): Promise<void> {
    if (await this.storage.nothingStored()) return;
    const records = await this.storage.use((api, db) => api.listPacks(db));
    if (!records) return;
    this.packs.setStored(records.map((r) => storedPackEntry(r.pack, r.origin)));
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

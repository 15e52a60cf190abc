import { describe, expect, it } from 'vitest';
import type { AppState } from './app.svelte';
import { SettingsState } from './settings.svelte';

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

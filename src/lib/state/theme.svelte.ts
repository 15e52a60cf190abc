/**
 * Light, dark or the system's choice. Kept in localStorage because app.html reads it before the first paint
 * (IndexedDB is asynchronous and would flash the wrong theme).
 */
export type ThemeChoice = 'light' | 'dark' | 'system';
export const THEME_KEY = 'sourcewise-theme';

export class ThemeState {
  choice = $state<ThemeChoice>('system');

  constructor() {
    if (typeof localStorage === 'undefined') return;
    try {
      const saved = localStorage.getItem(THEME_KEY);
      if (saved === 'light' || saved === 'dark') this.choice = saved;
    } catch {
      // Site data blocked: the system theme still applies.
    }
  }

  set(choice: ThemeChoice) {
    this.choice = choice;
    const root = document.documentElement;
    if (choice === 'system') delete root.dataset.theme;
    else root.dataset.theme = choice;
    try {
      if (choice === 'system') localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, choice);
    } catch {
      // Not saved, but applied for this visit.
    }
  }
}

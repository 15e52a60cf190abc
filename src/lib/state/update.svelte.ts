/**
 * The "new version" prompt. The service worker is registered by ReloadPrompt.svelte (the one registration
 * path); this class only decides when the prompt may show: never while the learner is in the middle of
 * answering a question, so an update cannot interrupt an answer.
 */
import { untrack } from 'svelte';

export class UpdateState {
  /** A new service worker is waiting. */
  needRefresh = $state(false);
  /** Places (a question being answered) that ask the prompt to wait. */
  #holds = $state(0);

  get answering(): boolean {
    return this.#holds > 0;
  }

  /** Holds the prompt back until the returned function is called (use in an $effect's cleanup). */
  hold(): () => void {
    // Called from effects: reading the count there would make the effect depend on what it writes.
    untrack(() => this.#holds++);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      untrack(() => this.#holds--);
    };
  }
}

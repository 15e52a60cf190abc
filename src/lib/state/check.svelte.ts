/**
 * The discernment check screen's work: the forms (static/discernment/forms.json, kept in a cache of their own when
 * first fetched, so the check works offline without weighing on every student's precache), the student's saved
 * checks (meta store), when the next check opens (settings and practice answers since the last check), and taking
 * a check with every answer saved as it is given, so a reload or a closed tab loses nothing.
 */
import {
  checkFormsFile,
  checkStage,
  emptyCheckRecord,
  formToTake,
  withAnswer,
  type CheckForm,
  type CheckItem,
  type CheckRecord,
  type CheckStage,
  type FormsFile,
  type ItemKey,
  type PostCheckRule
} from '$lib/domain/discernment';
import type { AppState } from './app.svelte';
import { clock, instant } from './plain';

export class CheckState {
  status = $state<'loading' | 'ready' | 'unusable'>('loading');
  /** Why the check cannot be shown, in plain words. */
  problem = $state('');
  file = $state.raw<FormsFile | null>(null);
  record = $state.raw<CheckRecord>(emptyCheckRecord());
  rule = $state.raw<PostCheckRule>({ afterDays: 7, afterAnswers: 50 });
  /** Practice answers given since the latest check. */
  answersSince = $state(0);
  /** Saving failed: the check goes on, but the student is told. */
  saveProblem = $state('');
  /** Saves not yet finished (answers given quickly overlap). */
  saving = $state(0);

  constructor(
    private readonly app: AppState,
    private readonly formsUrl: string
  ) {}

  async load(): Promise<void> {
    this.status = 'loading';
    let data: unknown;
    try {
      data = await (await fetchKept(this.formsUrl)).json();
    } catch (error) {
      this.problem = `The check could not be loaded (${(error as Error).message}). Connect once so this device can keep it for offline use.`;
      this.status = 'unusable';
      return;
    }
    const checked = checkFormsFile(data);
    if (!checked.ok) {
      this.problem = `The check cannot be shown: ${checked.message}.`;
      this.status = 'unusable';
      return;
    }
    this.file = checked.file;
    const saved = await this.app.storage.use(async (api, db) => {
      const [record, afterDays, afterAnswers] = await Promise.all([
        api.getCheckRecord(db),
        api.getSetting(db, 'checkAfterDays'),
        api.getSetting(db, 'checkAfterAnswers')
      ]);
      const since = record.results.at(-1)?.finishedAt;
      const answers = since === undefined ? [] : await api.listAttempts(db, { since: instant(since) });
      return { record, rule: { afterDays, afterAnswers }, answersSince: answers.length };
    });
    if (saved) {
      this.record = this.#current(saved.record);
      this.rule = saved.rule;
      this.answersSince = saved.answersSince;
    }
    this.status = 'ready';
  }

  /** A check begun on forms that have since been rebuilt cannot be finished: it starts again on the new ones. */
  #current(record: CheckRecord): CheckRecord {
    if (record.current && record.current.edition !== this.file?.edition)
      return { ...record, current: undefined };
    return record;
  }

  stage(now = clock()): CheckStage {
    return checkStage(this.record, this.answersSince, now.getTime(), this.rule);
  }

  /** The form the student takes next (counterbalanced; chance picks the first). */
  nextForm(): CheckForm {
    return formToTake(this.record, Math.random);
  }

  items(form: CheckForm): CheckItem[] {
    return this.file?.forms[form] ?? [];
  }

  async start(form: CheckForm, now = clock()): Promise<void> {
    if (!this.file) return;
    await this.#save({
      ...this.record,
      current: { form, edition: this.file.edition, startedAt: now.getTime(), answers: [] }
    });
  }

  async answer(item: CheckItem, said: ItemKey, sure?: number): Promise<void> {
    const current = this.record.current;
    if (!current) return;
    await this.#save({ ...this.record, current: withAnswer(current, item, said, sure) });
  }

  said(itemId: string) {
    return this.record.current?.answers.find((a) => a.itemId === itemId);
  }

  async finish(now = clock()): Promise<void> {
    const current = this.record.current;
    if (!current || current.answers.length < this.items(current.form).length) return;
    const result = {
      id: `check-${current.startedAt.toString(36)}`,
      form: current.form,
      edition: current.edition,
      startedAt: current.startedAt,
      finishedAt: now.getTime(),
      answers: current.answers
    };
    await this.#save({ ...this.record, results: [...this.record.results, result], current: undefined });
    this.answersSince = 0;
  }

  /** Leaves the check in progress (after the page has asked). */
  async abandon(): Promise<void> {
    await this.#save({ ...this.record, current: undefined });
  }

  /** Keeps the new record on screen at once and saves it; a failed save is shown, never thrown. */
  async #save(record: CheckRecord): Promise<void> {
    this.record = record;
    this.saving++;
    const saved = await this.app.storage.use((api, db) => api.saveCheckRecord(db, record));
    this.saving--;
    this.saveProblem =
      saved === null
        ? 'Your answers could not be saved on this device; they are kept while this page stays open.'
        : '';
  }
}

/** Where the app serves the check's forms (the check page and a classroom check quiz read them). */
export const FORMS_URL = '/discernment/forms.json';

/** The cache the forms are kept in (the service worker's runtime rule for them uses the same one). */
const CHECK_CACHE = 'sourcewise-check';

/**
 * The forms from the network, kept in a cache as they arrive; the kept copy when the network fails. The page stores
 * the copy itself: on a first visit the service worker does not control the page yet, so its rule would not see it.
 */
export async function fetchKept(url: string): Promise<Response> {
  const cache = typeof caches === 'undefined' ? null : await caches.open(CHECK_CACHE).catch(() => null);
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    await cache?.put(url, response.clone()).catch(() => undefined);
    return response;
  } catch (error) {
    const kept = await cache?.match(url);
    if (kept) return kept;
    throw error;
  }
}

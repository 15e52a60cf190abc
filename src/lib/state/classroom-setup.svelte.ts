/**
 * The teacher's quiz setup: pick a pack (built-in or own), choose settings, get a link and QR code.
 * The new quiz is stored with an empty results collection, so its results page can check codes later.
 */
import { quizLink } from '$lib/domain/classroom/link';
import { checkLinkSize, type LinkSize } from '$lib/domain/classroom/link-size';
import { isScored, MAX_QUIZ_QUESTIONS, type Quiz } from '$lib/domain/classroom/quiz';
import { createQuiz, type QuizSettings, type QuizSetup } from '$lib/domain/classroom/quiz-create';
import { drawExamKey, sealQuiz } from '$lib/domain/classroom/exam-seal';
import { emptyCollection, type ResultCollection } from '$lib/domain/classroom/results';
import { formatShortCode } from '$lib/domain/classroom/short-code';
import type { Pack } from '$lib/domain/packs/schema';
import type { AppState } from './app.svelte';
import { loadCollections, saveCollection } from './classroom-collections';
import { storageMessage } from './classroom-db.svelte';
import { cryptoRandom } from './crypto-random';
import { FORM_SIZE, FORMS } from '$lib/domain/discernment';
import { checkPackId, checkPackTitle } from '$lib/domain/discernment/quiz';
import { isCheckPack, loadQuizPack } from './quiz-packs';

export interface PackChoice {
  id: string;
  title: string;
  builtIn: boolean;
  questionCount: number;
}

export class ClassroomSetup {
  packs = $state.raw<PackChoice[]>([]);
  quizzes = $state.raw<ResultCollection[]>([]);
  packId = $state<string | null>(null);
  pack = $state.raw<Pack | null>(null);
  loadError = $state<string | null>(null);

  title = $state('');
  selection = $state<QuizSettings['selection']>('all');
  count = $state(10);
  picked = $state<string[]>([]);
  order = $state<QuizSettings['order']>('fixed');
  timed = $state(false);
  seconds = $state(30);
  /** `exam`: feedback at the end, once the teacher shows the answers (own packs only). */
  feedback = $state<QuizSettings['feedback'] | 'exam'>('each');

  problem = $state<{ field: string; message: string } | null>(null);
  quiz = $state.raw<Quiz | null>(null);
  link = $state<string | null>(null);
  size = $state.raw<LinkSize | null>(null);
  saveWarning = $state<string | null>(null);
  /** The short quiz code students can type ("ABCD-EFGH"), when this quiz has one. */
  shortCode = $state<string | null>(null);
  /** Where students type it: the quiz page without a link. */
  joinAddress = $state('');

  #own: Pack[] = [];

  constructor(private readonly app: AppState) {}

  get scoredQuestions() {
    return this.pack ? this.pack.questions.filter(isScored) : [];
  }

  /** Whether the chosen pack is built in: its quiz travels as a reference, with a short title. */
  get builtIn(): boolean {
    return this.packs.find((p) => p.id === this.packId)?.builtIn ?? false;
  }

  /** Whether the chosen pack is a form of the discernment check (all statements, no timer, no feedback until the end). */
  get isCheck(): boolean {
    return this.packId !== null && isCheckPack(this.packId);
  }

  /** How many of the questions on offer have a time limit of their own, which they keep when the timer is on. */
  get ownTimeLimits(): number {
    const offered = (id: string) => this.selection !== 'picked' || this.picked.includes(id);
    return this.scoredQuestions.filter((q) => q.timeLimit !== undefined && offered(q.id)).length;
  }

  async load(): Promise<void> {
    const library = this.app.packs;
    await library.loadIndex();
    const builtIn = library.builtIn.map((p) => ({
      id: p.id,
      title: p.title,
      builtIn: true,
      questionCount: p.questionCount
    }));
    try {
      const { api, db } = await this.app.storage.connect();
      this.#own = (await api.listPacks(db)).map((r) => r.pack);
      this.quizzes = (await loadCollections(this.app.storage)).collections;
    } catch (error) {
      this.saveWarning = storageMessage(error);
    }
    const own = this.#own
      .filter((p) => !builtIn.some((b) => b.id === p.id))
      .map((p) => ({ id: p.id, title: p.title, builtIn: false, questionCount: p.questions.length }));
    // The discernment check's two forms, made into packs from the check's own file when chosen.
    const check = FORMS.map((form) => ({
      id: checkPackId(form),
      title: checkPackTitle(form),
      builtIn: true,
      questionCount: FORM_SIZE
    }));
    this.packs = [...builtIn, ...check, ...own];
    if (library.error && own.length === 0) this.loadError = library.error;
  }

  async choosePack(id: string): Promise<void> {
    this.packId = id;
    this.pack = null;
    this.picked = [];
    this.quiz = null;
    const own = this.#own.find((p) => p.id === id);
    const choice = this.packs.find((p) => p.id === id);
    if (own && !choice?.builtIn) this.pack = own;
    else {
      const loaded = await loadQuizPack(this.app, id);
      if (!loaded.ok) {
        this.loadError = [loaded.message, ...loaded.details].join(' ');
        return;
      }
      this.pack = loaded.pack;
    }
    this.loadError = null;
    if (choice?.builtIn && this.feedback === 'exam') this.feedback = 'end';
    this.title = this.pack.title;
    this.count = Math.min(10, this.scoredQuestions.length);
    if (this.scoredQuestions.length > MAX_QUIZ_QUESTIONS && this.selection === 'all')
      this.selection = 'random';
    // The check is only comparable whole, unhurried, and without answers shown along the way.
    if (this.isCheck) [this.selection, this.timed, this.feedback] = ['all', false, 'end'];
  }

  togglePicked(id: string, on: boolean): void {
    this.picked = on ? [...this.picked.filter((p) => p !== id), id] : this.picked.filter((p) => p !== id);
  }

  /** Builds the quiz and its link; `origin` is the site's address including any base path. */
  async create(origin: string, now: Date): Promise<void> {
    const pack = this.pack;
    if (!pack) {
      this.problem = { field: 'pack', message: 'Pick a pack first.' };
      return;
    }
    const builtIn = this.packs.find((p) => p.id === pack.id)?.builtIn ?? false;
    const make = () =>
      createQuiz(
        pack,
        {
          title: this.title,
          builtIn,
          selection: this.selection,
          count: this.count,
          picked: this.picked,
          order: this.order,
          secondsPerQuestion: this.timed ? this.seconds : 0,
          feedback: this.feedback === 'exam' ? 'end' : this.feedback,
          exam: this.feedback === 'exam'
        },
        { now, random: cryptoRandom }
      );
    // A short code's quiz id comes from its settings and seed: draw again rather than reuse an earlier quiz's id.
    const taken = (made: QuizSetup) =>
      made.ok && this.quizzes.some((c) => c.quiz.quizId === made.quiz.quizId);
    let setup = make();
    for (let tries = 0; taken(setup) && tries < 20; tries++) setup = make();
    if (!setup.ok) {
      this.problem = { field: setup.field, message: setup.message };
      this.quiz = null;
      return;
    }
    let quiz = setup.quiz;
    let examKey: string | undefined;
    if (this.feedback === 'exam') {
      // The key that opens the answers stays on this device (and in the quiz key file); the link carries them sealed.
      examKey = drawExamKey(cryptoRandom);
      quiz = await sealQuiz(quiz, examKey, cryptoRandom);
    }
    this.problem = null;
    this.quiz = quiz;
    this.link = quizLink(origin, quiz);
    this.shortCode = quiz.quizId.startsWith('qc-')
      ? formatShortCode(quiz.quizId.slice(3).toUpperCase())
      : null;
    this.joinAddress = `${origin.replace(/^https?:\/\//, '')}/quiz`;
    this.size = checkLinkSize(this.link);
    const collection = { ...emptyCollection(quiz), ...(examKey ? { examKey } : {}) };
    this.quizzes = [collection, ...this.quizzes];
    try {
      await saveCollection(this.app.storage, collection, now);
    } catch (error) {
      this.saveWarning = `${storageMessage(error)} The results page will not know this quiz after a reload.`;
    }
  }
}

/** A small web page that opens the quiz: the way to hand out a quiz too large for a QR code. */
export function quizFile(link: string, title: string): Blob {
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const html = `<!doctype html><meta charset="utf-8"><title>${escape(title)}</title>
<meta http-equiv="refresh" content="0;url=${escape(link)}">
<p><a href="${escape(link)}">Open the quiz “${escape(title)}” in Sourcewise</a></p>`;
  return new Blob([html], { type: 'text/html' });
}

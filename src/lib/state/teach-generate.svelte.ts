/**
 * Generating a pack from one article: the generator runs in a Web Worker (made by the page), reports progress and can
 * be cancelled; its questions come back as drafts the teacher accepts, edits or rejects before saving.
 */
import type { Pack, Question, SourceKind } from '$lib/domain/packs/schema';
import type { TeachLibrary } from './teach.svelte';

export interface GenerateRequest {
  text: string;
  title: string;
  /** Left out when the teacher does not know it: questions then name the article by its title. */
  outlet?: string;
  /** `YYYY-MM-DD`, when known. */
  published?: string;
  url?: string;
  kind: SourceKind;
  seed: number;
  packId: string;
}

export type GenerateReply =
  | { type: 'progress'; stage: 'analyse' | 'build' | 'validate'; done: number; total: number }
  | { type: 'done'; pack: Pack; why: Record<string, string> }
  | { type: 'error'; message: string };

export interface DraftItem {
  question: Question;
  decision: 'pending' | 'accepted' | 'rejected';
  /** Why the generator made it, in plain words. */
  why?: string;
}

/**
 * Drafts shown at a time. A long article gives some 200 drafts; showing them all at once held the page up twice on a
 * busy machine (building the cards up to 230 ms, then laying them out up to 180 ms, at load 8–13). Twenty take
 * about 50 ms.
 */
export const DRAFTS_SHOWN = 20;

const STAGES = ['analyse', 'build', 'validate'] as const;
const STAGE_TEXT = { analyse: 'Reading the article', build: 'Writing questions', validate: 'Checking them' };

export class GenerateFlow {
  step = $state<'input' | 'running' | 'review' | 'saved'>('input');
  /** Overall progress, 0–1, and what the generator is doing. */
  progress = $state(0);
  stageText = $state('');
  error = $state<string | null>(null);
  drafts = $state<DraftItem[]>([]);
  /** How many of the drafts are shown (the first ones): `DRAFTS_SHOWN` more each time the teacher asks. */
  shown = $state(DRAFTS_SHOWN);
  savedId = $state<string | null>(null);

  #worker: Worker | null = null;
  #base: Pack | null = null;

  constructor(
    private readonly library: TeachLibrary,
    private readonly makeWorker: () => Worker
  ) {}

  get accepted(): number {
    return this.drafts.filter((d) => d.decision === 'accepted').length;
  }

  start(request: Omit<GenerateRequest, 'packId' | 'seed'>, seed: number): void {
    this.cancel();
    this.error = null;
    this.progress = 0;
    this.stageText = 'Starting';
    this.step = 'running';
    const worker = this.makeWorker();
    this.#worker = worker;
    worker.onmessage = (event: MessageEvent<GenerateReply>) => this.#receive(event.data);
    worker.onerror = (event) => this.#fail(`the generator stopped: ${event.message || 'unknown error'}`);
    worker.postMessage({
      ...request,
      seed,
      packId: `generated-${crypto.randomUUID().slice(0, 8)}`
    } satisfies GenerateRequest);
  }

  cancel(): void {
    this.#worker?.terminate();
    this.#worker = null;
    if (this.step === 'running') this.step = 'input';
  }

  #receive(reply: GenerateReply): void {
    if (reply.type === 'progress') {
      const stage = STAGES.indexOf(reply.stage);
      this.progress = (stage + (reply.total ? reply.done / reply.total : 0)) / STAGES.length;
      this.stageText = STAGE_TEXT[reply.stage];
    } else if (reply.type === 'error') this.#fail(reply.message);
    else {
      this.#worker?.terminate();
      this.#worker = null;
      this.#base = reply.pack;
      this.drafts = reply.pack.questions.map((question) => ({
        question,
        decision: 'pending',
        why: reply.why[question.id]
      }));
      this.shown = DRAFTS_SHOWN;
      this.progress = 1;
      this.step = 'review';
    }
  }

  /** Drafts came back but there are none: the review says so and offers the way back. */
  get empty(): boolean {
    return this.step === 'review' && this.drafts.length === 0;
  }

  #fail(message: string): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.error = message;
    this.step = 'input';
  }

  /** Shows the next drafts; returns the index of the first one newly shown. */
  showMore(): number {
    const first = this.shown;
    this.shown = Math.min(this.drafts.length, this.shown + DRAFTS_SHOWN);
    return first;
  }

  decide(index: number, decision: DraftItem['decision']): void {
    this.drafts[index].decision = decision;
  }

  /** Saves the accepted questions, with the article kept in the pack's sources for "Read it in the article". */
  async save(): Promise<boolean> {
    if (!this.#base || !this.accepted) return false;
    const questions = $state
      .snapshot(this.drafts)
      .filter((d) => d.decision === 'accepted')
      .map((d) => d.question);
    const ok = await this.library.save({ ...this.#base, questions }, 'generated');
    if (ok) {
      this.savedId = this.#base.id;
      this.step = 'saved';
    }
    return ok;
  }
}

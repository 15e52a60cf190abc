/** Helpers for storage tests: a fresh in-memory IndexedDB per test, and small valid records. */
// idb checks instanceof against the global IDB classes, so the globals must exist too.
import 'fake-indexeddb/auto';
import { IDBFactory as FakeIDBFactory } from 'fake-indexeddb';
import type { PackInput } from '../domain/packs/schema';
import { openSourcewiseDb, type OpenOptions, type SourcewiseDb } from './db';
import type { AttemptRecord } from './records';
import type { StorageProblem } from './errors';

export interface TestDb {
  db: SourcewiseDb;
  factory: IDBFactory;
  problems: StorageProblem[];
}

/** A brand-new, empty IndexedDB, so tests never share databases. */
export function freshFactory(): IDBFactory {
  return new FakeIDBFactory();
}

export async function freshDb(options: Omit<OpenOptions, 'factory' | 'onProblem'> = {}): Promise<TestDb> {
  const factory = freshFactory();
  const problems: StorageProblem[] = [];
  const db = await openSourcewiseDb({ ...options, factory, onProblem: (p) => problems.push(p) });
  return { db, factory, problems };
}

export function samplePack(id = 'alaska', questions = 2): PackInput {
  return {
    format: 'sourcewise-pack',
    version: 2,
    id,
    title: `Pack ${id}`,
    questions: Array.from({ length: questions }, (_, i) => ({
      id: `${id}-q${i}`,
      type: 'fact-opinion' as const,
      prompt: 'Fact or opinion?',
      skill: 'fact-opinion',
      statement: `Statement ${i}`,
      answer: 'fact' as const
    }))
  };
}

/** A right true/false answer to `questionId` of an own pack "mine", at `at` (epoch ms). */
export function sampleAnswer(questionId = 'q', at = 1_000): Omit<AttemptRecord, 'id'> {
  return {
    scope: 'pack:mine',
    questionId,
    packId: 'mine',
    skill: 'general',
    type: 'true-false',
    correct: true,
    score: 1,
    response: { type: 'true-false', value: true },
    at,
    durationMs: 1_000
  };
}

/** Mastery figures to 12 decimals: the progress tallies add the same terms in another order than the log does. */
export const roundedMastery = (skills: { mastery: number }[]) =>
  skills.map((s) => ({ ...s, mastery: Number(s.mastery.toFixed(12)) }));

/**
 * The teacher's quizzes and their collected results in IndexedDB (one `classes` record per quiz), apart from the
 * student's storage (classroom-db.svelte.ts) so that the results code stays out of the student's page.
 */
import { readCollection, type ResultCollection } from '$lib/domain/classroom/results';
import type { StorageState } from './storage.svelte';

/** Saves one quiz with its results. */
export async function saveCollection(
  storage: StorageState,
  collection: ResultCollection,
  now: Date
): Promise<void> {
  const { api, db } = await storage.connect();
  const { quizId } = collection.quiz;
  await api.saveClassResult(db, { id: quizId, quizId, payload: collection, receivedAt: now.getTime() });
}

export async function loadCollections(
  storage: StorageState
): Promise<{ collections: ResultCollection[]; problems: string[] }> {
  const { api, db } = await storage.connect();
  const records = await api.listClassResults(db);
  const collections: ResultCollection[] = [];
  const problems: string[] = [];
  for (const record of records) {
    const read = readCollection(record.payload);
    if (read.ok) collections.push(read.collection);
    else problems.push(`Quiz ${record.quizId}: ${read.message}`);
  }
  collections.sort((a, b) => b.quiz.createdAt - a.quiz.createdAt);
  return { collections, problems };
}

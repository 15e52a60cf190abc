/**
 * The question generator: articles in, a validated pack out. Framework-free, so the CLI, the tests and a browser
 * Web Worker (a teacher's pasted article, via `articleFromText`) all run the same code.
 *
 *   generatePack(articles, { id, title, seed, related?, minConfidence?, types?, analyzers?, onProgress? }): Pack
 *   generateDrafts(articles, options): { pack, why }   (why each question was made, for the teacher's review)
 *   groupStories(articles, peopleOf): Article[][]   (which articles may lend each other people, figures, findings)
 */
export {
  DEFAULT_MIN_CONFIDENCE,
  GENERATOR_NAME,
  GenerateError,
  generateDrafts,
  generatePack,
  type GeneratedDrafts,
  type GenerateOptions
} from './pack';
export { cachedAnalyzers, defaultAnalyzers } from './analyzers';
export { groupStories, type StoryOptions } from './stories';
export type { Analyzers, ProgressEvent } from './types';

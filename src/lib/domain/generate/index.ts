/**
 * The question generator: articles in, a validated pack out. Framework-free, so the CLI, the tests and a browser
 * Web Worker (a teacher's pasted article, via `articleFromText`) all run the same code.
 *
 *   generatePack(articles, { id, title, seed, related?, minConfidence?, types?, analyzers?, onProgress? }): Pack
 */
export {
  DEFAULT_MIN_CONFIDENCE,
  GENERATOR_NAME,
  GenerateError,
  generatePack,
  type GenerateOptions
} from './pack';
export { cachedAnalyzers, defaultAnalyzers } from './analyzers';
export type { Analyzers, ProgressEvent } from './types';

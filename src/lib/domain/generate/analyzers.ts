/** The real analysis steps, wired for the generator (tests may pass hand-made ones instead). */
import {
  type Classification,
  classifySentence,
  extractQuotes,
  findChecks,
  findPeople,
  extractValues,
  isClearCut,
  mayBeClearCut
} from '../analysis';
import { hash53 } from '../hash';
import type { Analyzers } from './types';

export const defaultAnalyzers: Analyzers = {
  extractQuotes,
  findPeople,
  classifySentence,
  findChecks,
  isClearCut: (sentence, result) => isClearCut(sentence, result as Classification),
  mayBeClearCut
};

/**
 * The same analysis steps, remembering their results, for callers that build several packs from one story (the
 * CLI builds a corpus pack and one pack per article, each reading the whole story).
 */
export function cachedAnalyzers(base: Analyzers = defaultAnalyzers): Analyzers {
  const memo = <R>(run: (text: string) => R) => {
    const seen = new Map<string, R>();
    return (text: string) => {
      if (!seen.has(text)) seen.set(text, run(text));
      return seen.get(text)!;
    };
  };
  const checks = new Map<number, ReturnType<Analyzers['findChecks']>>();
  return {
    extractQuotes: memo((text) => base.extractQuotes(text)),
    findPeople: memo((text) => base.findPeople(text)),
    classifySentence: memo((text) => base.classifySentence(text)),
    isClearCut: base.isClearCut?.bind(base),
    mayBeClearCut: base.mayBeClearCut?.bind(base),
    // Every pack of a story reads the figures of all its sentences (holds-up pairs them across articles).
    figures: memo((text) => (base.figures ? base.figures(text) : extractValues(text))),
    findChecks: (docs) => {
      const key = hash53(docs.map((d) => `${d.file}\u241f${d.text}`).join('\u241e'));
      if (!checks.has(key)) checks.set(key, base.findChecks(docs));
      return checks.get(key)!;
    }
  };
}

/** Hand-made analysis results, so the builders can be tested on their own (used by tests only). */
import type { Article } from '../corpus/article';
import type { Analyzers, FindingLike, QuoteLike } from './types';

/** Analysis results written by hand, so the builders can be tested on their own. */
export function fakeAnalyzers(article: Article, quotes: QuoteLike[], findings: FindingLike[]): Analyzers {
  return {
    extractQuotes: (text) => (text === article.text ? quotes : []),
    findPeople: () => [{ name: 'Donald Trump' }, { name: 'Vladimir Putin' }, { name: 'Ines Pohl' }],
    classifySentence: () => ({ label: 'unsure', confidence: 0.5, cues: [] }),
    findChecks: () => findings
  };
}

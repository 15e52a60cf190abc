/** What attribution reads about one quote: the quote, its neighbours, its paragraph and sentence, and the names around it. */
import type { Discourse } from './context';
import type { PeopleIndex } from './people';
import type { Attribution, MarkedSpan, Mention, ParagraphSpan, Sentence } from './types';

export interface AttributionInput {
  text: string;
  span: MarkedSpan;
  index: number;
  previous: MarkedSpan | null;
  next: MarkedSpan | null;
  paragraph: ParagraphSpan;
  paragraphs: ParagraphSpan[];
  sentence: Sentence;
  sentences: Sentence[];
  mentions: Mention[];
  people: PeopleIndex;
  discourse: Discourse;
  earlier: Attribution[];
  spansByParagraph: MarkedSpan[][];
  /** The paragraph is a headline (isHeadline), worked out once per paragraph rather than once per quote. */
  headline: boolean;
}

// Quotes: finds direct quotations in a news text, who said them and the people it names; imports text/ and corpus/.
export { extractQuotes, type Quote } from './extract';
export { findPeople } from './people';
export { PLACE_WORDS } from './lexicon';
export type { Person } from './types';

// Text: characters, word runs and word tokens of running text, shared by every analysis room; imports nothing.
export {
  digitAt,
  isSpaceAt,
  letterAt,
  letterOrDigitAt,
  moreWordsThan,
  wordRunEnd,
  wordStarts
} from './chars';
export { straightApostrophes, tokenize, type Token } from './tokens';
export { wordCount, words, wordSpans, type WordOptions } from './words';

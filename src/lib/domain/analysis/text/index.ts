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
export { straightApostrophes, tokenize, wordSpans, type Token } from './tokens';

/** Quiz ids, seeds and attempt nonces come from the platform's cryptographic generator, not Math.random. */
export function cryptoRandom(): number {
  const word = new Uint32Array(1);
  crypto.getRandomValues(word);
  return word[0] / 2 ** 32;
}

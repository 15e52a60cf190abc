/**
 * What the evidence of a check finding says about a claim: that it is wrong ("contradicted"), or only that nobody has
 * shown it to be right ("unsupported"). A report that "no independent confirmation was provided" does not make the
 * claim false, and a key that says it does teaches the wrong lesson.
 */
export type Verdict = 'contradicted' | 'unsupported';

/** Wordings that withhold confirmation without saying the opposite is true. */
const UNCONFIRMED =
  /\b(?:no (?:independent |public )?(?:confirmation|evidence|proof|corroboration)|(?:not|never) (?:yet )?(?:been )?(?:independently )?(?:confirmed|verified|substantiated|corroborated)|could not (?:be )?(?:independently )?(?:confirm|verify|verified|confirmed|corroborate)\w*|unable to (?:independently )?(?:confirm|verify)|unconfirmed|unverified|unsubstantiated|without (?:providing |offering |citing |giving )?(?:any )?(?:evidence|proof)|did not (?:provide|offer|give|cite) (?:any )?(?:evidence|proof|details))\b/i;

/** Wordings that set a fact against the claim: with one of these the claim is contradicted, not merely unconfirmed. */
const CONTRADICTING =
  /\b(?:in fact|actually|in reality|false(?:ly)?|untrue|not true|incorrect(?:ly)?|inaccurate|wrong(?:ly)?|contrary to|debunked|refuted|(?:concluded|found|shows?|showed) that)\b/i;

/**
 * "contradicted" when the evidence states something that cannot be true together with the claim; "unsupported" when
 * the evidence (or the claim's own sentence: "he said, without evidence, …") only says the claim is not confirmed.
 */
export function verdictOf(claim: string, evidence: string): Verdict {
  if (CONTRADICTING.test(evidence)) return 'contradicted';
  if (UNCONFIRMED.test(evidence) || UNCONFIRMED.test(claim)) return 'unsupported';
  return 'contradicted';
}

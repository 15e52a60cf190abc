/**
 * Student names as the teacher's table compares them. Two codes belong to the same name when their names match after
 * Unicode normalisation (NFKC), with invisible characters (zero-width spaces and joiners, format marks) removed and
 * case folded, and with letters that look alike across scripts (Cyrillic "а", Greek "ο"…) read as the Latin letter
 * they imitate. A name that mixes scripts or hides invisible characters is flagged, never silently merged or kept.
 */

/** Invisible format characters (zero-width space, joiners, BOM, bidi marks…): Unicode category Cf. */
const INVISIBLE = /\p{Cf}/gu;

/** NFKC, invisible characters removed, spacing collapsed, case folded: "Anna" = "ANNA" = "An\u200Bna" = "Ａｎｎａ". */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .trim()
    .toUpperCase()
    .toLowerCase();
}

/**
 * Lower-case Cyrillic and Greek letters that a Latin name can be imitated with (after case folding), and the Latin
 * letter each passes for. A short list of the common ones (Unicode's confusables.txt holds thousands).
 */
const LOOK_ALIKES = new Map(
  [...'авеёһіїјкмнорстухѕԁԛԝӏαβεηικμνορτυχω'].map((ch, i) => [ch, 'abeehiijkmhopctyxsdqwlabenikuvoptuxw'[i]])
);

/** The key two codes are grouped by: the normalised name with look-alike letters read as Latin. */
export function nameKey(name: string): string {
  return [...normalizeName(name)].map((ch) => LOOK_ALIKES.get(ch) ?? ch).join('');
}

const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Cherokee'] as const;
const SCRIPT_TESTS = SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')] as const);

/** Why a name deserves a second look (mixed scripts, invisible characters), or null for an ordinary name. */
export function nameWarning(name: string): string | null {
  const scripts = SCRIPT_TESTS.filter(([, test]) =>
    [...name].some((ch) => /\p{L}/u.test(ch) && test.test(ch))
  );
  const reasons: string[] = [];
  if (scripts.length > 1)
    reasons.push(`mixes ${scripts.map(([script]) => script).join(' and ')} letters that can look alike`);
  if (name.normalize('NFKC').match(INVISIBLE)) reasons.push('contains invisible characters');
  return reasons.length ? `This name ${reasons.join(' and ')}.` : null;
}

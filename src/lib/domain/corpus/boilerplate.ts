/**
 * Web-page chrome that scraped or pasted articles carry along: video placeholders, share buttons, newsletter and
 * social prompts, photo credits, bylines, links to other stories, time stamps. Such lines are never article text, so
 * the generator skips them (and says which it skipped).
 */
const CHROME_LINES: RegExp[] = [
  /^to view this video please enable javascript/i,
  /^(browser that|supports html5|video)$/i,
  /^share( this)?( article)?( via)?:?$/i,
  /^(facebook|twitter|linkedin|whatsapp|email|more|x|copy link)(\s+(facebook|twitter|linkedin|whatsapp|email|more|x|copy link))*$/i,
  /^you may also like$/i,
  /^leave a comment$/i,
  /^(related|read more|recommended|advertisement|skip to content|sign up|subscribe( now)?)[:.]?$/i,
  /^notification icon$/i,
  /^listen to this article$/i,
  /^explore news$/i,
  /^videos by \S+$/i,
  /^don't miss the most important news/i,
  /^get in touch with our news team/i,
  /^for more stories like this, check our news page\.?$/i,
  /^(sign up|subscribe) (to|for) (our|the) .*newsletter/i,
  /^this blog is now closed\.?$/i,
  /^first published:/i,
  /^(image|photo|video) (credit|source|caption):/i,
  /^[-–—•·|]+$/,
  // Credits: "Photo: Jane Doe", "(Photo by Jane Doe/Agency)", "Image courtesy of …", "Credit: …", "© Agency 2024".
  /^\(?(?:photos?|images?|pictures?|illustrations?|graphics?|videos?|footage)\s*(?:by|courtesy|credit|source|:)/i,
  /^\(?credits?\s*:/i,
  /^©/,
  // Links to other stories and prompts: "Related: …", "Read more: …", "Follow us on …", "Click here to …".
  /^(?:related(?: stories| articles| coverage| content)?|read more|see also|more on this|also read|watch|listen)\s*:/i,
  /^(?:follow us|like us|join us|click here|tap here|download our app|sign up|subscribe)\b/i,
  // Time stamps of the page: "Updated 3:14 PM", "Last updated: …", "Published 12 May 2024", "Date created : …".
  /^(?:date\s+created|latest\s+update)\s*:\s*[\d\p{L}][\s\d:,./\p{L}-]{0,40}$/iu,
  /^(?:last\s+)?(?:updated|published|posted)(?:\s+on)?\s*:?\s*(?=[^\d]{0,20}\d)[\d\p{L}]{1,12}[\s\d:,./\p{L}-]{0,40}$/iu
];

/** All of CHROME_LINES as one pattern (each is anchored at the start): one regex call per line, not one each. */
const CHROME_LINE = new RegExp(CHROME_LINES.map((pattern) => `(?:${pattern.source})`).join('|'), 'iu');

/**
 * Chrome known by how a line ends, with the word it must end in (a full stop aside). These patterns are not
 * anchored at the start, so each would search the whole line: a line of article text rarely ends in the word.
 */
const CHROME_ENDINGS: [string, RegExp][] = [
  ['search', /icon\s*search$/i],
  ['channel', /get them on our telegram channel\.?$/i]
];

/**
 * A byline: "By Jane Doe", "By Jane Doe and John Roe, Staff Writers": names only, capitalised (case matters here,
 * so it is not part of the case-blind pattern above: "By Friday, talks had stalled" is a sentence).
 */
const BYLINE =
  /^[Bb]y\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})*(?:,\s*\p{Lu}[^.!?]{0,40})?$/u;

/**
 * A wire credit closing a report: "(FRANCE 24 with AFP, REUTERS)", "(AP)": upper-case names in parentheses (case
 * matters, as for bylines: "(with help from friends)" is text).
 */
const WIRE_CREDIT =
  /^\((?=[^)]*\p{Lu}{2})[\p{Lu}\d][\p{Lu}\d\s,&/.'’-]*(?:\s+with\s+[\p{Lu}\d][\p{Lu}\d\s,&/.'’-]*)?\)$/u;

/** True when a trimmed line is page furniture rather than article text. */
export function isChromeLine(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed) return false;
  return (
    CHROME_LINE.test(trimmed) ||
    (trimmed.length <= 100 && (BYLINE.test(trimmed) || WIRE_CREDIT.test(trimmed))) ||
    CHROME_ENDINGS.some(([word, pattern]) => endsWithWord(trimmed, word) && pattern.test(trimmed))
  );
}

/** The line ends in the lower-case ASCII word, in any case, perhaps followed by a full stop. */
function endsWithWord(line: string, word: string): boolean {
  const end = line.endsWith('.') ? line.length - 1 : line.length;
  if (end < word.length) return false;
  for (let k = 0; k < word.length; k++)
    if ((line.charCodeAt(end - word.length + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

/** The lines of a text that are page furniture, as the generator leaves them out (for telling the teacher). */
export function chromeLines(text: string): string[] {
  return text
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter(isChromeLine);
}

/**
 * Web-page chrome that scraped or pasted articles carry along: video placeholders, share buttons,
 * newsletter prompts. Such lines are never article text, so the generator skips them.
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
  /^[-–—•·|]+$/
];

/** All of CHROME_LINES as one pattern (each is anchored at the start): one regex call per line instead of 19. */
const CHROME_LINE = new RegExp(CHROME_LINES.map((pattern) => `(?:${pattern.source})`).join('|'), 'i');

/**
 * Chrome known by how a line ends, with the word it must end in (a full stop aside). These patterns are not
 * anchored at the start, so each would search the whole line: a line of article text rarely ends in the word.
 */
const CHROME_ENDINGS: [string, RegExp][] = [
  ['search', /icon\s*search$/i],
  ['channel', /get them on our telegram channel\.?$/i]
];

/** True when a trimmed line is page furniture rather than article text. */
export function isChromeLine(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed) return false;
  return (
    CHROME_LINE.test(trimmed) ||
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

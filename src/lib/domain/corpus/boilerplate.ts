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
  /icon\s*search$/i,
  /^listen to this article$/i,
  /^explore news$/i,
  /^videos by \S+$/i,
  /^don't miss the most important news/i,
  /get them on our telegram channel\.?$/i,
  /^get in touch with our news team/i,
  /^for more stories like this, check our news page\.?$/i,
  /^(sign up|subscribe) (to|for) (our|the) .*newsletter/i,
  /^this blog is now closed\.?$/i,
  /^first published:/i,
  /^(image|photo|video) (credit|source|caption):/i,
  /^[-–—•·|]+$/
];

/** True when a trimmed line is page furniture rather than article text. */
export function isChromeLine(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed) return false;
  return CHROME_LINES.some((pattern) => pattern.test(trimmed));
}

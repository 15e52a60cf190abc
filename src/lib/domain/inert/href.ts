/**
 * Links to addresses strangers wrote (a pack source's `url`). Only `http:` and `https:` become links: `javascript:`,
 * `data:`, `vbscript:`, `file:` and anything else stay text, whatever the Content Security Policy would do on click.
 */
const WEB_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

/**
 * The address to put in an `href`, or undefined when it must not be a link. The address is parsed and the parser's
 * own form returned, so what the browser follows is what was checked (no tab, newline or case trick in the scheme).
 */
export function safeHref(url: string | undefined | null): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return WEB_PROTOCOLS.has(parsed.protocol) ? parsed.href : undefined;
}

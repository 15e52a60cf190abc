/**
 * Share links: a small pack travels in the URL fragment (`#pack=1.<data>`), deflated and base64url-encoded. The
 * fragment never reaches a server. Opening a link goes through the same checks as importing a JSON file.
 */
import { deflateSync, strFromU8, strToU8 } from 'fflate';
import { fromBase64Url, inflateCapped, InflateLimitError, toBase64Url } from '../encoding';
import { formatBytes, INPUT_LIMITS, overLimit } from '../limits';
import { issue } from '../packs/errors';
import { readJsonPack, type JsonRead } from './json/read';
import type { Pack } from '../packs/schema';

export const SHARE_KEY = 'pack';
/** Codec version in the fragment, so the encoding can change without breaking old links. */
const CODEC = '1';
/**
 * Longest fragment a link may carry. Browsers take far more, but chat apps, QR codes and mail clients mangle long
 * links; beyond this the pack is shared as a file.
 */
export const MAX_SHARE_CHARS = 8000;

export type ShareLink =
  | { ok: true; url: string; length: number }
  | { ok: false; reason: 'too-large'; length: number; limit: number; message: string };

/** The fragment (without `#`) that carries a pack. */
export function encodePackFragment(pack: Pack): string {
  return `${SHARE_KEY}=${CODEC}.${toBase64Url(deflateSync(strToU8(JSON.stringify(pack)), { level: 9 }))}`;
}

/** A link to `baseUrl` carrying the pack, or why it cannot be one. */
export function shareLink(pack: Pack, baseUrl: string, limit = MAX_SHARE_CHARS): ShareLink {
  const fragment = encodePackFragment(pack);
  if (fragment.length > limit)
    return {
      ok: false,
      reason: 'too-large',
      length: fragment.length,
      limit,
      message: `This pack is too large for a link (${fragment.length.toLocaleString('en')} characters; a link holds ${limit.toLocaleString('en')}). Share it as a file instead.`
    };
  const url = `${baseUrl.replace(/#.*$/, '')}#${fragment}`;
  return { ok: true, url, length: fragment.length };
}

/** True when a location hash carries a shared pack. */
export function hasSharedPack(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(`${SHARE_KEY}=`);
}

const broken = (message: string): JsonRead => ({ ok: false, problems: [issue({ field: 'link' }, message)] });

/** Reads the pack from a location hash (`#pack=1.…`), with the checks of a JSON import. */
export function readPackFragment(hash: string): JsonRead {
  const fragment = hash.replace(/^#/, '');
  if (!hasSharedPack(fragment)) return broken('the link carries no pack');
  const value = fragment.slice(SHARE_KEY.length + 1);
  const dot = value.indexOf('.');
  if (dot < 0 || value.slice(0, dot) !== CODEC)
    return broken(
      `the link was made by a newer version of Sourcewise (format "${value.slice(0, Math.max(dot, 0))}")`
    );
  const data = value.slice(dot + 1);
  const { chars, inflatedBytes } = INPUT_LIMITS.shareLink;
  if (data.length > chars)
    return broken(`the link is not one Sourcewise makes: ${overLimit('it', chars, data.length, 'chars')}`);
  if (!/^[A-Za-z0-9_-]+$/.test(data))
    return broken('the link is damaged: it holds characters a pack link never has (was it cut or changed?)');
  let text: string;
  try {
    // Counted while it inflates: a few KB that would unpack to gigabytes stop at the limit.
    text = strFromU8(inflateCapped(fromBase64Url(data), inflatedBytes));
  } catch (error) {
    if (error instanceof InflateLimitError)
      return broken(
        `the link unpacks to more than ${formatBytes(inflatedBytes)}, the limit for a share link (a real one is far smaller)`
      );
    return broken('the link is damaged: it cannot be unpacked (was it cut short?)');
  }
  return readJsonPack(text);
}

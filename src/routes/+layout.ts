import { parsePackIndex, type PackIndexEntry } from '$lib/state/pack-index';
import type { LayoutLoad } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/**
 * The built-in pack index, read once for every screen. At build time it is inlined into each prerendered page
 * (no request, no layout shift); in the browser it comes from the service worker's precache.
 */
export const load: LayoutLoad = async ({ fetch }) => {
  try {
    const response = await fetch('/packs/index.json');
    if (!response.ok) return { packIndex: [] as PackIndexEntry[], packIndexError: `HTTP ${response.status}` };
    const parsed = parsePackIndex(await response.json());
    return parsed.ok
      ? { packIndex: parsed.packs, packIndexError: null }
      : { packIndex: [] as PackIndexEntry[], packIndexError: parsed.problem };
  } catch (error) {
    return { packIndex: [] as PackIndexEntry[], packIndexError: (error as Error).message };
  }
};

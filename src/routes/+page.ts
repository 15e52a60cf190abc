import { parsePackIndex, type PackIndexEntry } from '$lib/domain/packs/pack-index';
import type { PageLoad } from './$types';

/**
 * The built-in pack index for the home screen. At build time it is inlined into the prerendered page (no request,
 * no layout shift); in the browser it comes from the service worker's precache. Other screens fetch it when needed.
 */
export const load: PageLoad = async ({ fetch }) => {
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

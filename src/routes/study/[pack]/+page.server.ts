import { builtInIndex } from '../../built-in-packs.server';
import type { EntryGenerator } from './$types';

/** One prerendered page per built-in pack; imported packs are rendered by the SPA fallback. */
export const entries: EntryGenerator = () => builtInIndex().map((p) => ({ pack: p.id }));

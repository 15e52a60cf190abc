import { builtInSourceIds } from '../../built-in-packs.server';
import type { EntryGenerator } from './$types';

/** One prerendered page per article of the built-in packs, so "Read it in the article" works offline. */
export const entries: EntryGenerator = () => builtInSourceIds().map((id) => ({ id }));

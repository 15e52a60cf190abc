/** A pack as JSON: the schema itself, so it holds everything and warns of nothing. */
import type { Pack } from '../../packs/schema';
import type { Written } from '../types';

export function write(pack: Pack): Written {
  return { data: `${JSON.stringify(pack, null, 2)}\n`, warnings: [] };
}

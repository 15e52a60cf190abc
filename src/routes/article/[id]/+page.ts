import type { PageLoad } from './$types';

export const load: PageLoad = ({ params }) => ({ sourceId: params.id });

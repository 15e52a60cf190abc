import type { PageLoad } from './$types';

export const load: PageLoad = ({ params }) => ({ packId: params.pack });

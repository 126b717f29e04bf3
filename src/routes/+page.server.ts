import { mapPageData } from '$lib/server/map-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => mapPageData(url);

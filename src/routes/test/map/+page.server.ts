import { mapPageData } from '$lib/server/map-page';
import type { PageServerLoad } from './$types';

/** The map page's data, for the same page with the test hook. */
export const load: PageServerLoad = ({ url }) => mapPageData(url);

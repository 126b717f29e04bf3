import { syntheticCount } from '$lib/map/synthetic';
import { stateFromParams } from '$lib/map/url';
import type { PageServerLoad } from './$types';

/** The benchmark page (`/bench?n=100000`): N SYNTHETIC projects, served by /bench/data. */
export const load: PageServerLoad = async ({ url }) => ({
	n: syntheticCount(url.searchParams),
	dataVersion: 'synthetic',
	initial: stateFromParams(url.searchParams)
});

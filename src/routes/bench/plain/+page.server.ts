import { allCityPoints } from '$lib/map/labels.server';
import { stateFromParams } from '$lib/map/url';
import type { PageServerLoad } from './$types';

/** The plain MapLibre page the benchmark compares with (`/bench/plain?n=100000`). */
export const load: PageServerLoad = async ({ url }) => {
	const n = Math.min(Math.max(Number(url.searchParams.get('n') ?? 10000) || 10000, 1), 1_000_000);
	return { n, cityPoints: allCityPoints(), initial: stateFromParams(url.searchParams) };
};

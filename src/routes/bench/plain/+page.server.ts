import { syntheticCount } from '$lib/map/synthetic';
import type { PageServerLoad } from './$types';

/** The plain MapLibre page the benchmark compares with (`/bench/plain?n=100000`). */
export const load: PageServerLoad = async ({ url }) => ({ n: syntheticCount(url.searchParams) });

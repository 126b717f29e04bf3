import { mapSummary } from '$lib/server/map-data';
import { appStore } from '$lib/server/pipeline';
import { readSnapshot } from '$lib/server/snapshot';
import { stateFromParams } from '$lib/map/url';
import type { PageServerLoad } from './$types';

/**
 * Small metadata only: the items come from GET /api/map-data (format in $lib/map/wire), so the
 * page's HTML stays the same size however many items are stored.
 */
export const load: PageServerLoad = async ({ url }) => {
	const store = await appStore();
	const summary = mapSummary(await readSnapshot(store));
	return {
		reports: store.reports().map((r) => ({ id: r.id, week: r.week, title: r.title, itemCount: r.itemCount })),
		weeks: summary.weeks,
		itemCount: summary.itemCount,
		located: summary.located,
		sectors: summary.sectors,
		dataVersion: summary.version,
		initial: stateFromParams(url.searchParams),
		debug: url.searchParams.get('debug') === 'map'
	};
};

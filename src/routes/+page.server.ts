import { appStore } from '$lib/server/pipeline';
import { stateFromParams } from '$lib/map/url';
import type { PageServerLoad } from './$types';

/**
 * Small metadata only: the items come from GET /api/map-data (format in $lib/map/wire), so the
 * page's HTML stays the same size however many items are stored.
 */
export const load: PageServerLoad = async ({ url }) => {
	const store = await appStore();
	const reports = store.reports();
	return {
		reports: reports.map((r) => ({ id: r.id, week: r.week, title: r.title, itemCount: r.itemCount })),
		weeks: [...new Set(reports.map((r) => r.week))].sort(),
		itemCount: reports.reduce((n, r) => n + r.itemCount, 0),
		dataVersion: store.version(),
		initial: stateFromParams(url.searchParams),
		debug: url.searchParams.get('debug') === 'map'
	};
};

import { appStore } from '$lib/server/pipeline';
import { groupByCity } from '$lib/map/grouping';
import { labelPoints } from '$lib/map/labels.server';
import { stateFromParams } from '$lib/map/url';
import { toMapItem } from '$lib/map/types';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const store = await appStore();
	const items = store.items().map(toMapItem);
	return {
		reports: store.reports().map((r) => ({ id: r.id, week: r.week, title: r.title, itemCount: r.itemCount })),
		items,
		labelPoints: labelPoints(groupByCity(items).keys()),
		initial: stateFromParams(url.searchParams),
		debug: url.searchParams.get('debug') === 'map'
	};
};

import { compareWeeks, defaultRanges, rangeFromParam, weekSlots } from '$lib/compare';
import { describeFilters, filtersFromParams } from '$lib/filters';
import { langFromParam, SECTION_LABELS } from '$lib/i18n';
import { appStore } from '$lib/server/pipeline';
import type { PageServerLoad } from './$types';

/**
 * This week against another under the map's URL filters: `week` is the current week or range (the
 * latest stored week when absent), `vs` the one compared with (the stored weeks just before).
 */
export const load: PageServerLoad = async ({ url }) => {
	const store = await appStore();
	const weeks = [...new Set(store.reports().map((r) => r.week))].sort();
	const filters = filtersFromParams(url.searchParams);
	const lang = langFromParam(url.searchParams.get('lang'));
	const ranges = defaultRanges(weeks, filters, rangeFromParam(url.searchParams.get('vs')));
	return {
		weeks,
		slots: weekSlots(weeks),
		comparison: ranges ? compareWeeks(store.items(), filters, ranges.current, ranges.baseline) : null,
		filterText: describeFilters({ ...filters, weekFrom: null, weekTo: null }, SECTION_LABELS[lang]),
		lang
	};
};

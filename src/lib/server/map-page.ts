/**
 * The map page's data, for `/` and for the same page with the test hook (`/test/map`): small
 * metadata only. The items come from GET /api/map-data (format in $lib/map/wire), so the page's
 * HTML stays the same size however many items are stored.
 */
import { stateFromParams } from '../map/url';
import { mapSummary } from './map-data';
import { appStore } from './pipeline';
import { readSnapshot } from './snapshot';

export async function mapPageData(url: URL) {
	const store = await appStore();
	const summary = mapSummary(await readSnapshot(store));
	return {
		reports: store.reports().map((r) => ({ id: r.id, week: r.week, title: r.title, itemCount: r.itemCount })),
		weeks: summary.weeks,
		itemCount: summary.itemCount,
		located: summary.located,
		sectors: summary.sectors,
		dataVersion: summary.version,
		initial: stateFromParams(url.searchParams)
	};
}

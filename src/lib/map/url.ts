/**
 * The page's URL state beyond the filters (which $lib/filters reads and writes):
 * `city` (a city group key), `view=lon,lat,zoom`, `lang`, `layer=regions` (the region view
 * instead of the points) and `metric=count` (regions coloured by how many projects, not by the
 * amount). Unknown parameters are kept.
 */
import { filtersFromParams, filtersToParams, type Filters } from '../filters';
import { langFromParam, type Lang } from '../i18n';
import type { RegionMetric } from './choropleth';

export interface View {
	lon: number;
	lat: number;
	zoom: number;
}

/** What the map draws: a marker per project, or the totals of provinces and prefectures. */
export type MapMode = 'points' | 'regions';

export interface PageState {
	filters: Filters;
	city: string | null;
	view: View | null;
	lang: Lang;
	mode: MapMode;
	metric: RegionMetric;
}

/** China in a 1280-wide window. */
export const DEFAULT_VIEW: View = { lon: 104.5, lat: 35.5, zoom: 3.4 };

export function viewFromParam(value: string | null): View | null {
	if (!value) return null;
	const parts = value.split(',').map(Number);
	if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
	const [lon, lat, zoom] = parts;
	if (lon < -180 || lon > 180 || lat < -85 || lat > 85 || zoom < 0 || zoom > 22) return null;
	return { lon, lat, zoom };
}

export function viewToParam(view: View): string {
	return `${view.lon.toFixed(4)},${view.lat.toFixed(4)},${view.zoom.toFixed(2)}`;
}

export function stateFromParams(params: URLSearchParams): PageState {
	const city = params.get('city');
	return {
		filters: filtersFromParams(params),
		city: city && /^\d{6}$/.test(city) ? city : null,
		view: viewFromParam(params.get('view')),
		lang: langFromParam(params.get('lang')),
		mode: params.get('layer') === 'regions' ? 'regions' : 'points',
		metric: params.get('metric') === 'count' ? 'count' : 'amount'
	};
}

/** Writes the state into (a copy of) params; the inverse of stateFromParams. */
export function stateToParams(
	state: PageState,
	params: URLSearchParams = new URLSearchParams()
): URLSearchParams {
	const out = filtersToParams(state.filters, new URLSearchParams(params));
	for (const key of ['city', 'view', 'lang', 'layer', 'metric']) out.delete(key);
	if (state.city) out.set('city', state.city);
	if (state.view) out.set('view', viewToParam(state.view));
	if (state.lang !== 'zh') out.set('lang', state.lang);
	if (state.mode === 'regions') out.set('layer', 'regions');
	if (state.metric === 'count') out.set('metric', 'count');
	return out;
}

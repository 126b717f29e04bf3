/**
 * What a report-ready snapshot frames and labels: the box around the projects it shows (or the
 * whole of China when they spread over most of it), and the cities with the largest totals.
 * The screen size keeps the view as shown; the fixed sizes frame the data. Pure.
 */
import type { Location } from '../gazetteer/types';
import { groupByCity } from '../map/grouping';

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

/** Mainland China, Hainan and the islands of the South China Sea's north (the basemap's inset shows the rest). */
export const CHINA_BOUNDS: Bounds = [73.5, 17.5, 135.1, 53.6];

/** Narrowest span framed, degrees: a single city is shown with its surroundings, not its streets. */
const MIN_SPAN = 6;
/** Beyond this share of China's width or height, the frame is China itself. */
const CHINA_SHARE = 0.6;

interface Located {
	location: Pick<Location, 'lon' | 'lat'> | null;
}

/** The frame of the located items: padded, never narrower than MIN_SPAN, China when they spread wide. */
export function dataBounds(items: readonly Located[]): Bounds {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const { location } of items) {
		if (!location) continue;
		w = Math.min(w, location.lon);
		e = Math.max(e, location.lon);
		s = Math.min(s, location.lat);
		n = Math.max(n, location.lat);
	}
	if (w === Infinity) return CHINA_BOUNDS;
	const [cw, cs, ce, cn] = CHINA_BOUNDS;
	if (e - w > (ce - cw) * CHINA_SHARE || n - s > (cn - cs) * CHINA_SHARE) return CHINA_BOUNDS;
	const padX = Math.max((e - w) * 0.1, (MIN_SPAN - (e - w)) / 2);
	const padY = Math.max((n - s) * 0.1, (MIN_SPAN - (n - s)) / 2);
	return [w - padX, s - padY, e + padX, n + padY];
}

export interface CityLabel {
	/** The city group key (cityKey), which the map's own city labels carry too. */
	key?: string;
	name: string;
	lon: number;
	lat: number;
	totalYi: number;
}

/** The `count` cities with the largest known totals, at their label points where known. */
export function topCities(
	items: readonly (Located & { amountYi: number | null; location: Location | null })[],
	count: number,
	labelPoints: Readonly<Record<string, [number, number]>> = {}
): CityLabel[] {
	return [...groupByCity(items).values()]
		.filter((g) => g.totalYi > 0)
		.sort((a, b) => b.totalYi - a.totalYi || a.key.localeCompare(b.key))
		.slice(0, count)
		.map((g) => {
			const [lon, lat] = labelPoints[g.key] ?? [g.lon, g.lat];
			return { key: g.key, name: g.name, lon, lat, totalYi: g.totalYi };
		});
}

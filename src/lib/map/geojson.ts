/**
 * Items → GeoJSON for the map. Only located items become features; each carries the few
 * properties the layers and the filter expression read, nothing else.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { LocationLevel } from '../gazetteer/types';
import { searchText } from '../filters';
import { cityKey, type CityGroup } from './grouping';
import type { SectorPalette } from './palette';
import { projectRadius, type RadiusScale } from './scales';
import type { WeekItem } from '../report/types';

export interface ProjectProperties {
	/** Index of the item in the page's item array (also the feature id). */
	i: number;
	/** Item id. */
	id: string;
	w: string;
	sec: string;
	/** Amount in 亿元; absent when unknown. */
	a?: number;
	/** Radius in px from the size scale. */
	r: number;
	/** Fill colour (sector). */
	c: string;
	/** Location precision. */
	lvl: LocationLevel;
	/** City group key. */
	city: string;
	/** Lower-case search text (see searchText in $lib/filters). */
	q: string;
	[sector: `s${number}`]: string;
}

export interface ProjectCollection {
	/** The projects (items that are not events). */
	data: FeatureCollection<Point, ProjectProperties>;
	/** The events, drawn with a symbol of their own from a source of their own. */
	events: FeatureCollection<Point, ProjectProperties>;
	/** The most sectors any feature has: the filter expression checks that many. */
	maxSectors: number;
}

/** A feature's sectors, in order (`s0`, `s1`, …). */
export function sectorsOf(p: ProjectProperties): string[] {
	const out: string[] = [];
	for (let k = 0; p[`s${k}`] !== undefined; k++) out.push(p[`s${k}`]);
	return out;
}

/** A project's circle radius as the map draws it, in px to 0.1. */
export function featureRadius(scale: RadiusScale, amountYi: number | null): number {
	return Math.round(projectRadius(scale, amountYi) * 10) / 10;
}

export function projectsToGeoJSON(
	items: readonly WeekItem[],
	scale: RadiusScale,
	palette: SectorPalette
): ProjectCollection {
	const features: Feature<Point, ProjectProperties>[] = [];
	const events: Feature<Point, ProjectProperties>[] = [];
	let maxSectors = 0;
	items.forEach((item, i) => {
		const loc = item.location;
		if (!loc || !Number.isFinite(loc.lon) || !Number.isFinite(loc.lat)) return;
		const properties: ProjectProperties = {
			i,
			id: item.id,
			w: item.week,
			sec: item.section,
			r: featureRadius(scale, item.amountYi),
			c: palette.colourOf(item.sectors),
			lvl: loc.level,
			city: cityKey(loc),
			q: searchText(item)
		};
		if (item.amountYi !== null) properties.a = item.amountYi;
		item.sectors.forEach((s, k) => (properties[`s${k}`] = s));
		maxSectors = Math.max(maxSectors, item.sectors.length);
		(item.kind === 'event' ? events : features).push({
			type: 'Feature',
			id: i,
			properties,
			geometry: { type: 'Point', coordinates: [loc.lon, loc.lat] }
		});
	});
	// Largest first, so small circles are drawn on top of large ones. The order of the features sets
	// the drawing order within a tile; a layout sort key would do it across tiles too, but splits
	// the draw into one call per distinct size, and each call is costly on software renderers.
	features.sort((a, b) => b.properties.r - a.properties.r || a.properties.i - b.properties.i);
	return {
		data: { type: 'FeatureCollection', features },
		events: { type: 'FeatureCollection', features: events },
		maxSectors
	};
}

/**
 * The largest marker drawn at a city, in px: its city circle or ring (drawn `ringPad` px beyond
 * its radius), or the largest of its project circles.
 */
export function largestMarker(
	ringRadius: number,
	ringPad: number,
	amounts: readonly (number | null)[],
	scale: RadiusScale
): number {
	let largest = ringRadius > 0 ? ringRadius + ringPad : 0;
	for (const a of amounts) largest = Math.max(largest, featureRadius(scale, a));
	return largest;
}

export interface CityProperties {
	/** Index into the city list (also the feature id, for feature-state). */
	n: number;
	key: string;
	name: string;
	/** Short name for the map label (南京 for 南京市). */
	label: string;
	/**
	 * Radius in px of the largest marker at the city with every project shown (its ring, its
	 * largest project): its label sits outside it, and it keeps other labels off.
	 */
	lr: number;
	/** Total of the city's known amounts, 亿元: larger cities are labelled first. */
	t: number;
}

const NAME_SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|地区|盟|省|市)$/;

/** The name without its administrative suffix, where two characters or more remain. */
export function shortName(name: string): string {
	const short = name.replace(NAME_SUFFIX, '');
	return short.length >= 2 ? short : name;
}

/**
 * One point per city group, at the city's label point when known (seat of government),
 * else at the mean of its projects. Counts and totals change with the filters and travel
 * as feature-state, so this collection is built once.
 */
export function citiesToGeoJSON<T>(
	groups: readonly CityGroup<T>[],
	labelPoints: ReadonlyMap<string, [number, number]>,
	markerRadius: (group: CityGroup<T>) => number = () => 0
): FeatureCollection<Point, CityProperties> {
	return {
		type: 'FeatureCollection',
		features: groups.map((g, n) => ({
			type: 'Feature',
			id: n,
			properties: {
				n,
				key: g.key,
				name: g.name,
				label: shortName(g.name),
				lr: Math.round(markerRadius(g) * 10) / 10,
				t: g.totalYi
			},
			geometry: { type: 'Point', coordinates: labelPoints.get(g.key) ?? [g.lon, g.lat] }
		}))
	};
}

/** The highlight source's data: one point with its circle's radius `r` in px, or none. */
export function highlightData(
	highlight: { lon: number; lat: number; r: number } | null
): FeatureCollection<Point, { r: number }> {
	return {
		type: 'FeatureCollection',
		features: highlight
			? [
					{
						type: 'Feature',
						properties: { r: highlight.r },
						geometry: { type: 'Point', coordinates: [highlight.lon, highlight.lat] }
					}
				]
			: []
	};
}

/**
 * What the explorer shows, derived from its items and filters: the data built once per item array
 * (`explorerData`), the figures of the current filters (`explorerFigures`), the selected city, the
 * highlighted marker, the chart rows and the region view's totals. Pure: the Svelte component only holds the state and
 * renders these, and the unit tests run them in Node.
 */
import type { Filters } from '../filters';
import { formatYi, type Lang } from '../i18n';
import { choropleth, type Choropleth, type RegionLevel, type RegionMetric } from '../map/choropleth';
import { filterState, type FilterState } from '../map/expressions';
import { citiesToGeoJSON, featureRadius, largestMarker } from '../map/geojson';
import { byAmount, groupByCity, type CityGroup } from '../map/grouping';
import { OTHER_COLOUR, sectorPalette, type SectorPalette } from '../map/palette';
import { DENSE_CITY_MAX_RADIUS, projectRadius, radiusScale, type RadiusScale } from '../map/scales';
import { DENSE_THRESHOLD } from '../map/style';
import { itemColumns, summarise, type ItemColumns, type Summary } from '../map/summary';
import type { MapMode } from '../map/url';
import type { WeekItem } from '../report/types';
import {
	eventIndices,
	knownAmounts,
	minusEvents,
	tallyEvents,
	weeksWithoutEvents,
	type EventTally
} from './totals';

/** An item with its index in the explorer's item array (the map's feature id). */
export interface IndexedItem {
	index: number;
	item: WeekItem;
}

/** A city in the side panel's list, with its shown projects' figures. */
export interface CityRow {
	key: string;
	name: string;
	province: string;
	count: number;
	totalYi: number;
	/** Items among `count` that state an amount: none reads 「金额未知」, not 「0 亿元」. */
	known: number;
}

/** What the explorer derives once per item array. */
export interface ExplorerData {
	items: readonly WeekItem[];
	columns: ItemColumns;
	palette: SectorPalette;
	/** Circle sizes of projects (and of city rings on maps that are not dense). */
	scale: RadiusScale;
	/** Located items by city, in key order: the city features, by index. */
	groups: CityGroup<WeekItem>[];
	/** Index into columns.cities of each group. */
	groupColumn: number[];
	/** Dense maps size city circles on their own scale (city totals are far above single projects). */
	cityScale: RadiusScale;
	located: number;
	/** Many located projects: the country view shows one circle per city. */
	dense: boolean;
	/** The most sectors any item has (the map's filter expression checks that many). */
	maxSectors: number;
	/** Every week of the data, sorted. */
	weeks: string[];
	/** Every sector of the data, most frequent first. */
	sectors: string[];
	/** Indices of the events. */
	events: number[];
}

/** Sectors by how many items name them, most first; ties in Chinese collation order. */
export function sectorsByFrequency(items: readonly WeekItem[]): string[] {
	const counts = new Map<string, number>();
	for (const item of items) for (const s of item.sectors) counts.set(s, (counts.get(s) ?? 0) + 1);
	return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh')).map(([s]) => s);
}

function mostSectors(columns: ItemColumns): number {
	let max = 0;
	for (let i = 0; i < columns.n; i++)
		max = Math.max(max, columns.sectorStart[i + 1] - columns.sectorStart[i]);
	return max;
}

export function explorerData(items: readonly WeekItem[]): ExplorerData {
	const columns = itemColumns(items);
	const located = columns.city.reduce((n, c) => (c >= 0 ? n + 1 : n), 0);
	const groups = [...groupByCity(items).values()].sort((a, b) => a.key.localeCompare(b.key));
	const columnOf = new Map(columns.cities.map((key, k) => [key, k]));
	return {
		items,
		columns,
		palette: sectorPalette(items),
		scale: radiusScale(items.map((i) => i.amountYi)),
		groups,
		groupColumn: groups.map((g) => columnOf.get(g.key) ?? -1),
		cityScale: radiusScale(
			groups.map((g) => g.totalYi),
			DENSE_CITY_MAX_RADIUS
		),
		located,
		dense: located > DENSE_THRESHOLD,
		maxSectors: mostSectors(columns),
		weeks: [...new Set(items.map((i) => i.week))].sort(),
		sectors: sectorsByFrequency(items),
		events: eventIndices(items)
	};
}

/** Radius of a city's circle (dense maps) or ring (others; drawn 3 px further out), 0 for none. */
export function cityRadius(data: ExplorerData, count: number, totalYi: number): number {
	if (data.dense) return count >= 1 ? Math.max(data.cityScale(totalYi), 3) : 0;
	return count >= 2 ? Math.max(projectRadius(data.scale, totalYi), 6) : 0;
}

/** The city features: at their label points, with the size of their largest marker. */
export function cityFeatures(data: ExplorerData, labelPoints: Readonly<Record<string, [number, number]>>) {
	return citiesToGeoJSON(data.groups, new Map(Object.entries(labelPoints)), (g) =>
		// Non-dense rings are drawn 3 px out with a stroke; dense maps show no projects far out.
		data.dense
			? largestMarker(cityRadius(data, g.count, g.totalYi), 1, [], data.scale)
			: largestMarker(
					cityRadius(data, g.count, g.totalYi),
					4,
					g.items.map((i) => i.amountYi),
					data.scale
				)
	);
}

/** Counts and known totals of the projects shown; `known` counts those that state an amount. */
export interface ProjectTotals {
	count: number;
	totalYi: number;
	known: number;
}

/** What the explorer shows under the current filters. */
export interface ExplorerFigures {
	summary: Summary;
	/** The filters as the map's global state reads them. */
	mapFilter: FilterState;
	/** The shown events, counted apart. */
	eventTally: EventTally;
	/** True when the events are left out of the project figures (and there are some). */
	eventsOut: boolean;
	projects: ProjectTotals;
	/** Shown items that state an amount, per city column. */
	knownByCity: Uint32Array;
	weekTotals: ReadonlyMap<string, { count: number; totalYi: number }>;
	/** Per city feature: shown projects and circle radius in px (the map's feature-state). */
	cityStates: { n: number; r: number }[];
	/** Cities with shown projects, largest total first. */
	cityRows: CityRow[];
	bySector: ReadonlyMap<string, number>;
	byProvince: ReadonlyMap<string, number>;
	unlocated: IndexedItem[];
	shownEvents: IndexedItem[];
}

const indexed = (data: ExplorerData, indices: readonly number[]): IndexedItem[] =>
	indices.map((index) => ({ index, item: data.items[index] }));

export function explorerFigures(data: ExplorerData, filters: Filters): ExplorerFigures {
	const summary = summarise(data.columns, filters);
	const eventTally = tallyEvents(data.items, data.events, summary.shown);
	const eventsOut = filters.events === 'exclude' && eventTally.count > 0;
	const known = knownAmounts(data.columns, summary.shown);
	const without = (n: number) => (eventsOut ? n : 0);
	return {
		summary,
		mapFilter: filterState(filters),
		eventTally,
		eventsOut,
		projects: {
			count: summary.count - without(eventTally.count),
			totalYi: summary.totalYi - without(eventTally.amountYi),
			known: known.count - without(eventTally.known)
		},
		knownByCity: known.byCity,
		weekTotals:
			filters.events === 'exclude'
				? weeksWithoutEvents(summary.weeks, data.items, data.events, filters)
				: summary.weeks,
		cityStates: data.groupColumn.map((k) => {
			const n = k >= 0 ? summary.cityCount[k] : 0;
			return { n, r: cityRadius(data, n, k >= 0 ? summary.cityTotal[k] : 0) };
		}),
		cityRows: cityRows(data, summary, eventsOut ? eventTally : null, known.byCity),
		bySector: eventsOut ? minusEvents(summary.bySector, eventTally.bySector) : summary.bySector,
		byProvince: eventsOut ? minusEvents(summary.byProvince, eventTally.byProvince) : summary.byProvince,
		unlocated: indexed(data, summary.unlocated),
		shownEvents: indexed(data, eventTally.shown)
	};
}

/** The cities with shown projects (events left out when `events` is given), largest total first. */
function cityRows(
	data: ExplorerData,
	summary: Summary,
	events: EventTally | null,
	knownByCity: Uint32Array
): CityRow[] {
	const rows: CityRow[] = [];
	data.groups.forEach((g, n) => {
		const all = summary.cities.get(g.key);
		if (!all) return;
		const ev = events?.byCity.get(g.key);
		const k = data.groupColumn[n];
		const row = {
			key: g.key,
			name: g.name,
			province: g.province,
			count: all.count - (ev?.count ?? 0),
			totalYi: all.totalYi - (ev?.totalYi ?? 0),
			// Events left out take their amounts along: a city left with none reads 「金额未知」.
			known: (k >= 0 ? knownByCity[k] : 0) - (ev?.known ?? 0)
		};
		if (row.count > 0) rows.push(row);
	});
	// Keys are area codes: plain string order is enough, and far cheaper than a collator.
	return rows.sort((a, b) => b.totalYi - a.totalYi || b.count - a.count || (a.key < b.key ? -1 : 1));
}

/** One city's shown items, largest first, and its project figures; null for an unknown key. */
export function selectedCity(
	data: ExplorerData,
	figures: Pick<ExplorerFigures, 'summary' | 'eventsOut'>,
	key: string | null
): (CityRow & { items: IndexedItem[] }) | null {
	const n = key === null ? -1 : data.groups.findIndex((g) => g.key === key);
	if (n < 0) return null;
	const g = data.groups[n];
	const k = data.groupColumn[n];
	const { columns } = data;
	const items: IndexedItem[] = [];
	for (let i = 0; i < columns.n; i++)
		if (columns.city[i] === k && figures.summary.shown[i] === 1)
			items.push({ index: i, item: data.items[i] });
	items.sort((a, b) => byAmount(a.item, b.item));
	const counted = figures.eventsOut ? items.filter((x) => x.item.kind !== 'event') : items;
	return {
		key: g.key,
		name: g.name,
		province: g.province,
		count: counted.length,
		totalYi: counted.reduce((s, x) => s + (x.item.amountYi ?? 0), 0),
		known: counted.filter((x) => x.item.amountYi !== null).length,
		items
	};
}

/** The highlighted project's circle (where, and its radius in px), while the filters show it. */
export function highlightedMarker(
	data: ExplorerData,
	shown: Uint8Array,
	index: number | null
): { lon: number; lat: number; r: number } | null {
	if (index === null || shown[index] !== 1) return null;
	const { location, amountYi } = data.items[index];
	return location ? { lon: location.lon, lat: location.lat, r: featureRadius(data.scale, amountYi) } : null;
}

/** A bar of a summary chart. */
export interface ChartRow {
	key: string;
	label: string;
	value: number;
	valueText: string;
	colour?: string;
}

/**
 * The largest `limit` positive totals as chart bars, largest first. `describe` names a key (and
 * may colour it); the sector chart books items without a sector under ''.
 */
export function chartRows(
	totals: ReadonlyMap<string, number>,
	limit: number,
	lang: Lang,
	describe: (key: string) => { label: string; colour?: string } = (key) => ({ label: key })
): ChartRow[] {
	return [...totals.entries()]
		.filter(([, v]) => v > 0)
		.sort((a, b) => b[1] - a[1])
		.slice(0, limit)
		.map(([key, value]) => ({ key: key || '-', ...describe(key), value, valueText: formatYi(value, lang) }));
}

/** Bars of the sector chart: at most 8, a sector in its map colour, none in grey. */
export function sectorChartRows(
	bySector: ReadonlyMap<string, number>,
	lang: Lang,
	colourOf: (sector: string) => string,
	noSector: string
): ChartRow[] {
	return chartRows(bySector, 8, lang, (s) =>
		s ? { label: s, colour: colourOf(s) } : { label: noSector, colour: OTHER_COLOUR }
	);
}

/** Bars of the province chart: at most 10. */
export function provinceChartRows(byProvince: ReadonlyMap<string, number>, lang: Lang): ChartRow[] {
	return chartRows(byProvince, 10, lang);
}

/**
 * The region view's totals of the shown items at the level the map shows (events only where the
 * page's figures count them); null in the point view, where nothing is computed.
 */
export function regionView(
	data: Pick<ExplorerData, 'items'>,
	shown: ArrayLike<number>,
	filters: Pick<Filters, 'events'>,
	mode: MapMode,
	level: RegionLevel,
	metric: RegionMetric = 'amount'
): Choropleth | null {
	return mode === 'regions'
		? choropleth(data.items, shown, level, filters.events === 'include', metric)
		: null;
}

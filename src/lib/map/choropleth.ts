/**
 * The region view: totals of the projects the map shows by province, or by prefecture when
 * zoomed in, classed into a few colours. Pure; the page computes it only while the view is on.
 *
 * Regions are keyed by the division code of the basemap's polygons (provinces.json,
 * prefectures.json): a province's code ends in 0000; a prefecture's is its city group key
 * (cityKey in grouping.ts), which is also how municipalities, Hong Kong, Macau, Taiwan and the
 * county units directly under a province appear among the prefectures.
 */
import { scaleQuantile } from 'd3-scale';
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Location } from '../gazetteer/types';
import { cityKey } from './grouping';

export type RegionLevel = 'province' | 'prefecture';

/** From this zoom on the region view totals by prefecture (and loads their polygons). */
export const PREFECTURE_ZOOM = 5;

/** Most colour classes: more are hard to tell apart on a map. */
export const MAX_CLASSES = 5;

/**
 * ColorBrewer YlGnBu, sequential and safe under the common colour-vision deficiencies, for one
 * to five classes (light = small totals).
 */
export const CLASS_COLOURS: readonly (readonly string[])[] = [
	[],
	['#41b6c4'],
	['#a1dab4', '#2c7fb8'],
	['#edf8b1', '#7fcdbb', '#2c7fb8'],
	['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
	['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494']
];
/** Regions without a shown project. */
export const NO_DATA_COLOUR = '#ececea';
/** Regions with projects, none of them with a known amount: not a total of 0. */
export const UNKNOWN_COLOUR = '#bdbdb8';

/** Feature-state class of a region with projects but no known amount, and of one with none. */
export const CLASS_UNKNOWN = -2;
export const CLASS_NONE = -1;

/** Province-level units that are one polygon among the prefectures too. */
const WHOLE_AT_PREFECTURE = new Set(['11', '12', '31', '50', '71', '81', '82']);

export interface RegionItem {
	location: Pick<Location, 'adcode' | 'level'> | null;
	amountYi: number | null;
	kind?: 'project' | 'event';
}

export interface RegionTotal {
	/** Division code of the region's polygon. */
	code: string;
	/** Projects counted. */
	count: number;
	/** Of those, with a known amount. */
	known: number;
	/** Sum of the known amounts, 亿元. */
	totalYi: number;
}

/** What a region's colour shows: its projects' known investment, or how many projects it has. */
export type RegionMetric = 'amount' | 'count';

/** A region's value under a metric; null when it has projects but no known amount. */
export function regionValue(total: RegionTotal, metric: RegionMetric): number | null {
	if (metric === 'count') return total.count;
	return total.known > 0 ? total.totalYi : null;
}

export interface Choropleth {
	level: RegionLevel;
	metric: RegionMetric;
	totals: Map<string, RegionTotal>;
	/** Class thresholds, ascending: class k holds totals from breaks[k-1] (inclusive) to breaks[k]. */
	breaks: number[];
	/** One colour per class: breaks.length + 1 of them, or none when no total is known. */
	colours: readonly string[];
	/** The smallest and largest value, for the legend's open ends; null when none is known. */
	range: [number, number] | null;
	/** Counted projects this level cannot place (located only to a province, at prefecture level). */
	unplaced: number;
}

/** The region of a location at a level, or null where the location is coarser than the level. */
export function regionCode(location: Pick<Location, 'adcode' | 'level'>, level: RegionLevel): string | null {
	const code = location.adcode.padEnd(6, '0').slice(0, 6);
	if (level === 'province') return `${code.slice(0, 2)}0000`;
	const key = cityKey(location);
	return key.endsWith('0000') && !WHOLE_AT_PREFECTURE.has(key.slice(0, 2)) ? null : key;
}

/** Each item's region code per level, worked out once per item array (a filter change only sums). */
const CODES = new WeakMap<readonly RegionItem[], Partial<Record<RegionLevel, (string | null)[]>>>();

function regionCodes(items: readonly RegionItem[], level: RegionLevel): (string | null)[] {
	let cached = CODES.get(items);
	if (!cached) CODES.set(items, (cached = {}));
	return (cached[level] ??= items.map((i) => (i.location ? regionCode(i.location, level) : null)));
}

/**
 * Totals by region of the items that `shown` marks (1 at the item's index; null: all), events
 * only when `includeEvents` (as in the page's other totals). Unlocated items belong to no region.
 */
export function regionTotals(
	items: readonly RegionItem[],
	shown: ArrayLike<number> | null,
	level: RegionLevel,
	includeEvents: boolean
): { totals: Map<string, RegionTotal>; unplaced: number } {
	const totals = new Map<string, RegionTotal>();
	let unplaced = 0;
	const codes = regionCodes(items, level);
	for (let i = 0; i < items.length; i++) {
		const item = items[i];
		if ((shown && shown[i] !== 1) || !item.location) continue;
		if (item.kind === 'event' && !includeEvents) continue;
		const code = codes[i];
		if (code === null) {
			unplaced++;
			continue;
		}
		let total = totals.get(code);
		if (!total) totals.set(code, (total = { code, count: 0, known: 0, totalYi: 0 }));
		total.count++;
		if (item.amountYi !== null && Number.isFinite(item.amountYi)) {
			total.known++;
			total.totalYi += item.amountYi;
		}
	}
	return { totals, unplaced };
}

/** Two significant digits: thresholds a reader can take in (1,234 → 1,200; 0.456 → 0.46). */
function roundThreshold(value: number): number {
	return value > 0 ? Number(value.toPrecision(2)) : value;
}

/**
 * Class thresholds for the totals: their quantiles (so each colour covers about as many
 * regions), rounded to two significant digits, at most `maxClasses` classes and never more
 * than there are distinct totals. Every class holds at least one of the totals.
 */
export function classBreaks(values: readonly number[], maxClasses = MAX_CLASSES): number[] {
	const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
	const distinct = new Set(sorted).size;
	const classes = Math.min(maxClasses, distinct);
	if (classes < 2) return [];
	const quantiles = scaleQuantile<number>()
		.domain(sorted)
		.range([...Array(classes).keys()])
		.quantiles();
	const breaks: number[] = [];
	for (const q of quantiles) {
		const t = roundThreshold(q);
		// A threshold must leave a total below it and one at or above it, and differ from the last.
		if (t <= sorted[0] || t > sorted[sorted.length - 1] || t <= (breaks.at(-1) ?? -Infinity)) continue;
		const lower = breaks.at(-1) ?? -Infinity;
		if (!sorted.some((v) => v >= lower && v < t)) continue;
		breaks.push(t);
	}
	return breaks;
}

/**
 * Thresholds for counts: whole numbers (a class of 「1.2–3」 projects reads as nonsense), each
 * still leaving a value below it and one at or above it.
 */
export function wholeBreaks(breaks: readonly number[], values: readonly number[]): number[] {
	const max = Math.max(...values);
	const out: number[] = [];
	for (const b of breaks) {
		const t = Math.ceil(b);
		const lower = out.at(-1) ?? -Infinity;
		if (t <= lower || t > max || !values.some((v) => v >= lower && v < t)) continue;
		out.push(t);
	}
	return out;
}

/** The class of a total: how many thresholds it reaches. */
export function classOf(value: number, breaks: readonly number[]): number {
	let k = 0;
	while (k < breaks.length && value >= breaks[k]) k++;
	return k;
}

/** The region view of the shown items at a level, coloured by a metric. */
export function choropleth(
	items: readonly RegionItem[],
	shown: ArrayLike<number> | null,
	level: RegionLevel,
	includeEvents: boolean,
	metric: RegionMetric = 'amount'
): Choropleth {
	const { totals, unplaced } = regionTotals(items, shown, level, includeEvents);
	const known = [...totals.values()].map((t) => regionValue(t, metric)).filter((v) => v !== null);
	const breaks = metric === 'count' ? wholeBreaks(classBreaks(known), known) : classBreaks(known);
	const range: [number, number] | null = known.length > 0 ? [Math.min(...known), Math.max(...known)] : null;
	return {
		level,
		metric,
		totals,
		breaks,
		colours: range ? CLASS_COLOURS[breaks.length + 1] : [],
		range,
		unplaced
	};
}

/**
 * The colour class of a region: CLASS_NONE without projects, CLASS_UNKNOWN when the metric is the
 * amount and none of its projects states one.
 */
export function regionClass(view: Choropleth, code: string): number {
	const total = view.totals.get(code);
	if (!total || total.count === 0) return CLASS_NONE;
	const value = regionValue(total, view.metric);
	return value === null ? CLASS_UNKNOWN : classOf(value, view.breaks);
}

export interface LegendClass {
	colour: string;
	/** The class's lower bound (null: open, the smallest total) and upper bound (null: open). */
	from: number | null;
	to: number | null;
}

/** The classes as the legend lists them, smallest first: 「< 10」, 「10–50」, 「≥ 50」. */
export function legendClasses(view: Choropleth): LegendClass[] {
	const n = view.colours.length;
	return view.colours.map((colour, k) => ({
		colour,
		from: k === 0 ? null : view.breaks[k - 1],
		to: k === n - 1 ? null : view.breaks[k]
	}));
}

/**
 * The legend's words for the classes, given a number format: 「< 10」, 「10–50」, 「≥ 50」; a
 * single class spans the totals (「12–80」, or 「12」 when they are one value).
 */
export function classLabels(view: Choropleth, format: (value: number) => string): string[] {
	if (view.metric === 'count') return countLabels(view, format);
	return legendClasses(view).map(({ from, to }) => {
		if (from === null && to === null && view.range) {
			const [low, high] = view.range;
			return low === high ? format(low) : `${format(low)}–${format(high)}`;
		}
		if (from === null) return `< ${format(to!)}`;
		if (to === null) return `≥ ${format(from)}`;
		return `${format(from)}–${format(to)}`;
	});
}

/** Classes of whole counts named by what they hold: 「1」, 「2–4」, 「≥ 5」. */
function countLabels(view: Choropleth, format: (value: number) => string): string[] {
	if (!view.range) return [];
	const [min, max] = view.range;
	return legendClasses(view).map(({ from, to }) => {
		const low = from ?? min;
		const high = to === null ? max : to - 1;
		if (low === high) return format(low);
		return to === null ? `≥ ${format(low)}` : `${format(low)}–${format(high)}`;
	});
}

/** The colour of a region's class (see regionClass). */
export function classColour(view: Choropleth, k: number): string {
	if (k === CLASS_UNKNOWN) return UNKNOWN_COLOUR;
	return view.colours[k] ?? NO_DATA_COLOUR;
}

/**
 * The fill of the region polygons: the colour in the feature-state `fill` (set per region on
 * each change, so a filter change uploads nothing), neutral without one.
 */
export const REGION_FILL_EXPRESSION = [
	'to-color',
	['coalesce', ['feature-state', 'fill'], NO_DATA_COLOUR]
] as ExpressionSpecification;

/**
 * One pass over the items for everything the page shows besides the map: which items match
 * the filters, totals, per-city counts, the week chart (all filters but the week) and sector
 * counts (all filters but the sectors), the usual facet behaviour.
 *
 * The items are first turned into columns of typed arrays (once per item array, see
 * `itemColumns`); `summarise` is then one loop over those columns that allocates nothing per
 * item. Each test agrees with `matchesFilters` from $lib/filters (the unit tests check this).
 */
import { searchText, type Filters } from '../filters';
import { cityKey } from './grouping';
import type { WeekItem } from '../report/types';

/** The items as columns: small integer codes into the lists of distinct values. */
export interface ItemColumns {
	n: number;
	/** Distinct weeks, sorted; `week[i]` indexes it. */
	weeks: string[];
	week: Uint32Array;
	/** Distinct sections; `section[i]` indexes it. */
	sections: string[];
	section: Uint8Array;
	/** Distinct sectors; item i has `sectorIdx[sectorStart[i] … sectorStart[i+1]-1]`, in its order. */
	sectors: string[];
	sectorStart: Uint32Array;
	sectorIdx: Uint32Array;
	/** Amount in 亿元, NaN when unknown. */
	amount: Float64Array;
	/** City group keys; `city[i]` indexes it, -1 when the item has no location. */
	cities: string[];
	city: Int32Array;
	/** Province names; `province[i]` indexes it, -1 when the item has no location. */
	provinces: string[];
	province: Int32Array;
	/** searchText of each item, built on the first query (or ahead by `prepareTexts`). */
	texts(): readonly string[];
	/** Builds search texts for up to `ms` milliseconds; true once all are built. */
	prepareTexts(ms: number): boolean;
}

function coder() {
	const index = new Map<string, number>();
	const list: string[] = [];
	return {
		list,
		code(value: string): number {
			let k = index.get(value);
			if (k === undefined) {
				k = list.length;
				index.set(value, k);
				list.push(value);
			}
			return k;
		}
	};
}

export function itemColumns(items: readonly WeekItem[]): ItemColumns {
	const n = items.length;
	const weeks = [...new Set(items.map((i) => i.week))].sort();
	const weekIndex = new Map(weeks.map((w, k) => [w, k]));
	const sections = coder();
	const sectors = coder();
	const cities = coder();
	const provinces = coder();
	const week = new Uint32Array(n);
	const section = new Uint8Array(n);
	const sectorStart = new Uint32Array(n + 1);
	let sectorCount = 0;
	for (const item of items) sectorCount += item.sectors.length;
	const sectorIdx = new Uint32Array(sectorCount);
	const amount = new Float64Array(n);
	const city = new Int32Array(n);
	const province = new Int32Array(n);
	let s = 0;
	for (let i = 0; i < n; i++) {
		const item = items[i];
		week[i] = weekIndex.get(item.week)!;
		section[i] = sections.code(item.section);
		sectorStart[i] = s;
		for (const sector of item.sectors) sectorIdx[s++] = sectors.code(sector);
		amount[i] = item.amountYi === null ? NaN : item.amountYi;
		const loc = item.location;
		city[i] = loc ? cities.code(cityKey(loc)) : -1;
		province[i] = loc ? provinces.code(loc.province) : -1;
	}
	sectorStart[n] = s;
	const texts: string[] = [];
	const prepare = (until: number) => {
		while (texts.length < n) {
			const end = Math.min(n, texts.length + 500);
			for (let i = texts.length; i < end; i++) texts.push(searchText(items[i]));
			if (performance.now() >= until) break;
		}
		return texts.length === n;
	};
	return {
		n,
		weeks,
		week,
		sections: sections.list,
		section,
		sectors: sectors.list,
		sectorStart,
		sectorIdx,
		amount,
		cities: cities.list,
		city,
		provinces: provinces.list,
		province,
		texts: () => (prepare(Infinity), texts),
		prepareTexts: (ms) => prepare(performance.now() + ms)
	};
}

export interface Summary {
	/** 1 where item i matches every filter. */
	shown: Uint8Array;
	count: number;
	totalYi: number;
	/** Shown items per city key: count and total. */
	cities: Map<string, { count: number; totalYi: number }>;
	/** The same per city index of ItemColumns.cities. */
	cityCount: Uint32Array;
	cityTotal: Float64Array;
	/** Investment and count per week under every filter except the week range. */
	weeks: Map<string, { count: number; totalYi: number }>;
	/** Items per sector under every filter except the sectors. */
	sectorCounts: Map<string, number>;
	/** Investment of shown items by first sector ('' when none) and by province. */
	bySector: Map<string, number>;
	byProvince: Map<string, number>;
	/** Shown items without a location. */
	unlocated: number[];
}

/** 1 for each listed value that `wanted` names. */
function wantedCodes(list: readonly string[], wanted: readonly string[]): Uint8Array {
	const out = new Uint8Array(list.length);
	const set = new Set(wanted);
	list.forEach((v, k) => (out[k] = set.has(v) ? 1 : 0));
	return out;
}

/** The filters as tests on the columns' codes. */
interface ColumnFilters {
	query: string;
	texts: readonly string[] | null;
	/** Week range as indexes into the sorted week list (string order, like matchesFilters). */
	weekLo: number;
	weekHi: number;
	sectionsOn: boolean;
	sectionOk: Uint8Array;
	sectorsOn: boolean;
	sectorOk: Uint8Array;
	amountOn: boolean;
	amountMin: number;
	amountMax: number;
}

function columnFilters(c: ItemColumns, filters: Filters): ColumnFilters {
	const query = filters.query.trim().toLowerCase();
	let weekLo = 0;
	let weekHi = c.weeks.length - 1;
	if (filters.weekFrom !== null)
		while (weekLo < c.weeks.length && c.weeks[weekLo] < filters.weekFrom) weekLo++;
	if (filters.weekTo !== null) while (weekHi >= 0 && c.weeks[weekHi] > filters.weekTo) weekHi--;
	return {
		query,
		texts: query === '' ? null : c.texts(),
		weekLo,
		weekHi,
		sectionsOn: filters.sections.length > 0,
		sectionOk: wantedCodes(c.sections, filters.sections),
		sectorsOn: filters.sectors.length > 0,
		sectorOk: wantedCodes(c.sectors, filters.sectors),
		amountOn: filters.amountMin !== null || filters.amountMax !== null,
		amountMin: filters.amountMin ?? -Infinity,
		amountMax: filters.amountMax ?? Infinity
	};
}

/** Running counts and totals by code, filled by one pass over the items. */
interface Tallies {
	shown: Uint8Array;
	count: number;
	totalYi: number;
	weekCount: Uint32Array;
	weekTotal: Float64Array;
	sectorCount: Uint32Array;
	sectorTotal: Float64Array;
	/** 1 for each sector that is the first sector of a shown item. */
	firstSeen: Uint8Array;
	noSectorTotal: number;
	noSectorSeen: boolean;
	cityCount: Uint32Array;
	cityTotal: Float64Array;
	provinceTotal: Float64Array;
	provinceSeen: Uint8Array;
	unlocated: number[];
}

function emptyTallies(c: ItemColumns): Tallies {
	return {
		shown: new Uint8Array(c.n),
		count: 0,
		totalYi: 0,
		weekCount: new Uint32Array(c.weeks.length),
		weekTotal: new Float64Array(c.weeks.length),
		sectorCount: new Uint32Array(c.sectors.length),
		sectorTotal: new Float64Array(c.sectors.length),
		firstSeen: new Uint8Array(c.sectors.length),
		noSectorTotal: 0,
		noSectorSeen: false,
		cityCount: new Uint32Array(c.cities.length),
		cityTotal: new Float64Array(c.cities.length),
		provinceTotal: new Float64Array(c.provinces.length),
		provinceSeen: new Uint8Array(c.provinces.length),
		unlocated: []
	};
}

/** Counts item i, which matches every filter, into the totals by sector, city and province. */
function tallyShown(t: Tallies, c: ItemColumns, i: number, known: number): void {
	t.shown[i] = 1;
	t.count += 1;
	t.totalYi += known;
	const s0 = c.sectorStart[i];
	if (c.sectorStart[i + 1] > s0) {
		t.sectorTotal[c.sectorIdx[s0]] += known;
		t.firstSeen[c.sectorIdx[s0]] = 1;
	} else {
		t.noSectorTotal += known;
		t.noSectorSeen = true;
	}
	const ci = c.city[i];
	if (ci < 0) {
		t.unlocated.push(i);
		return;
	}
	t.cityCount[ci] += 1;
	t.cityTotal[ci] += known;
	t.provinceTotal[c.province[i]] += known;
	t.provinceSeen[c.province[i]] = 1;
}

/** One pass over the items: the week chart ignores the weeks, the sector counts the sectors. */
function tally(c: ItemColumns, f: ColumnFilters): Tallies {
	const t = emptyTallies(c);
	const { week, section, sectorStart, sectorIdx, amount } = c;
	for (let i = 0; i < c.n; i++) {
		if (f.sectionsOn && f.sectionOk[section[i]] === 0) continue;
		const a = amount[i];
		if (f.amountOn && !(a >= f.amountMin && a <= f.amountMax)) continue;
		if (f.texts !== null && !f.texts[i].includes(f.query)) continue;
		const s0 = sectorStart[i];
		const s1 = sectorStart[i + 1];
		let sectorMatch = !f.sectorsOn;
		if (!sectorMatch) for (let k = s0; k < s1; k++) if (f.sectorOk[sectorIdx[k]] === 1) sectorMatch = true;
		const w = week[i];
		const inWeeks = w >= f.weekLo && w <= f.weekHi;
		const known = a === a ? a : 0;
		if (sectorMatch) {
			t.weekCount[w] += 1;
			t.weekTotal[w] += known;
		}
		if (inWeeks) for (let k = s0; k < s1; k++) t.sectorCount[sectorIdx[k]] += 1;
		if (sectorMatch && inWeeks) tallyShown(t, c, i, known);
	}
	return t;
}

/** The listed keys whose `seen` is above 0, each with its value. */
function valuesSeen(
	list: readonly string[],
	seen: ArrayLike<number>,
	values: ArrayLike<number>
): Map<string, number> {
	const out = new Map<string, number>();
	list.forEach((key, k) => {
		if (seen[k] > 0) out.set(key, values[k]);
	});
	return out;
}

/** The listed keys with a count above 0, each with its count and total. */
function countsAndTotals(
	list: readonly string[],
	counts: ArrayLike<number>,
	totals: ArrayLike<number>
): Map<string, { count: number; totalYi: number }> {
	const out = new Map<string, { count: number; totalYi: number }>();
	list.forEach((key, k) => {
		if (counts[k] > 0) out.set(key, { count: counts[k], totalYi: totals[k] });
	});
	return out;
}

export function summarise(columns: ItemColumns, filters: Filters): Summary {
	const c = columns;
	const t = tally(c, columnFilters(c, filters));
	// Small maps (weeks, sectors, cities, provinces) in the shape the page reads.
	// bySector has an entry for every first sector of a shown item, also when its total is 0.
	const bySector = valuesSeen(c.sectors, t.firstSeen, t.sectorTotal);
	if (t.noSectorSeen) bySector.set('', t.noSectorTotal);
	return {
		shown: t.shown,
		count: t.count,
		totalYi: t.totalYi,
		cities: countsAndTotals(c.cities, t.cityCount, t.cityTotal),
		cityCount: t.cityCount,
		cityTotal: t.cityTotal,
		weeks: countsAndTotals(c.weeks, t.weekCount, t.weekTotal),
		sectorCounts: valuesSeen(c.sectors, t.sectorCount, t.sectorCount),
		bySector,
		byProvince: valuesSeen(c.provinces, t.provinceSeen, t.provinceTotal),
		unlocated: t.unlocated
	};
}

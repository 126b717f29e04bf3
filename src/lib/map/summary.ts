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
import type { MapItem } from './types';

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

export function itemColumns(items: readonly MapItem[]): ItemColumns {
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

export function summarise(columns: ItemColumns, filters: Filters): Summary {
	const c = columns;
	const n = c.n;
	const query = filters.query.trim().toLowerCase();
	const texts = query === '' ? null : c.texts();
	// Week range as indexes into the sorted week list (string order, like matchesFilters).
	let weekLo = 0;
	let weekHi = c.weeks.length - 1;
	if (filters.weekFrom !== null)
		while (weekLo < c.weeks.length && c.weeks[weekLo] < filters.weekFrom) weekLo++;
	if (filters.weekTo !== null) while (weekHi >= 0 && c.weeks[weekHi] > filters.weekTo) weekHi--;
	const sectionsOn = filters.sections.length > 0;
	const sectionOk = wantedCodes(c.sections, filters.sections);
	const sectorsOn = filters.sectors.length > 0;
	const sectorOk = wantedCodes(c.sectors, filters.sectors);
	const amountOn = filters.amountMin !== null || filters.amountMax !== null;
	const amountMin = filters.amountMin ?? -Infinity;
	const amountMax = filters.amountMax ?? Infinity;

	const shown = new Uint8Array(n);
	const weekCount = new Uint32Array(c.weeks.length);
	const weekTotal = new Float64Array(c.weeks.length);
	const sectorCount = new Uint32Array(c.sectors.length);
	const sectorTotal = new Float64Array(c.sectors.length);
	const firstSeen = new Uint8Array(c.sectors.length);
	const cityCount = new Uint32Array(c.cities.length);
	const cityTotal = new Float64Array(c.cities.length);
	const provinceTotal = new Float64Array(c.provinces.length);
	const provinceSeen = new Uint8Array(c.provinces.length);
	let noSectorTotal = 0;
	let noSectorSeen = false;
	let count = 0;
	let totalYi = 0;
	const unlocated: number[] = [];
	const { week, section, sectorStart, sectorIdx, amount, city, province } = c;

	for (let i = 0; i < n; i++) {
		if (sectionsOn && sectionOk[section[i]] === 0) continue;
		const a = amount[i];
		if (amountOn && !(a >= amountMin && a <= amountMax)) continue;
		if (texts !== null && !texts[i].includes(query)) continue;
		const s0 = sectorStart[i];
		const s1 = sectorStart[i + 1];
		let sectorMatch = !sectorsOn;
		if (!sectorMatch) for (let k = s0; k < s1; k++) if (sectorOk[sectorIdx[k]] === 1) sectorMatch = true;
		const w = week[i];
		const inWeeks = w >= weekLo && w <= weekHi;
		const known = a === a ? a : 0;
		if (sectorMatch) {
			weekCount[w] += 1;
			weekTotal[w] += known;
		}
		if (inWeeks) for (let k = s0; k < s1; k++) sectorCount[sectorIdx[k]] += 1;
		if (!(sectorMatch && inWeeks)) continue;
		shown[i] = 1;
		count += 1;
		totalYi += known;
		if (s1 > s0) {
			sectorTotal[sectorIdx[s0]] += known;
			firstSeen[sectorIdx[s0]] = 1;
		} else {
			noSectorTotal += known;
			noSectorSeen = true;
		}
		const ci = city[i];
		if (ci >= 0) {
			cityCount[ci] += 1;
			cityTotal[ci] += known;
			const p = province[i];
			provinceTotal[p] += known;
			provinceSeen[p] = 1;
		} else {
			unlocated.push(i);
		}
	}

	// Small maps (weeks, sectors, cities, provinces) in the shape the page reads.
	const weeks = new Map<string, { count: number; totalYi: number }>();
	c.weeks.forEach((wk, k) => {
		if (weekCount[k] > 0) weeks.set(wk, { count: weekCount[k], totalYi: weekTotal[k] });
	});
	const sectorCounts = new Map<string, number>();
	const bySector = new Map<string, number>();
	c.sectors.forEach((sector, k) => {
		if (sectorCount[k] > 0) sectorCounts.set(sector, sectorCount[k]);
	});
	// An entry for every first sector of a shown item, also when its total is 0.
	c.sectors.forEach((sector, k) => {
		if (firstSeen[k] === 1) bySector.set(sector, sectorTotal[k]);
	});
	if (noSectorSeen) bySector.set('', noSectorTotal);
	const cities = new Map<string, { count: number; totalYi: number }>();
	c.cities.forEach((key, k) => {
		if (cityCount[k] > 0) cities.set(key, { count: cityCount[k], totalYi: cityTotal[k] });
	});
	const byProvince = new Map<string, number>();
	c.provinces.forEach((p, k) => {
		if (provinceSeen[k] === 1) byProvince.set(p, provinceTotal[k]);
	});
	return {
		shown,
		count,
		totalYi,
		cities,
		cityCount,
		cityTotal,
		weeks,
		sectorCounts,
		bySector,
		byProvince,
		unlocated
	};
}

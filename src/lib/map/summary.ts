/**
 * One pass over the items for everything the page shows besides the map: which items match
 * the filters, totals, per-city counts, the week chart (all filters but the week) and sector
 * counts (all filters but the sectors), the usual facet behaviour.
 */
import { matchesFilters, type Filters } from '../filters';
import { cityKey } from './grouping';
import type { MapItem } from './types';

export interface Summary {
	/** 1 where item i matches every filter. */
	shown: Uint8Array;
	count: number;
	totalYi: number;
	/** Shown items per city key: count and total. */
	cities: Map<string, { count: number; totalYi: number }>;
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

function add(map: Map<string, number>, key: string, value: number) {
	map.set(key, (map.get(key) ?? 0) + value);
}

/**
 * @param texts searchText of each item, precomputed (the query test is the costly part).
 */
export function summarise(items: readonly MapItem[], texts: readonly string[], filters: Filters): Summary {
	const query = filters.query.trim().toLowerCase();
	const noWeek: Filters = { ...filters, weekFrom: null, weekTo: null, query: '' };
	const noSector: Filters = { ...filters, sectors: [], query: '' };
	const s: Summary = {
		shown: new Uint8Array(items.length),
		count: 0,
		totalYi: 0,
		cities: new Map(),
		weeks: new Map(),
		sectorCounts: new Map(),
		bySector: new Map(),
		byProvince: new Map(),
		unlocated: []
	};
	for (let i = 0; i < items.length; i++) {
		const item = items[i];
		if (query !== '' && !texts[i].includes(query)) continue;
		const allButWeek = matchesFilters(item, noWeek);
		const inWeeks =
			(filters.weekFrom === null || item.week >= filters.weekFrom) &&
			(filters.weekTo === null || item.week <= filters.weekTo);
		if (allButWeek) {
			const w = s.weeks.get(item.week) ?? { count: 0, totalYi: 0 };
			w.count += 1;
			w.totalYi += item.amountYi ?? 0;
			s.weeks.set(item.week, w);
		}
		if (inWeeks && matchesFilters(item, noSector))
			for (const sector of item.sectors) add(s.sectorCounts, sector, 1);
		if (!(allButWeek && inWeeks)) continue;
		s.shown[i] = 1;
		s.count += 1;
		const amount = item.amountYi ?? 0;
		s.totalYi += amount;
		add(s.bySector, item.sectors[0] ?? '', amount);
		if (item.location) {
			add(s.byProvince, item.location.province, amount);
			const key = cityKey(item.location);
			const c = s.cities.get(key) ?? { count: 0, totalYi: 0 };
			c.count += 1;
			c.totalYi += amount;
			s.cities.set(key, c);
		} else {
			s.unlocated.push(i);
		}
	}
	return s;
}

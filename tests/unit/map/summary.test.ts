import { describe, expect, it } from 'vitest';
import { matchesFilters, NO_FILTERS, type Filters } from '../../../src/lib/filters';
import { cityKey } from '../../../src/lib/map/grouping';
import { itemColumns, summarise } from '../../../src/lib/map/summary';
import { syntheticItems, syntheticWeeks } from '../../../src/lib/map/synthetic';
import type { WeekItem } from '../../../src/lib/report/types';
import { sampleItems } from './sample';

function random(seed: number): () => number {
	return () => {
		seed = (seed * 1664525 + 1013904223) >>> 0;
		return seed / 4294967296;
	};
}

const POINTS: Record<string, [number, number]> = {
	'320600': [120.89, 31.98],
	'310000': [121.47, 31.23],
	'419001': [112.6, 35.07],
	'440300': [114.06, 22.54]
};
const items: WeekItem[] = [
	...sampleItems(),
	...syntheticItems(3000, POINTS).map((item, i) => ({
		...item,
		// Some items with no sector, a duplicate sector and odd amounts.
		sectors: i % 17 === 0 ? [] : i % 29 === 0 ? [...item.sectors, item.sectors[0]] : item.sectors,
		amountYi: i % 31 === 0 ? 0 : item.amountYi
	}))
];
const columns = itemColumns(items);
const weeks = [...syntheticWeeks(12), '2023-09-05', '2023-08-01'];
const sectors = [...new Set(items.flatMap((i) => i.sectors)), '不存在'];
const QUERIES = ['', '', '', '项目 1', 'synthetic 市 3206', '南通', '  ABC ', '锂电'];

function randomFilters(rand: () => number): Filters {
	const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
	const f: Filters = { ...NO_FILTERS, sectors: [], sections: [] };
	if (rand() < 0.5) f.weekFrom = pick(weeks);
	if (rand() < 0.5) f.weekTo = pick(weeks);
	if (rand() < 0.5) f.sectors = [pick(sectors), ...(rand() < 0.3 ? [pick(sectors)] : [])];
	if (rand() < 0.4) f.sections = [pick(['investment', 'news', 'policy'] as const)];
	if (rand() < 0.3) f.amountMin = pick([0, 1, 10, 50, 107]);
	if (rand() < 0.3) f.amountMax = pick([0, 5, 12.5, 100, 1000]);
	f.query = pick(QUERIES);
	return f;
}

/** The summary computed the plain way, item by item with matchesFilters. */
function reference(filters: Filters) {
	const shown = items.map((i) => matchesFilters(i, filters));
	const weekTotals = new Map<string, { count: number; totalYi: number }>();
	const sectorCounts = new Map<string, number>();
	const cities = new Map<string, { count: number; totalYi: number }>();
	const noWeek = { ...filters, weekFrom: null, weekTo: null };
	const noSector = { ...filters, sectors: [] };
	items.forEach((item, i) => {
		if (matchesFilters(item, noWeek)) {
			const w = weekTotals.get(item.week) ?? { count: 0, totalYi: 0 };
			w.count += 1;
			w.totalYi += item.amountYi ?? 0;
			weekTotals.set(item.week, w);
		}
		if (matchesFilters(item, noSector))
			for (const s of item.sectors) sectorCounts.set(s, (sectorCounts.get(s) ?? 0) + 1);
		if (shown[i] && item.location) {
			const key = cityKey(item.location);
			const c = cities.get(key) ?? { count: 0, totalYi: 0 };
			c.count += 1;
			c.totalYi += item.amountYi ?? 0;
			cities.set(key, c);
		}
	});
	return { shown, weekTotals, sectorCounts, cities };
}

const sorted = <V>(m: Map<string, V>) => [...m.entries()].sort((a, b) => a[0].localeCompare(b[0]));
const close = (m: Map<string, { count: number; totalYi: number }>) =>
	sorted(m).map(([k, v]) => [k, v.count, Math.round(v.totalYi * 1e6) / 1e6]);

describe('typed-array summary', () => {
	it('agrees with matchesFilters on random filters', () => {
		const rand = random(42);
		for (let run = 0; run < 150; run++) {
			const filters = randomFilters(rand);
			const s = summarise(columns, filters);
			const ref = reference(filters);
			const expected = ref.shown.flatMap((ok, i) => (ok ? [i] : []));
			const got = [...s.shown].flatMap((ok, i) => (ok ? [i] : []));
			expect(got, JSON.stringify(filters)).toEqual(expected);
			expect(s.count).toBe(expected.length);
			expect(s.totalYi).toBeCloseTo(
				expected.reduce((t, i) => t + (items[i].amountYi ?? 0), 0),
				6
			);
			expect(close(s.weeks)).toEqual(close(ref.weekTotals));
			expect(sorted(s.sectorCounts)).toEqual(sorted(ref.sectorCounts));
			expect(close(s.cities)).toEqual(close(ref.cities));
			expect(s.unlocated).toEqual(expected.filter((i) => items[i].location === null));
		}
	});

	it('sums shown amounts by first sector and by province', () => {
		const filters = { ...NO_FILTERS, amountMin: 1 };
		const s = summarise(columns, filters);
		const bySector = new Map<string, number>();
		const byProvince = new Map<string, number>();
		for (const item of items) {
			if (!matchesFilters(item, filters)) continue;
			const k = item.sectors[0] ?? '';
			bySector.set(k, (bySector.get(k) ?? 0) + (item.amountYi ?? 0));
			if (item.location)
				byProvince.set(
					item.location.province,
					(byProvince.get(item.location.province) ?? 0) + item.amountYi!
				);
		}
		const round = (m: Map<string, number>) => sorted(m).map(([k, v]) => [k, Math.round(v * 1e6) / 1e6]);
		expect(round(s.bySector)).toEqual(round(bySector));
		expect(round(s.byProvince)).toEqual(round(byProvince));
	});

	it('builds the search texts ahead in slices', () => {
		const c = itemColumns(items);
		while (!c.prepareTexts(0.01));
		expect(c.texts().length).toBe(items.length);
	});
});

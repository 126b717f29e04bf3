/**
 * Events apart from projects in the page's totals and charts. The map's summary counts every
 * shown item; events (fairs, signing ceremonies that report several projects at once) are few,
 * so their share is tallied here from their indices alone and taken out of the project figures
 * unless the events filter includes them. Pure.
 */
import { isEvent, matchesFilters, type Filters } from '../filters';
import { cityKey } from '../map/grouping';
import type { ItemColumns } from '../map/summary';
import type { WeekItem } from '../report/types';

export interface EventTally {
	/** Indices of the shown events, in item order. */
	shown: number[];
	count: number;
	/** Shown events that state an amount. */
	known: number;
	amountYi: number;
	/**
	 * Amounts by first sector ('' when none), by province and by city key, as the summary books
	 * them; per city also the count, and how many state an amount.
	 */
	bySector: Map<string, number>;
	byProvince: Map<string, number>;
	byCity: Map<string, { count: number; totalYi: number; known: number }>;
}

/** Indices of the events among the items: computed once per item array. */
export function eventIndices(items: readonly WeekItem[]): number[] {
	const out: number[] = [];
	items.forEach((item, i) => {
		if (isEvent(item)) out.push(i);
	});
	return out;
}

function add(map: Map<string, number>, key: string, value: number): void {
	map.set(key, (map.get(key) ?? 0) + value);
}

/** What the shown events (shown[i] === 1) add to the summary. */
export function tallyEvents(
	items: readonly WeekItem[],
	events: readonly number[],
	shown: ArrayLike<number>
): EventTally {
	const tally: EventTally = {
		shown: [],
		count: 0,
		known: 0,
		amountYi: 0,
		bySector: new Map(),
		byProvince: new Map(),
		byCity: new Map()
	};
	for (const i of events) {
		if (shown[i] !== 1) continue;
		const item = items[i];
		const known = item.amountYi ?? 0;
		tally.shown.push(i);
		tally.count += 1;
		if (item.amountYi !== null) tally.known += 1;
		tally.amountYi += known;
		add(tally.bySector, item.sectors[0] ?? '', known);
		if (item.location) {
			add(tally.byProvince, item.location.province, known);
			const key = cityKey(item.location);
			const c = tally.byCity.get(key) ?? { count: 0, totalYi: 0, known: 0 };
			const stated = item.amountYi !== null ? 1 : 0;
			tally.byCity.set(key, { count: c.count + 1, totalYi: c.totalYi + known, known: c.known + stated });
		}
	}
	return tally;
}

/** A summary's amounts by key with the events' amounts taken out; keys left at zero are dropped. */
export function minusEvents(totals: ReadonlyMap<string, number>, events: ReadonlyMap<string, number>) {
	if (events.size === 0) return totals;
	const out = new Map<string, number>();
	for (const [key, value] of totals) {
		const rest = value - (events.get(key) ?? 0);
		if (rest > 1e-9) out.set(key, rest);
	}
	return out;
}

/**
 * How many shown items state an amount, in all and per city column: a total over items that all
 * lack one reads 「金额未知」, not 「0 亿元」. One pass over typed arrays, cheap per filter change.
 */
export function knownAmounts(
	columns: Pick<ItemColumns, 'n' | 'amount' | 'city' | 'cities'>,
	shown: ArrayLike<number>
): { count: number; byCity: Uint32Array } {
	const byCity = new Uint32Array(columns.cities.length);
	let count = 0;
	for (let i = 0; i < columns.n; i++) {
		const a = columns.amount[i];
		// NaN marks an unknown amount.
		if (shown[i] !== 1 || a !== a) continue;
		count += 1;
		if (columns.city[i] >= 0) byCity[columns.city[i]] += 1;
	}
	return { count, byCity };
}

type WeekTotals = ReadonlyMap<string, { count: number; totalYi: number }>;

/**
 * The week chart's figures without the events: the chart counts the items under every filter but
 * the weeks, so the events are matched the same way (there are few of them).
 */
export function weeksWithoutEvents(
	weeks: WeekTotals,
	items: readonly WeekItem[],
	events: readonly number[],
	filters: Filters
): WeekTotals {
	if (events.length === 0) return weeks;
	const anyWeek = { ...filters, weekFrom: null, weekTo: null };
	const out = new Map([...weeks].map(([week, v]) => [week, { ...v }]));
	for (const i of events) {
		const item = items[i];
		const entry = out.get(item.week);
		if (!entry || !matchesFilters(item, anyWeek)) continue;
		entry.count -= 1;
		entry.totalYi -= item.amountYi ?? 0;
		if (entry.count <= 0) out.delete(item.week);
	}
	return out;
}

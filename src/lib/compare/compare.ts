/**
 * This week against another (or a range against a range), by sector and by province: counts,
 * known totals in 亿元 and the change. Items without an amount are counted and reported as
 * unknown, never summed as zero, and a change over a side whose total is unknown has no percentage.
 */
import { isIsoDate } from '../report/dates';
import type { FilterableItem, Filters } from '../filters';
import { matchesFilters } from '../filters';

/** An inclusive range of weeks (Mondays); a single week has from === to. */
export interface WeekRange {
	from: string;
	to: string;
}

export interface Tally {
	count: number;
	/** Sum of the known amounts. */
	totalYi: number;
	/** Items without an amount (not in totalYi). */
	unknown: number;
}

export interface CompareRow {
	/** Sector or province; '' for items without one. */
	key: string;
	current: Tally;
	baseline: Tally;
	/** current − baseline. */
	countChange: number;
	totalChangeYi: number;
	/** Change of the known totals in % of the baseline; null when the baseline total is 0. */
	totalChangePct: number | null;
	/** True when either side has items without an amount, so the totals are lower bounds. */
	partial: boolean;
}

export interface Comparison {
	current: WeekRange;
	baseline: WeekRange;
	total: CompareRow;
	bySector: CompareRow[];
	byProvince: CompareRow[];
}

const emptyTally = (): Tally => ({ count: 0, totalYi: 0, unknown: 0 });

function add(tally: Tally, amountYi: number | null): void {
	tally.count += 1;
	if (amountYi === null) tally.unknown += 1;
	else tally.totalYi += amountYi;
}

export function compareRow(key: string, current: Tally, baseline: Tally): CompareRow {
	const totalChangeYi = current.totalYi - baseline.totalYi;
	return {
		key,
		current,
		baseline,
		countChange: current.count - baseline.count,
		totalChangeYi,
		totalChangePct: baseline.totalYi > 0 ? (totalChangeYi / baseline.totalYi) * 100 : null,
		partial: current.unknown > 0 || baseline.unknown > 0
	};
}

type Side = 'current' | 'baseline';
type Tallies = Map<string, Record<Side, Tally>>;

/** Adds one item's amount to `tallies`, under its key and side. */
function tally(tallies: Tallies, key: string, side: Side, amountYi: number | null): void {
	let entry = tallies.get(key);
	if (!entry) tallies.set(key, (entry = { current: emptyTally(), baseline: emptyTally() }));
	add(entry[side], amountYi);
}

/** Rows by key, largest known total of either side first, then by count, then by key. */
function rows(tallies: Tallies): CompareRow[] {
	const size = (r: CompareRow) => Math.max(r.current.totalYi, r.baseline.totalYi);
	const count = (r: CompareRow) => Math.max(r.current.count, r.baseline.count);
	return [...tallies.entries()]
		.map(([key, t]) => compareRow(key, t.current, t.baseline))
		.sort((a, b) => size(b) - size(a) || count(b) - count(a) || a.key.localeCompare(b.key, 'zh'));
}

/** An item's sector for the comparison: its first, as the map colours it, so rows add up to the total. */
export const sectorKey = (item: FilterableItem): string => item.sectors[0] ?? '';
export const provinceKey = (item: FilterableItem): string => item.location?.province ?? '';

const within = (week: string, r: WeekRange) => week >= r.from && week <= r.to;

/**
 * Compares the items of two week ranges under the same other filters (sector, section, amount,
 * text); the filters' own weeks are ignored, the ranges decide. An item in both ranges (when they
 * overlap) counts on both sides. One pass; items outside both ranges are not filtered at all.
 */
export function compareWeeks<T extends FilterableItem>(
	items: readonly T[],
	filters: Filters,
	current: WeekRange,
	baseline: WeekRange
): Comparison {
	const others: Filters = { ...filters, weekFrom: null, weekTo: null };
	const total: Tallies = new Map();
	const bySector: Tallies = new Map();
	const byProvince: Tallies = new Map();
	for (const item of items) {
		const sides: Side[] = [];
		if (within(item.week, current)) sides.push('current');
		if (within(item.week, baseline)) sides.push('baseline');
		if (sides.length === 0 || !matchesFilters(item, others)) continue;
		for (const side of sides) {
			tally(total, '', side, item.amountYi);
			tally(bySector, sectorKey(item), side, item.amountYi);
			tally(byProvince, provinceKey(item), side, item.amountYi);
		}
	}
	return {
		current,
		baseline,
		total: rows(total)[0] ?? compareRow('', emptyTally(), emptyTally()),
		bySector: rows(bySector),
		byProvince: rows(byProvince)
	};
}

/** Reads `2023-09-04` or `2023-09-04..2023-09-18` (ends in either order); null when unreadable. */
export function rangeFromParam(value: string | null): WeekRange | null {
	if (!value) return null;
	const [from = '', to = from] = value.split('..');
	if (!isIsoDate(from) || !isIsoDate(to)) return null;
	return from <= to ? { from, to } : { from: to, to: from };
}

export function rangeToParam(range: WeekRange): string {
	return range.from === range.to ? range.from : `${range.from}..${range.to}`;
}

/**
 * The ranges a comparison opens with. The current range is the filters' weeks (an open end runs to
 * the first or last stored week), else the latest stored week; the baseline is `vs` when given,
 * else as many stored weeks as the current range holds, just before it (at least one). Null when
 * nothing is stored.
 */
export function defaultRanges(
	storedWeeks: readonly string[],
	filters: Pick<Filters, 'weekFrom' | 'weekTo'>,
	vs: WeekRange | null = null
): { current: WeekRange; baseline: WeekRange } | null {
	const weeks = [...new Set(storedWeeks)].sort();
	if (weeks.length === 0) return null;
	const first = weeks[0]!;
	const last = weeks[weeks.length - 1]!;
	const current: WeekRange =
		filters.weekFrom === null && filters.weekTo === null
			? { from: last, to: last }
			: { from: filters.weekFrom ?? first, to: filters.weekTo ?? last };
	if (current.from > current.to) [current.from, current.to] = [current.to, current.from];
	if (vs) return { current, baseline: vs };
	const inside = weeks.filter((w) => w >= current.from && w <= current.to).length;
	const before = weeks.filter((w) => w < current.from);
	const taken = before.slice(-Math.max(1, inside));
	const baseline = taken.length > 0 ? { from: taken[0]!, to: taken[taken.length - 1]! } : { ...current };
	return { current, baseline };
}

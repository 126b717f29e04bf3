/** What the filter controls do to the filters: pure, so the tests check it without a page. */
import type { Filters } from '../filters';

/** The filters from week `value` ('' for open); a last week before it moves up to it. */
export function withWeekFrom(filters: Filters, value: string): Filters {
	const from = value || null;
	const to = from && filters.weekTo && filters.weekTo < from ? from : filters.weekTo;
	return { ...filters, weekFrom: from, weekTo: to };
}

/** The filters up to week `value` ('' for open); a first week after it moves down to it. */
export function withWeekTo(filters: Filters, value: string): Filters {
	const to = value || null;
	const from = to && filters.weekFrom && filters.weekFrom > to ? to : filters.weekFrom;
	return { ...filters, weekFrom: from, weekTo: to };
}

/** The list with `value` checked (last, once) or unchecked. */
export function toggled<T extends string>(list: readonly T[], value: T, on: boolean): T[] {
	const rest = list.filter((v) => v !== value);
	return on ? [...rest, value] : rest;
}

/** An amount typed in a box: a number, or null for an empty box or what is not a number. */
export function amountInput(value: string): number | null {
	if (value.trim() === '') return null;
	const n = Number(value);
	return Number.isFinite(n) ? n : null;
}

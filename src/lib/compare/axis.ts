/**
 * The week chart's time axis and the player's steps. Weeks are Mondays (YYYY-MM-DD); the axis runs
 * from the first stored week to the last, one slot per calendar week, so a week without a report is
 * an empty slot rather than missing.
 */
import { fromDayNumber, isIsoDate, mondayOf, toDayNumber } from '../report/dates';

export interface WeekSlot {
	week: string;
	/** True where a report of this week is stored; false for a gap. */
	stored: boolean;
	count: number;
	totalYi: number;
}

/** Every Monday from the earliest to the latest of `weeks` (any order, duplicates allowed). */
export function weekSlots(weeks: readonly string[]): string[] {
	const mondays = weeks.filter(isIsoDate).map(mondayOf).sort();
	if (mondays.length === 0) return [];
	const first = toDayNumber(mondays[0]!);
	const last = toDayNumber(mondays[mondays.length - 1]!);
	const slots: string[] = [];
	for (let day = first; day <= last; day += 7) slots.push(fromDayNumber(day));
	return slots;
}

/** The time axis: a slot per week from the first stored week to the last, with its totals. */
export function timeAxis(
	storedWeeks: readonly string[],
	totals: ReadonlyMap<string, { count: number; totalYi: number }>
): WeekSlot[] {
	const stored = new Set(storedWeeks);
	return weekSlots(storedWeeks).map((week) => ({
		week,
		stored: stored.has(week),
		count: totals.get(week)?.count ?? 0,
		totalYi: totals.get(week)?.totalYi ?? 0
	}));
}

/**
 * The week the player shows after `current`: the next slot of the axis (gaps included, so playing
 * takes as long as the weeks did), the first slot when nothing is shown yet or `current` is off the
 * axis, and null after the last slot (the player stops there).
 */
export function nextWeek(slots: readonly string[], current: string | null): string | null {
	if (slots.length === 0) return null;
	const at = current === null ? -1 : slots.indexOf(current);
	if (at === -1) return slots[0]!;
	return at + 1 < slots.length ? slots[at + 1]! : null;
}

/** The single week the filters show, or null when they show a range or every week. */
export function singleWeek(weekFrom: string | null, weekTo: string | null): string | null {
	return weekFrom !== null && weekFrom === weekTo ? weekFrom : null;
}

/**
 * Which week a report covers.
 *
 * Order of evidence:
 * 1. `opts.week` when the user gives it (they know better than any inference; a header that says
 *    otherwise is reported in the warnings).
 * 2. The report's own header (the lines before the first section heading or item):
 *    a date range ("2023.9.4-2023.9.10", "2023年9月4日—9月10日") → the week of its first day;
 *    "2023年第36周" → ISO week 36; "2023年第36期" → read as ISO week 36 too, but only when the item
 *    dates do not contradict it (issue numbers need not be week numbers);
 *    a single date ("2023年9月11日", the issue date) → that week or the one before, whichever holds
 *    more item dates (a digest dated Monday usually covers the previous week).
 * 3. The item dates. Items say "9 月 7 日" without a year, so the year comes from the text: the year
 *    most often mentioned (event names such as "2023 智博会", "2023 年 4 月"), not counting targets
 *    ("到 2025 年") and ranges ("2023—2025 年"). Each candidate week is scored by how many item dates
 *    fall inside it, each month/day resolved to the calendar date nearest that week (so "12 月 30 日"
 *    and "1 月 2 日" can share a week across New Year). The best-scoring week wins; on a tie, the one
 *    that puts more dates in the mentioned year, then the later week (a digest reports the latest
 *    week; earlier dates are stragglers from the week before).
 * 4. Otherwise the week is unknown and the caller must say it.
 */
import { ReportError } from './errors';
import {
	dayNumber,
	fromDayNumber,
	isValidDate,
	mondayOf,
	mondayOfDay,
	mondayOfIsoWeek,
	resolveNear,
	toDayNumber,
	toHalfWidth
} from './dates';
import type { WeekSource } from './types';

export interface MonthDay {
	year: number | null;
	month: number;
	day: number;
}

export interface WeekResult {
	monday: string;
	source: WeekSource;
	warnings: string[];
}

/** Years the text mentions, most frequent first, leaving out targets and ranges. */
export function mentionedYears(text: string): Array<{ year: number; count: number }> {
	const t = toHalfWidth(text);
	const counts = new Map<number, number>();
	for (const m of t.matchAll(/(?<![\d.])((?:19|20)\d{2})(?![\d.])/g)) {
		const before = t.slice(Math.max(0, m.index - 3), m.index);
		const after = t.slice(m.index + 4, m.index + 8);
		if (/(?:到|至|截至|截止|-|—|–|~)\s*$/.test(before)) continue;
		if (/^\s*(?:年\s*)?(?:-|—|–|~|至)\s*(?:19|20)\d{2}/.test(after + t.slice(m.index + 8, m.index + 12)))
			continue;
		const y = Number(m[1]);
		counts.set(y, (counts.get(y) ?? 0) + 1);
	}
	return [...counts.entries()]
		.map(([year, count]) => ({ year, count }))
		.sort((a, b) => b.count - a.count || b.year - a.year);
}

/** Dates with how often each occurs: a report repeats few distinct dates over many items. */
type Tally = Array<{ d: MonthDay; times: number }>;

function tally(dates: MonthDay[]): Tally {
	const byKey = new Map<string, { d: MonthDay; times: number }>();
	for (const d of dates) {
		const key = `${d.year}-${d.month}-${d.day}`;
		const hit = byKey.get(key);
		if (hit) hit.times++;
		else byKey.set(key, { d, times: 1 });
	}
	return [...byKey.values()];
}

function countInWeek(dates: MonthDay[] | Tally, monday: string, year?: number): number {
	const start = toDayNumber(monday);
	let n = 0;
	for (const entry of dates) {
		const { d, times } = 'times' in entry ? entry : { d: entry, times: 1 };
		const iso =
			d.year !== null
				? isValidDate(d.year, d.month, d.day)
					? fromDayNumber(dayNumber(d.year, d.month, d.day))
					: null
				: resolveNear(d.month, d.day, start + 3);
		if (!iso) continue;
		const day = toDayNumber(iso);
		if (year !== undefined) {
			if (Number(iso.slice(0, 4)) === year) n += times;
		} else if (day >= start && day <= start + 6) n += times;
	}
	return n;
}

/** The week most item dates fall in, or null when there is no dated item or no year to anchor them. */
export function weekFromDates(dates: MonthDay[], text: string): string | null {
	if (dates.length === 0) return null;
	const explicit = dates.filter((d) => d.year !== null);
	const years = mentionedYears(text);
	const anchor = explicit.length > 0 ? explicit[0]!.year! : years[0]?.year;
	if (anchor === undefined) return null;
	const candidates = new Set<string>();
	for (const d of dates) {
		const ys = d.year !== null ? [d.year] : [anchor - 1, anchor, anchor + 1];
		for (const y of ys) {
			if (!isValidDate(y, d.month, d.day)) continue;
			// A date in another year only makes sense next to the New Year (December/January).
			if (
				d.year === null &&
				y !== anchor &&
				!(d.month === 12 && y === anchor - 1) &&
				!(d.month === 1 && y === anchor + 1)
			)
				continue;
			candidates.add(mondayOfDay(dayNumber(y, d.month, d.day)));
		}
	}
	// Score: dates inside the week; then dates that land in the anchor year ("2024 年首批…" next to
	// "1 月 2 日" means January 2024, not January 2025); then the later week.
	let best: { monday: string; score: number; inYear: number } | null = null;
	const distinct = tally(dates);
	for (const monday of candidates) {
		const score = countInWeek(distinct, monday);
		const inYear = countInWeek(distinct, monday, anchor);
		if (
			!best ||
			score > best.score ||
			(score === best.score && (inYear > best.inYear || (inYear === best.inYear && monday > best.monday)))
		) {
			best = { monday, score, inYear };
		}
	}
	return best && best.score > 0 ? best.monday : null;
}

interface HeaderWeek {
	monday: string;
	/** How sure the header is: a range or 第N周 is certain; 第N期 and an issue date need the item dates. */
	kind: 'range' | 'week' | 'issue' | 'date';
	text: string;
}

/** What the header says about the week, if anything. */
export function weekFromHeader(header: string): HeaderWeek | null {
	const t = toHalfWidth(header);
	const range =
		/((?:19|20)\d{2})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?\s*(?:-|—|–|~|至|到)+\s*(?:((?:19|20)\d{2})\s*[年./-]\s*)?(\d{1,2})\s*[月./-]\s*(\d{1,2})/.exec(
			t
		);
	if (range) {
		const [y, m, d] = [Number(range[1]), Number(range[2]), Number(range[3])];
		if (isValidDate(y, m, d))
			return { monday: mondayOf(fromDayNumber(dayNumber(y, m, d))), kind: 'range', text: range[0] };
	}
	const wk =
		/((?:19|20)\d{2})\s*年?\s*(?:第\s*)?(\d{1,2})\s*([周期])/.exec(t) ??
		/((?:19|20)\d{2})\s*-?\s*W(\d{1,2})(?!\d)()/.exec(t);
	if (wk) {
		const monday = mondayOfIsoWeek(Number(wk[1]), Number(wk[2]));
		if (monday) return { monday, kind: wk[3] === '期' ? 'issue' : 'week', text: wk[0] };
	}
	const single =
		/((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[./-]\s*(\d{1,2})\s*[./-]\s*(\d{1,2})(?!\d))/.exec(
			t
		);
	if (single) {
		const y = Number(single[1]);
		const m = Number(single[2] ?? single[4]);
		const d = Number(single[3] ?? single[5]);
		if (isValidDate(y, m, d))
			return { monday: fromDayNumber(dayNumber(y, m, d)), kind: 'date', text: single[0] };
	}
	return null;
}

const WEEK_OPTION = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Establish the report's week (see the rules at the top of this file). */
export function determineWeek(args: {
	header: string;
	text: string;
	dates: MonthDay[];
	option?: string;
}): WeekResult {
	const warnings: string[] = [];
	const header = weekFromHeader(args.header);
	const fromDates = weekFromDates(args.dates, args.text);

	if (args.option !== undefined) {
		const m = WEEK_OPTION.exec(args.option.trim());
		if (!m || !isValidDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
			throw new ReportError(
				'bad_option',
				`The week "${args.option}" is not a date. Give --week as YYYY-MM-DD (any day of the week).`
			);
		}
		const monday = mondayOf(args.option.trim());
		if (header && header.kind !== 'date' && header.kind !== 'issue' && header.monday !== monday) {
			warnings.push(
				`The report's header says "${header.text}" (week of ${header.monday}) but --week ${args.option} was given; using --week.`
			);
		}
		return { monday, source: 'option', warnings };
	}

	if (header) {
		if (header.kind === 'range' || header.kind === 'week')
			return { monday: header.monday, source: 'header', warnings };
		if (header.kind === 'issue') {
			// Accept 第N期 as ISO week N only when the item dates agree (within a week) or there are none.
			if (!fromDates || Math.abs(toDayNumber(fromDates) - toDayNumber(header.monday)) <= 7) {
				return { monday: header.monday, source: 'header', warnings };
			}
			warnings.push(
				`The header's "${header.text}" does not match the item dates; the week was taken from the item dates.`
			);
		} else {
			// An issue date: its own week or the week before, whichever holds more item dates.
			const own = mondayOf(header.monday);
			const prev = fromDayNumber(toDayNumber(own) - 7);
			const ownCount = countInWeek(args.dates, own);
			const prevCount = countInWeek(args.dates, prev);
			const isMonday = own === header.monday;
			const monday = prevCount > ownCount || (prevCount === ownCount && isMonday) ? prev : own;
			return { monday, source: 'header', warnings };
		}
	}

	if (fromDates) return { monday: fromDates, source: 'dates', warnings };
	throw new ReportError(
		'unknown_week',
		'Cannot tell which week this report covers: it has no header with its week and its items have no dates with a year to go by. Pass the week with --week YYYY-MM-DD (any day of that week).'
	);
}

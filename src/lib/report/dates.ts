/** Dates and weeks. All arithmetic is on UTC calendar days; no time zones are involved. */

/**
 * Full-width ASCII (０-９, Ａ-Ｚ, ，．…) and the ideographic space to their half-width forms.
 * Length-preserving, so indexes into the converted string are indexes into the original.
 */
export function toHalfWidth(text: string): string {
	return text.replace(/[\uff01-\uff5e\u3000]/g, (ch) =>
		ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)
	);
}

export interface DateMention {
	year: number | null;
	month: number;
	day: number;
	/** Index of the match in the text. */
	index: number;
	text: string;
}

function validMonthDay(month: number, day: number): boolean {
	return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * Month-day dates in a text, in order: "9 月 7 日", "9月7日", "2023年9月7日", "2023 年 9 月 7 日",
 * "2023.9.7", "2023-09-07", "2023/9/7". Spaces inside are allowed (text extracted from PDFs has them).
 * Month-only phrases ("2024 年 5 月") and year ranges ("2023-2025") are not dates.
 */
export function findDates(text: string): DateMention[] {
	const t = toHalfWidth(text);
	const out: DateMention[] = [];
	// Spaces are bounded ({0,3}) so a long run of them cannot make the search quadratic.
	const cn = /(?:((?:19|20)\d{2})\s{0,3}年\s{0,3})?(?<!\d)(\d{1,2})\s{0,3}月\s{0,3}(\d{1,2})\s{0,3}[日号]/g;
	for (const m of t.matchAll(cn)) {
		// "12 月 31 日" inside a longer number such as "2023 12 月" cannot occur; a digit right before
		// the month (without 年) means the month is the tail of another number, e.g. "第 1109 月".
		const before = t[m.index - 1];
		if (!m[1] && before && /\d/.test(before)) continue;
		const month = Number(m[2]);
		const day = Number(m[3]);
		if (!validMonthDay(month, day)) continue;
		out.push({
			year: m[1] ? Number(m[1]) : null,
			month,
			day,
			index: m.index,
			text: text.slice(m.index, m.index + m[0].length)
		});
	}
	const num = /(?<![\d.])((?:19|20)\d{2})\s{0,3}([./-])\s{0,3}(\d{1,2})\s{0,3}\2\s{0,3}(\d{1,2})(?![\d])/g;
	for (const m of t.matchAll(num)) {
		const month = Number(m[3]);
		const day = Number(m[4]);
		if (!validMonthDay(month, day)) continue;
		out.push({
			year: Number(m[1]),
			month,
			day,
			index: m.index,
			text: text.slice(m.index, m.index + m[0].length)
		});
	}
	return out.sort((a, b) => a.index - b.index);
}

/** Days since 1970-01-01 for a calendar date; Date.UTC rolls invalid days over, so validate first. */
export function dayNumber(year: number, month: number, day: number): number {
	return Math.round(Date.UTC(year, month - 1, day) / 86400000);
}

export function isValidDate(year: number, month: number, day: number): boolean {
	const d = new Date(Date.UTC(year, month - 1, day));
	return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function fromDayNumber(n: number): string {
	return new Date(n * 86400000).toISOString().slice(0, 10);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (not 2023-02-30). */
export function isIsoDate(value: string): boolean {
	const m = ISO_DATE.exec(value);
	return m !== null && isValidDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function toDayNumber(iso: string): number {
	const m = ISO_DATE.exec(iso);
	if (!m || !isValidDate(Number(m[1]), Number(m[2]), Number(m[3])))
		throw new RangeError(`not a date: ${iso}`);
	return dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Monday (YYYY-MM-DD) of the Monday–Sunday week that contains the day number. */
export function mondayOfDay(n: number): string {
	// 1970-01-01 was a Thursday: (n + 3) mod 7 is 0 on Mondays.
	const offset = (((n + 3) % 7) + 7) % 7;
	return fromDayNumber(n - offset);
}

/** Monday of the week containing an ISO date. */
export function mondayOf(iso: string): string {
	return mondayOfDay(toDayNumber(iso));
}

/** ISO-8601 week label of a week, e.g. "2023-W36" for the week starting Monday 2023-09-04. */
export function isoWeekLabel(monday: string): string {
	const n = toDayNumber(monday);
	// The ISO year is the year of the week's Thursday.
	const thursday = fromDayNumber(n + 3);
	const year = Number(thursday.slice(0, 4));
	const jan4 = dayNumber(year, 1, 4);
	const week1Monday = toDayNumber(mondayOfDay(jan4));
	const week = Math.floor((n - week1Monday) / 7) + 1;
	return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday of ISO week `week` of ISO year `year`, or null when the year has no such week. */
export function mondayOfIsoWeek(year: number, week: number): string | null {
	if (week < 1 || week > 53) return null;
	const week1Monday = toDayNumber(mondayOfDay(dayNumber(year, 1, 4)));
	const monday = fromDayNumber(week1Monday + (week - 1) * 7);
	return isoWeekLabel(monday) === `${year}-W${String(week).padStart(2, '0')}` ? monday : null;
}

/**
 * Resolve a month/day without a year to the calendar date nearest a reference day (within half a year),
 * so "12 月 30 日" next to a January week lands in the previous year. Returns null for impossible dates.
 */
export function resolveNear(month: number, day: number, refDay: number): string | null {
	const refYear = Number(fromDayNumber(refDay).slice(0, 4));
	let best: number | null = null;
	for (const y of [refYear - 1, refYear, refYear + 1]) {
		if (!isValidDate(y, month, day)) continue;
		const n = dayNumber(y, month, day);
		if (best === null || Math.abs(n - refDay) < Math.abs(best - refDay)) best = n;
	}
	return best === null ? null : fromDayNumber(best);
}

const RELATIVE: Array<[RegExp, number]> = [
	[/^(?:今天|今日|日前|近日)/, 0],
	[/^(?:昨天|昨日)/, -1],
	[/^(?:前天|前日)/, -2],
	[/^(?:明天|明日)/, 1]
];

export interface ParseDateOptions {
	/**
	 * Reference date (YYYY-MM-DD): a report's Monday or an article's publication date.
	 * A date without a year resolves to the one nearest it; 今天/昨日 and a bare "8日" resolve against it.
	 */
	near?: string;
	/** Year for dates that state none, when there is no reference date. */
	year?: number;
	/** Accept a bare day ("8日") and 今天/昨日 (articles do this; digest items do not). Needs `near`. */
	relative?: boolean;
}

/** The first date stated in a text, as YYYY-MM-DD, or null. */
export function parseDate(text: string, opts: ParseDateOptions = {}): string | null {
	const refDay = opts.near ? toDayNumber(opts.near) : null;
	const t = toHalfWidth(text);
	type Found = { index: number; iso: string | null };
	const found: Found[] = [];
	for (const d of findDates(text)) {
		let iso: string | null = null;
		if (d.year !== null)
			iso = isValidDate(d.year, d.month, d.day) ? fromDayNumber(dayNumber(d.year, d.month, d.day)) : null;
		else if (refDay !== null) iso = resolveNear(d.month, d.day, refDay);
		else if (opts.year !== undefined)
			iso = isValidDate(opts.year, d.month, d.day)
				? fromDayNumber(dayNumber(opts.year, d.month, d.day))
				: null;
		if (iso) found.push({ index: d.index, iso });
	}
	if (opts.relative && refDay !== null) {
		for (const m of t.matchAll(/今天|今日|昨天|昨日|前天|前日|明天|明日|日前|近日/g)) {
			// 今日 inside a name ("今日头条") is rare in news openings; accept only at a clause start.
			const before = t[m.index - 1];
			if (before !== undefined && !/[\s，,。；;：:（(“"]/.test(before)) continue;
			const rel = RELATIVE.find(([re]) => re.test(m[0]))![1];
			found.push({ index: m.index, iso: fromDayNumber(refDay + rel) });
		}
		// A bare day ("8日"), not preceded by 月 or a digit: the most recent such day on or before the reference.
		for (const m of t.matchAll(/(?<![月\d\s])\s{0,3}(?<!\d)(\d{1,2})\s{0,3}日(?![元本])/g)) {
			const before = t.slice(Math.max(0, m.index - 2), m.index);
			if (/月\s*$/.test(before)) continue;
			const day = Number(m[1]);
			if (day < 1 || day > 31) continue;
			const ref = fromDayNumber(refDay);
			let y = Number(ref.slice(0, 4));
			let mo = Number(ref.slice(5, 7));
			// Up to two days ahead still counts as this month (embargoed or time-zone shifted stories).
			if (day > Number(ref.slice(8, 10)) + 2) {
				mo -= 1;
				if (mo === 0) {
					mo = 12;
					y -= 1;
				}
			}
			if (!isValidDate(y, mo, day)) continue;
			found.push({ index: m.index, iso: fromDayNumber(dayNumber(y, mo, day)) });
		}
	}
	found.sort((a, b) => a.index - b.index);
	return found[0]?.iso ?? null;
}

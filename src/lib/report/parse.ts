/** From a report's text to a Report: items with their fields, the week, stable ids. Pure; runs anywhere. */
import type { Location } from '../gazetteer/types';
import { amountFields, itemAmount, MAX_PLAUSIBLE_YI } from './amount';
import { findDates, isIsoDate, isoWeekLabel, parseDate, toDayNumber, toHalfWidth } from './dates';
import { MAX_ITEMS, MAX_TEXT_CHARS, ReportError, textTooLarge } from './errors';
import { sha256Hex } from './hash';
import { classifySectors } from './sectors';
import { isSourceName, splitReport, splitSource, type RawItem, type SplitResult } from './split';
import { normaliseNewlines } from './text';
import { itemKind, projectCountOf } from './kind';
import type { AmountFlag, AmountInfo, Item, Report } from './types';
import { determineWeek, mentionedYears, type MonthDay } from './week';

export interface LocateInput {
	title: string;
	caption: string | null;
	body: string;
	source: string | null;
}

export interface ParseOptions {
	/** The report's week as YYYY-MM-DD, any day of it. Overrides what the text suggests. */
	week?: string;
	/** Finds where an item's project lands; without it every location is null. */
	locate?: (item: LocateInput) => Location | null;
}

/** Text as hashed for ids: newline style, BOM, trailing spaces and blank lines do not change a report's id. */
export function normaliseForId(text: string): string {
	return normaliseNewlines(text)
		.normalize('NFC')
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l.length > 0)
		.join('\n');
}

/**
 * The item's own date, before the year is known: the first date in its caption; else a date in the
 * first sentence of its body (news bodies open with "9 月 6 日，…"); else one in the headline.
 * Later dates in a body are usually plans ("12 月 31 日前建成"), not the event.
 */
function ownDate(raw: RawItem): MonthDay | null {
	const firstSentence = raw.body.split(/[。！？]/)[0] ?? '';
	for (const t of [raw.caption ?? '', firstSentence, raw.title]) {
		// A dispatch line (新华社合肥9月8日电) dates the story, not the event.
		const d = findDates(toHalfWidth(t).replace(DATELINE, (m) => ' '.repeat(m.length)))[0];
		if (d) return { year: d.year, month: d.month, day: d.day };
	}
	return null;
}

function isoOf(d: MonthDay, weekMonday: string): string | null {
	const text = `${d.year !== null ? `${d.year}年` : ''}${d.month}月${d.day}日`;
	// Resolve against the middle of the week so dates on either side of New Year land right.
	const thursday = new Date((toDayNumber(weekMonday) + 3) * 86400000).toISOString().slice(0, 10);
	return parseDate(text, { near: thursday });
}

/** The review flags of an item's amount (see Item.amountFlags). */
function amountFlagsOf(info: AmountInfo | null, kind: Item['kind']): AmountFlag[] {
	if (!info) return [];
	const flags: AmountFlag[] = [];
	if (info.qualifier !== null) flags.push('qualified');
	if (info.currency !== 'CNY') flags.push('foreign');
	if (kind === 'event') flags.push('eventTotal');
	if (info.value > MAX_PLAUSIBLE_YI) flags.push('implausible');
	return flags;
}

/** Amount, kind and project count of an item's pieces: the fields both reports and articles derive alike. */
function derivedFields(raw: { title: string; caption: string | null; body: string }) {
	const amount = itemAmount(raw);
	const projectCount = projectCountOf(raw);
	const kind = itemKind(raw, projectCount);
	const flags = amountFlagsOf(amount, kind);
	return {
		...amountFields(amount),
		kind,
		projectCount,
		...(flags.length ? { amountFlags: flags } : {})
	};
}

/** The report's text split into items, refused with a message when it is empty, too large or has none. */
function splitChecked(text: string): { normalised: string; split: SplitResult } {
	if (text.trim().length === 0) {
		throw new ReportError(
			'empty',
			'The report is empty (no text). Check the file, or export the report again.'
		);
	}
	if (text.length > MAX_TEXT_CHARS) throw textTooLarge(text.length);
	const normalised = normaliseNewlines(text);
	const split = splitReport(normalised);
	if (split.items.length > MAX_ITEMS) {
		throw new ReportError(
			'too_large',
			`The report has ${split.items.length.toLocaleString('en')} items; a weekly report has a few dozen (at most ${MAX_ITEMS.toLocaleString('en')} are read). Check that this is the right file, or split it into its weekly reports.`
		);
	}
	if (split.items.length === 0) {
		throw new ReportError(
			'no_items',
			'No items found in the report. Check that it is a weekly report with ● headlines.'
		);
	}
	return { normalised, split };
}

/** The n-th item of a report, its id stable across re-ingest; its date gets its year from the week. */
function reportItem(
	raw: RawItem,
	n: number,
	reportId: string,
	date: string | null,
	opts: ParseOptions
): Item {
	return {
		id: sha256Hex(`${reportId}\u0000${raw.section}\u0000${raw.title}\u0000${n}`).slice(0, 16),
		section: raw.section,
		title: raw.title,
		date,
		...derivedFields(raw),
		sectors: classifySectors([raw.title, raw.caption ?? '', raw.body].join('\n')),
		source: raw.source,
		location: opts.locate
			? opts.locate({ title: raw.title, caption: raw.caption, body: raw.body, source: raw.source })
			: null,
		caption: raw.caption,
		body: raw.body
	};
}

export function parseReportText(text: string, opts: ParseOptions = {}): Report {
	const { normalised, split } = splitChecked(text);
	const dates = split.items.map(ownDate);
	const week = determineWeek({
		header: split.header.join('\n'),
		text: normalised,
		dates: dates.filter((d): d is MonthDay => d !== null),
		...(opts.week !== undefined ? { option: opts.week } : {})
	});
	const reportId = sha256Hex(normaliseForId(normalised)).slice(0, 16);
	const items: Item[] = split.items.map((raw, n) => {
		const d = dates[n];
		return reportItem(raw, n, reportId, d ? isoOf(d, week.monday) : null, opts);
	});
	return {
		report: {
			id: reportId,
			week: week.monday,
			isoWeek: isoWeekLabel(week.monday),
			year: Number(week.monday.slice(0, 4)),
			weekSource: week.source,
			title: split.header[0] ?? null,
			itemCount: items.length,
			warnings: [...split.warnings, ...week.warnings]
		},
		items
	};
}

export interface ArticleOptions {
	/** The article's publication date, YYYY-MM-DD: resolves "8日", "9月8日", "昨日", "今天". */
	date?: string;
	locate?: (item: LocateInput) => Location | null;
}

/**
 * One news article that is not part of a digest, as an Item (section 'news').
 * Title: the first line when the text has several lines and the first is headline-length, else the
 * first sentence. Date: the first date the text states, resolved against the publication date; else
 * the publication date itself.
 */
export function extractArticle(text: string, opts: ArticleOptions = {}): Item {
	if (text.length > MAX_TEXT_CHARS) throw textTooLarge(text.length);
	const clean = normaliseNewlines(text).trim();
	if (!clean) throw new ReportError('empty', 'The article is empty. Give the article text.');
	if (opts.date !== undefined && !isIsoDate(opts.date)) {
		throw new ReportError(
			'bad_option',
			`The date "${opts.date}" is not YYYY-MM-DD. Give the publication date as YYYY-MM-DD.`
		);
	}
	// A publication stamp on a line of its own is neither the title nor the story.
	const lines = clean
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l && !STAMP_LINE.test(toHalfWidth(l)));
	if (lines.length === 0) throw new ReportError('empty', 'The article has no text. Give the article text.');
	let title: string;
	let rest: string;
	if (lines.length > 1 && lines[0]!.length <= 60 && !/[。！？]$/.test(lines[0]!)) {
		title = lines[0]!;
		rest = lines.slice(1).join('\n');
	} else {
		const m = /^[\s\S]*?[。！？!?](?=\s|$|[^”"’」）)])/.exec(lines.join(''));
		title = (m ? m[0] : lines.join('')).trim();
		rest = lines.join('');
	}
	title = title.replace(/^(?:[●█■◆•]\s*)+/, '').replace(/\s+/g, ' ');
	if (!title)
		throw new ReportError('empty', 'The article has no words, only bullets. Give the article text.');
	// "来源：XX网" lines and a closing "（XX网站）" both name the source.
	let source: string | null = null;
	const srcLine = /^(?:来源|来源于|信息来源|稿源)\s*[：:]\s*(.+)$/m.exec(rest);
	if (srcLine) {
		source = srcLine[1]!.trim();
		rest = rest.replace(srcLine[0], '');
	}
	const split = splitSource(rest.replace(/\n+/g, '').trim());
	if (!source && split.source && isSourceName(split.source)) source = split.source;
	const body = split.body;
	return {
		id: sha256Hex(`article\u0000${normaliseForId(clean)}`).slice(0, 16),
		section: 'news',
		title,
		date: articleDate(title === body ? body : `${title}\n${body}`, opts.date ?? stampDate(clean)),
		...derivedFields({ title, caption: null, body: body === title ? '' : body }),
		sectors: classifySectors(`${title}\n${body}`),
		source,
		location: opts.locate ? opts.locate({ title, caption: null, body, source }) : null,
		caption: null,
		body
	};
}

const STAMP_LINE = /^(?:发布|更新|发稿)?(?:时间|日期)\s*[:：]/;

/** The publication date a stamp line states ("发布时间：2023-09-10 10:23"), when the text has one. */
function stampDate(text: string): string | undefined {
	const line = text.split('\n').find((l) => STAMP_LINE.test(toHalfWidth(l.trim())));
	return (line && parseDate(toHalfWidth(line))) ?? undefined;
}

/**
 * A dispatch line ("新华社合肥9月8日电", "中新网南京9月8日电") or a publication stamp
 * ("发布时间：2023-09-10 10:23") dates the story, not the event it reports.
 */
const DATELINE =
	/(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*电|(?:发布|更新|发稿)?(?:时间|日期)\s*[：:][\d 年月日./:-]{6,30}|记者\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:从|获悉|了解|采访)/g;

/** A planned date ("将于 10 月 8 日开工", "6 月 30 日前建成") is not the event's. */
const PLANNED =
	/(?:计划|将|预计|拟|力争|争取|确保|有望)\s*(?:于|在|到)?\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]|(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]\s*(?:前|以前|之前|竣工|建成|投产|完工)/g;

const WEEKDAYS = '一二三四五六日天';

/**
 * The date of the event an article reports: the first date it states (昨天, 日前, 8日 resolve
 * against the publication date), leaving out dispatch lines; without a publication date a year
 * the text names ("2025年春季项目集中开工") dates the month and day. Else the publication date,
 * else the dispatch date.
 */
function articleDate(text: string, published: string | undefined): string | null {
	const t = toHalfWidth(text);
	const blank = (m: string) => ' '.repeat(m.length);
	const story = t.replace(DATELINE, blank).replace(PLANNED, blank);
	const year = published ? undefined : mentionedYears(story)[0]?.year;
	const opts = published ? { near: published, relative: true } : year !== undefined ? { year } : {};
	const weekday = published ? weekdayDate(story, published) : null;
	const stated = parseDate(story, opts);
	if (weekday && (!stated || weekday.index < firstDateIndex(story))) return weekday.iso;
	return stated ?? published ?? parseDate(t, opts);
}

/** "上周五", "本周三": the day of the previous or this Monday–Sunday week, from the publication date. */
function weekdayDate(text: string, published: string): { index: number; iso: string } | null {
	const m = /(上|本|这)\s*(?:周|星期|礼拜)\s*([一二三四五六日天])/.exec(text);
	if (!m) return null;
	const monday = toDayNumber(published) - ((toDayNumber(published) + 3) % 7);
	const day =
		monday + WEEKDAYS.indexOf(m[2]!) - (WEEKDAYS.indexOf(m[2]!) === 7 ? 1 : 0) + (m[1] === '上' ? -7 : 0);
	return { index: m.index, iso: new Date(day * 86400000).toISOString().slice(0, 10) };
}

/** Where the text's first stated date sits (Infinity when none). */
function firstDateIndex(text: string): number {
	return findDates(text)[0]?.index ?? Infinity;
}

import type { Location } from '../gazetteer/types';

/** The three sections of a weekly report, in their order: 招商引资, 综合资讯, 政策法规. */
export const SECTIONS = ['investment', 'news', 'policy'] as const;
export type Section = (typeof SECTIONS)[number];

/** One news item: the JSON contract of `parse`, `extract` and the store (README, "Command line"); keep every field. */
export interface Item {
	/** Stable across re-ingest of the same report. */
	id: string;
	section: Section;
	title: string;
	/** YYYY-MM-DD, or null when the item states no date of its own. */
	date: string | null;
	/** Total investment in 亿元 CNY, or null when the item states none (or only a foreign currency). */
	amountYi: number | null;
	/** The words the amount came from. */
	amountText: string | null;
	sectors: string[];
	source: string | null;
	location: Location | null;
	caption: string | null;
	body: string;
	/** 'event' for a signing conference, batch start, promotion fair … that totals many projects; otherwise 'project'. */
	kind: 'project' | 'event';
	/** How many projects an event totals, where the text says (签约项目 56 个); null otherwise. */
	projectCount: number | null;
	/**
	 * What a reviewer may want to check about the amount (not stored; absent when none):
	 * 'qualified' (约, 超 … kept as words, not applied), 'foreign' (in another currency, not converted),
	 * 'eventTotal' (the total of many projects), 'implausible' (too large for one item: amountYi is null).
	 */
	amountFlags?: AmountFlag[];
}

/** An item with the week of its report: what the store, the map, the table and the exports hold. */
export type WeekItem = Item & {
	/** Monday of the report's week, YYYY-MM-DD. */
	week: string;
};

/**
 * The fields of a WeekItem in the order the map data and the spreadsheets list them (the
 * spreadsheets spread the location out into columns of its own).
 */
export const WEEK_ITEM_FIELDS = [
	'id',
	'week',
	'section',
	'title',
	'date',
	'amountYi',
	'amountText',
	'sectors',
	'source',
	'location',
	'caption',
	'body',
	'kind',
	'projectCount'
] as const satisfies readonly (keyof WeekItem)[];

export type AmountFlag = 'qualified' | 'foreign' | 'eventTotal' | 'implausible';

/** Details of an amount beyond the contract fields: currency, qualifier, how it was found. */
export interface AmountInfo {
	/** Value in 亿 of `currency` units. */
	value: number;
	currency: 'CNY' | 'USD' | 'EUR' | 'HKD' | 'JPY' | 'GBP' | string;
	/** 约, 超, 逾, 近, 余, 以上, 不低于 … kept as a flag, never applied to the number. */
	qualifier: string | null;
	text: string;
	/** Too large to be one item's investment (over MAX_PLAUSIBLE_YI): kept for review, not as amountYi. */
	implausible?: boolean;
	/** When the amount is the sum of several projects' amounts: those amounts, in text order. */
	parts?: AmountInfo[];
}

/** How the report's week was established. */
export type WeekSource = 'header' | 'dates' | 'option';

export interface ReportMeta {
	/** Stable id of the report (hash of its normalised text). */
	id: string;
	/** Monday of the report's week, YYYY-MM-DD. */
	week: string;
	/** ISO week label, e.g. 2023-W36. */
	isoWeek: string;
	year: number;
	weekSource: WeekSource;
	title: string | null;
	itemCount: number;
	/** Things a person may want to check (e.g. items before any section heading). The parser always sets it (empty when none). */
	warnings?: string[];
}

export interface Report {
	report: ReportMeta;
	items: Item[];
}

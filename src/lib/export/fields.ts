/**
 * The columns every table export writes, in order, and the guard against formula injection.
 * Pure: used by the CSV, XLSX and GeoJSON writers in the browser and in node.
 */
import type { Item } from '../report/types';

/** What the exports need of an item: the contract fields plus the week of its report. */
export interface ExportItem extends Item {
	/** Monday of the report's week, YYYY-MM-DD. */
	week: string;
}

/** A cell: text, a number, or empty. */
export type Cell = string | number | null;

/** Column names, the contract's field names with the location's fields spread out. */
export const COLUMNS = [
	'id',
	'week',
	'section',
	'title',
	'date',
	'amountYi',
	'amountText',
	'sectors',
	'source',
	'province',
	'city',
	'county',
	'zone',
	'adcode',
	'level',
	'lon',
	'lat',
	'caption',
	'body'
] as const;

export type Column = (typeof COLUMNS)[number];

/** Columns that hold numbers; every other column holds text. */
export const NUMERIC_COLUMNS: ReadonlySet<Column> = new Set<Column>(['amountYi', 'lon', 'lat']);

/** Chinese headings for people reading the spreadsheet; the first row keeps the field names. */
export const COLUMN_LABELS: Record<Column, string> = {
	id: '编号',
	week: '周',
	section: '栏目',
	title: '标题',
	date: '日期',
	amountYi: '投资额（亿元）',
	amountText: '金额原文',
	sectors: '行业',
	source: '来源',
	province: '省',
	city: '市',
	county: '县/区',
	zone: '园区',
	adcode: '行政区划代码',
	level: '定位精度',
	lon: '经度',
	lat: '纬度',
	caption: '摘要',
	body: '正文'
};

/** Separator of the sectors list inside one cell. */
export const SECTOR_SEPARATOR = '、';

/** The flat record of one item: one value per column. Sectors are joined; numbers stay numbers. */
export function itemRecord(item: ExportItem): Record<Column, Cell> {
	const loc = item.location;
	return {
		id: item.id,
		week: item.week,
		section: item.section,
		title: item.title,
		date: item.date,
		amountYi: item.amountYi,
		amountText: item.amountText,
		sectors: item.sectors.join(SECTOR_SEPARATOR),
		source: item.source,
		province: loc?.province ?? null,
		city: loc?.city ?? null,
		county: loc?.county ?? null,
		zone: loc?.zone ?? null,
		adcode: loc?.adcode ?? null,
		level: loc?.level ?? null,
		lon: loc?.lon ?? null,
		lat: loc?.lat ?? null,
		caption: item.caption,
		body: item.body
	};
}

/**
 * Characters that make a spreadsheet read a text cell as a formula (or, for tab and carriage return,
 * that some programs strip before doing so). Report text is untrusted, so such cells are neutralised.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises a text cell against formula injection by prefixing `'`, which spreadsheets read as
 * "this is text". Numbers are returned untouched: a negative number is a number, not a formula.
 */
export function guardCell<T extends Cell>(value: T): T {
	if (typeof value === 'string' && FORMULA_START.test(value)) return `'${value}` as T;
	return value;
}

/** The row of an item in column order, every text cell guarded. */
export function itemRow(item: ExportItem): Cell[] {
	const record = itemRecord(item);
	return COLUMNS.map((column) => guardCell(record[column]));
}

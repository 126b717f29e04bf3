/**
 * The columns every table export writes, in order, and the guard against formula injection.
 * Pure: used by the CSV, XLSX and GeoJSON writers in the browser and in node.
 */
import { COLUMN_LABELS, KIND_LABELS, LEVEL_LABELS, SECTION_LABELS, type Lang } from '../i18n';
import { WEEK_ITEM_FIELDS, type WeekItem } from '../report/types';

/**
 * How a spreadsheet names its columns and writes coded values: `labels` in the reader's language
 * (标题, 投资额（亿元）, 招商引资), or `keys`, the field names and codes scripts rely on
 * (title, amountYi, investment).
 */
export type HeaderMode = 'labels' | 'keys';

export interface SheetOptions {
	headers?: HeaderMode;
	lang?: Lang;
}

/** A cell: text, a number, or empty. */
export type Cell = string | number | null;

/** The location's fields, spread out into columns of their own. */
const LOCATION_COLUMNS = ['province', 'city', 'county', 'zone', 'adcode', 'level', 'lon', 'lat'] as const;

type LocationColumn = (typeof LOCATION_COLUMNS)[number];

export type Column = Exclude<(typeof WEEK_ITEM_FIELDS)[number], 'location'> | LocationColumn;

/** Column names, the item's field names with the location's fields spread out in its place. */
export const COLUMNS: readonly Column[] = WEEK_ITEM_FIELDS.flatMap((field): Column[] =>
	field === 'location' ? [...LOCATION_COLUMNS] : [field]
);

/** Columns that hold numbers; every other column holds text. */
export const NUMERIC_COLUMNS: ReadonlySet<Column> = new Set<Column>([
	'amountYi',
	'lon',
	'lat',
	'projectCount'
]);

/** The header row: field names, or headings in the reader's language. */
export function columnHeaders({ headers = 'labels', lang = 'zh' }: SheetOptions = {}): string[] {
	return COLUMNS.map((column) => (headers === 'keys' ? column : COLUMN_LABELS[lang][column]));
}

/** Separator of the sectors list inside one cell. */
export const SECTOR_SEPARATOR = '、';

/** The flat record of one item: one value per column. Sectors are joined; numbers stay numbers. */
export function itemRecord(item: WeekItem): Record<Column, Cell> {
	const record = {} as Record<Column, Cell>;
	for (const column of COLUMNS) record[column] = cellOf(item, column);
	return record;
}

function isLocationColumn(column: Column): column is LocationColumn {
	return (LOCATION_COLUMNS as readonly Column[]).includes(column);
}

/** One column's value of an item: the location's fields spread out, the sectors joined. */
function cellOf(item: WeekItem, column: Column): Cell {
	if (column === 'sectors') return item.sectors.join(SECTOR_SEPARATOR);
	if (isLocationColumn(column)) return item.location?.[column] ?? null;
	return item[column] ?? null;
}

/** The record with coded values (section, level, kind) in words of the language. */
function labelledRecord(record: Record<Column, Cell>, lang: Lang): Record<Column, Cell> {
	const words = <K extends string>(labels: Record<K, string>, value: Cell): Cell =>
		typeof value === 'string' && value in labels ? labels[value as K] : value;
	return {
		...record,
		section: words(SECTION_LABELS[lang], record.section),
		level: words(LEVEL_LABELS[lang], record.level),
		kind: words(KIND_LABELS[lang], record.kind)
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

/** The cells of an item in column order, as the reader sees them (labels or keys), unguarded. */
export function itemCells(item: WeekItem, { headers = 'labels', lang = 'zh' }: SheetOptions = {}): Cell[] {
	const raw = itemRecord(item);
	const record = headers === 'keys' ? raw : labelledRecord(raw, lang);
	return COLUMNS.map((column) => record[column]);
}

/** The row of an item in column order for text formats, every text cell guarded; numbers stay numbers. */
export function itemRow(item: WeekItem, options: SheetOptions = {}): Cell[] {
	return itemCells(item, options).map(guardCell);
}

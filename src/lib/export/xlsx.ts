/**
 * XLSX export with exceljs: the first sheet (「项目」) holds one row per item (first row: headings in
 * the reader's language, or the field names with `headers: 'keys'`; numbers as numbers, text as
 * string cells in text-formatted columns); the second (「说明」) says what the export holds.
 * A string cell is never a formula in XLSX (formulas are a cell type of their own), so text is
 * written as it is, without the CSV's `'` guard, which a spreadsheet would show literally; the
 * text number format (`@`) keeps a cell text when someone edits it.
 * exceljs is large: the page loads this module only when the user asks for a spreadsheet.
 */
import ExcelJS from 'exceljs';
import { MESSAGES } from '../i18n';
import type { WeekItem } from '../report/types';
import { COLUMNS, columnHeaders, itemCells, NUMERIC_COLUMNS, type Column, type SheetOptions } from './fields';

export interface XlsxOptions extends SheetOptions {
	/** Title of the export, e.g. 「园区项目地图 2023-W36」. */
	title?: string;
	/** The active filters in words (describeFilters). */
	filters?: string[];
	/** Data sources and their licences. */
	attribution?: string[];
	/** How current the data is, e.g. 「2023-W36 周报」. */
	dataDate?: string | null;
}

/** Excel's "Text" number format. */
const TEXT_FORMAT = '@';

const WIDTHS: Partial<Record<Column, number>> = {
	id: 18,
	week: 12,
	title: 40,
	date: 12,
	amountText: 16,
	sectors: 16,
	source: 18,
	province: 14,
	city: 12,
	county: 12,
	zone: 22,
	caption: 30,
	body: 60,
	kind: 8,
	projectCount: 12
};

export async function toXlsx(items: readonly WeekItem[], options: XlsxOptions = {}): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'ParkMap';
	workbook.created = new Date();

	const t = MESSAGES[options.lang ?? 'zh'];
	const sheet = workbook.addWorksheet(t.sheetProjects, { views: [{ state: 'frozen', ySplit: 1 }] });
	const headers = columnHeaders(options);
	sheet.columns = COLUMNS.map((key, i) => ({
		header: headers[i],
		key,
		width: WIDTHS[key] ?? 10,
		style: NUMERIC_COLUMNS.has(key) ? {} : { numFmt: TEXT_FORMAT }
	}));
	sheet.getRow(1).font = { bold: true };
	for (const item of items) sheet.addRow(itemCells(item, options));
	sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };

	const about = workbook.addWorksheet(t.sheetAbout);
	about.columns = [
		{ width: 16, style: { numFmt: TEXT_FORMAT } },
		{ width: 90, style: { numFmt: TEXT_FORMAT } }
	];
	const lines: [string, string][] = [
		[t.aboutTitle, options.title ?? t.title],
		[t.aboutCount, String(items.length)],
		[t.aboutFilters, options.filters && options.filters.length > 0 ? options.filters.join('；') : t.aboutAll],
		[t.aboutDataDate, options.dataDate ?? ''],
		...(options.attribution ?? []).map((line, i): [string, string] => [i === 0 ? t.aboutSources : '', line])
	];
	for (const [key, value] of lines) about.addRow([key, value]);

	const buffer = await workbook.xlsx.writeBuffer();
	return new Uint8Array(buffer as ArrayBuffer);
}

/**
 * CSV export: UTF-8 with a byte-order mark so that Excel shows Chinese text, CRLF line ends,
 * a header row in the reader's language (or the field names), every text cell guarded against
 * formula injection.
 */
import Papa from 'papaparse';
import type { WeekItem } from '../report/types';
import { columnHeaders, itemRow, type Cell, type SheetOptions } from './fields';

/**
 * A formula character after a semicolon. Where the list separator is `;` (German, French, … Excel),
 * the file is split on semicolons and our commas and quotes no longer delimit cells, so a cell's
 * text after a `;` starts a new cell of its own: it gets the same `'` guard as a cell's start.
 */
const FORMULA_AFTER_SEMICOLON = /;(\s*)(?=[=+\-@\t\r])/g;

/** Guards a text cell for semicolon-splitting spreadsheets too (the start is guarded by itemRow). */
export function guardSemicolons<T extends Cell>(value: T): T {
	return (typeof value === 'string' ? value.replace(FORMULA_AFTER_SEMICOLON, ";$1'") : value) as T;
}

/** The byte-order mark Excel needs to read a CSV file as UTF-8. */
export const BOM = '\uFEFF';

/** The CSV text of the items, BOM included. Encode it with TextEncoder (UTF-8) to write it. */
export function toCsv(items: readonly WeekItem[], options: SheetOptions = {}): string {
	const body = Papa.unparse(
		{
			fields: columnHeaders(options),
			data: items.map((item) => itemRow(item, options).map(guardSemicolons))
		},
		// Our own guard runs on every cell already; papaparse's would quote numbers as text.
		{ newline: '\r\n', quotes: false, escapeFormulae: false, header: true }
	);
	return `${BOM}${body}\r\n`;
}

/** The CSV as UTF-8 bytes. */
export function toCsvBytes(items: readonly WeekItem[], options: SheetOptions = {}): Uint8Array {
	return new TextEncoder().encode(toCsv(items, options));
}

/**
 * Weekly-report parser: PDF or text → Report { report, items }.
 *
 * Pure parts (parseReportText, extractArticle, parseAmount, parseDate, classifySectors, …) import
 * nothing from Node and can run in the browser. extractPdfText loads pdfjs-dist on first use.
 */
import { ReportError, MAX_REPORT_BYTES } from './errors';
import { extractPdfText } from '../server/pdf';
import { parseReportText, type ParseOptions } from './parse';
import { decodeReportText, isPdfBytes } from './text';
import type { Report } from './types';

export { ReportError, MAX_REPORT_BYTES, MAX_TEXT_CHARS, MAX_ITEMS, type ReportErrorCode } from './errors';
export { decodeReportText, isPdfBytes } from './text';
export { extractPdfText } from '../server/pdf';
export {
	parseReportText,
	extractArticle,
	normaliseForId,
	type ParseOptions,
	type ArticleOptions,
	type LocateInput
} from './parse';
export {
	parseAmount,
	itemAmount,
	findAmountMentions,
	textAmount,
	amountFields,
	MAX_PLAUSIBLE_YI,
	type AmountMention
} from './amount';
export {
	parseDate,
	findDates,
	mondayOf,
	isoWeekLabel,
	isIsoDate,
	mondayOfIsoWeek,
	toHalfWidth,
	type ParseDateOptions,
	type DateMention
} from './dates';
export { classifySectors, SECTORS, type Sector } from './sectors';
export { determineWeek, weekFromDates, weekFromHeader, mentionedYears } from './week';
export { splitReport, sectionOf, isSourceName } from './split';
export { sha256Hex } from './hash';
export { itemKind, projectCountOf, type ItemKind } from './kind';
export type { Item, AmountFlag, AmountInfo, ReportMeta, Report, Section, WeekSource } from './types';

/**
 * Read a report file: a PDF (by its %PDF signature or a .pdf name) or text (.txt, .text, .md, or no
 * extension). Other extensions are refused with a message saying what is accepted.
 */
export async function readReport(
	bytes: Uint8Array,
	fileName: string,
	opts: ParseOptions = {}
): Promise<Report> {
	if (bytes.length === 0) {
		throw new ReportError(
			'empty',
			`${fileName} is empty (0 bytes). Check the file, or export the report again.`
		);
	}
	if (bytes.length > MAX_REPORT_BYTES) {
		throw new ReportError(
			'too_large',
			`${fileName} is larger than ${MAX_REPORT_BYTES / 1048576} MB; a weekly report is far smaller. Check that this is the right file.`
		);
	}
	const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
	if (isPdfBytes(bytes.subarray(0, 1024))) return parseReportText(await extractPdfText(bytes), opts);
	if (ext === 'pdf') return parseReportText(await extractPdfText(bytes), opts); // fails with not_pdf
	if (['doc', 'docx', 'wps', 'xls', 'xlsx', 'png', 'jpg', 'jpeg', 'zip', 'html', 'htm'].includes(ext)) {
		throw new ReportError(
			'unsupported_format',
			`${fileName}: .${ext} files are not read. Give the report as a PDF, or as UTF-8 text (.txt).`
		);
	}
	return parseReportText(decodeReportText(bytes), opts);
}

/**
 * report/: the weekly report's text → Report { report, items } and their fields (amounts, dates,
 * sectors, kinds, weeks). Reading a file (PDF or text) is the server's: src/lib/server/read-report.ts.
 *
 * Must not import src/lib/server/ or any browser, map or UI code. The field helpers (dates, amount,
 * sectors, kind, types) import nothing from Node and run in the browser; parsing hashes report and
 * item ids with node:crypto, so parseReportText and extractArticle run in Node only.
 */
export { ReportError, MAX_REPORT_BYTES, MAX_TEXT_CHARS, MAX_ITEMS, type ReportErrorCode } from './errors';
export { decodeReportText, isPdfBytes } from './text';
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

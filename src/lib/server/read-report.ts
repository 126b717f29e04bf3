/**
 * A report file (PDF or text) → its items, located with the gazetteer. Node only: PDFs are read
 * with pdfjs-dist (./pdf.ts) and places come from the gazetteer table on disk.
 */
import {
	decodeReportText,
	isPdfBytes,
	MAX_REPORT_BYTES,
	parseReportText,
	ReportError,
	type ParseOptions,
	type Report
} from '../report';
import { loadGazetteer } from './gazetteer';
import { extractPdfText } from './pdf';

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

export function locator(): NonNullable<ParseOptions['locate']> {
	const gazetteer = loadGazetteer();
	return (item) => gazetteer.locateItem(item);
}

/** Parses report bytes and locates every item. Throws ReportError on bad input. */
export function parseReportBytes(
	bytes: Uint8Array,
	fileName: string,
	options: { week?: string } = {}
): Promise<Report> {
	return readReport(bytes, fileName, { ...options, locate: locator() });
}

import { MAX_REPORT_BYTES, MAX_TEXT_CHARS, ReportError, textTooLarge } from './errors';
import { unifyRadicals } from './radicals';

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
	return magic.every((b, i) => bytes[i] === b);
}

/** True when the bytes begin with the PDF signature (allowing a little leading junk, as readers do). */
export function isPdfBytes(bytes: Uint8Array): boolean {
	const head = bytes.subarray(0, 1024);
	for (let i = 0; i + 4 < head.length; i++) {
		if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46) return true;
	}
	return false;
}

/** Share of characters that are control characters other than tab/newline/CR/form feed. */
function controlShare(text: string): number {
	if (text.length === 0) return 0;
	let bad = 0;
	for (const ch of text) {
		const c = ch.codePointAt(0)!;
		if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd)
			bad++;
	}
	return bad / text.length;
}

/** Share of characters that are CJK ideographs or CJK punctuation: a cheap check that a guessed decoding is right. */
function cjkShare(text: string): number {
	let cjk = 0;
	let letters = 0;
	for (const ch of text) {
		if (/\s/.test(ch)) continue;
		letters++;
		if (/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(ch)) cjk++;
	}
	return letters === 0 ? 0 : cjk / letters;
}

/**
 * Line endings to LF, form feeds (page breaks in extracted text) to LF, BOM removed, and CJK radical
 * look-alikes that PDF extraction produces ("⽉" for 月) replaced by the ideographs they stand for.
 */
export function normaliseNewlines(text: string): string {
	return unifyRadicals(
		text
			.replace(/^\ufeff/, '')
			.replace(/\r\n?/g, '\n')
			.replace(/\f/g, '\n')
	);
}

/**
 * Decode a text report. Accepts UTF-8 (with or without BOM), UTF-16 with a BOM, and GB18030/GBK
 * (common for files saved on Chinese Windows). Line endings become LF.
 * Binary data, PDFs and undecodable bytes are rejected with an error that says what to do.
 */
export function decodeReportText(bytes: Uint8Array): string {
	if (bytes.length > MAX_REPORT_BYTES) {
		throw new ReportError(
			'too_large',
			`The file is ${(bytes.length / 1048576).toFixed(1)} MB; a weekly report should be far smaller (limit ${MAX_REPORT_BYTES / 1048576} MB). Check that you picked the right file.`
		);
	}
	// Every character takes at most 4 bytes, so more bytes than this cannot be a readable report.
	if (bytes.length > MAX_TEXT_CHARS * 4) throw textTooLarge(Math.floor(bytes.length / 4));
	if (isPdfBytes(bytes.subarray(0, 8))) {
		throw new ReportError(
			'bad_encoding',
			'This file is a PDF, not text. Give it a .pdf name so it is read as a PDF.'
		);
	}
	let text: string;
	if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
		text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
	} else {
		const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(body);
		} catch {
			text = decodeLegacyChinese(body);
		}
	}
	if (text.trim().length === 0) {
		throw new ReportError(
			'empty',
			'The report is empty (no text). Check the file, or export the report again.'
		);
	}
	if (text.includes('\u0000') || controlShare(text) > 0.01) {
		throw new ReportError(
			'bad_encoding',
			'The file looks binary, not text. Give a .txt file saved as UTF-8, or the report PDF itself.'
		);
	}
	return normaliseNewlines(text);
}

function decodeLegacyChinese(bytes: Uint8Array): string {
	const fail = new ReportError(
		'bad_encoding',
		'The file is neither UTF-8 nor GB18030/GBK text. Save it as UTF-8 (or give the report PDF itself) and try again.'
	);
	let text: string;
	try {
		text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
	} catch {
		throw fail;
	}
	// A random byte stream often "decodes" as GB18030; real reports are mostly Chinese.
	if (controlShare(text) > 0.01 || cjkShare(text) < 0.3) throw fail;
	return text;
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/**
 * A justified line spreads its characters apart, and the gaps come out as spaces: "总 投 资128 亿 元",
 * "重 庆 市 政 府 网站". Chinese puts no space between two ideographs, so when most of a line's
 * spaces stand between two of them with a lone character on one side, the spaces are spacing, not
 * words: they are removed, except between Latin words. ("3 月 5 日" and "方案 签约" keep theirs.)
 */
export function closeLetterSpacing(line: string): string {
	const pieces = line.trim().split(/\s+/);
	if (pieces.length < 3) return line;
	let spread = 0;
	for (let i = 1; i < pieces.length; i++) {
		const [a, b] = [pieces[i - 1]!, pieces[i]!];
		const lone = [...a].length === 1 || [...b].length === 1;
		if (lone && CJK.test(a.slice(-1)) && CJK.test(b[0]!)) spread++;
	}
	if (spread < 2 || spread < 0.5 * (pieces.length - 1)) return line;
	let out = pieces[0]!;
	for (const p of pieces.slice(1)) {
		out += /[A-Za-z]$/.test(out) && /^[A-Za-z]/.test(p) ? ` ${p}` : p;
	}
	return out;
}

/** Digits spread apart by justification ("1 2 8", "1 . 5") are one number again. */
export function closeSpreadDigits(line: string): string {
	return line.replace(/(?<![\d.])\d(?:\s+[\d.](?![\d.]))+/g, (m) => m.replace(/\s+/g, ''));
}

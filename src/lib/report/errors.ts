/** Why a report could not be read. Every message says what the user can do about it. */
export type ReportErrorCode =
	| 'empty'
	| 'not_pdf'
	| 'encrypted'
	| 'corrupt'
	| 'image_only'
	| 'no_items'
	| 'unknown_layout'
	| 'unknown_week'
	| 'unsupported_format'
	| 'too_large'
	| 'bad_encoding'
	| 'bad_option';

export class ReportError extends Error {
	readonly code: ReportErrorCode;
	constructor(code: ReportErrorCode, message: string, options?: { cause?: unknown }) {
		super(message, options);
		this.name = 'ReportError';
		this.code = code;
	}
}

/** Largest report accepted (PDF or text). A weekly digest is a few hundred KB at most. */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024;

/**
 * Longest report text parsed, in characters. A weekly digest has some 30,000; three million is years of
 * them. Longer text is refused at once rather than tying up the parser (a PDF of 50 MB is mostly
 * pictures, so its text stays far below this).
 */
export const MAX_TEXT_CHARS = 3_000_000;

/** Most items one report may hold: a digest has a few dozen. */
export const MAX_ITEMS = 10_000;

export function textTooLarge(chars: number): ReportError {
	return new ReportError(
		'too_large',
		`The report's text is ${chars.toLocaleString('en')} characters or more; a weekly report has far fewer (at most ${MAX_TEXT_CHARS.toLocaleString('en')} are read). Check that this is the right file, or split it into its weekly reports.`
	);
}

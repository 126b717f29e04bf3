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

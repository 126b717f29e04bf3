/** Reading an uploaded report from a multipart request: the checks every upload endpoint makes. */
import { error } from '@sveltejs/kit';
import type { Lang } from '../i18n';
import { reportRefused, SERVER_TEXT } from '../i18n/failures';
import { isIsoDate, MAX_REPORT_BYTES, ReportError } from '../report';
import { ParseBudgetError, ParseBusyError } from './worker';

const MB = 1048576;

/**
 * The file (field `file`) and optional week (`week`, YYYY-MM-DD); answers 4xx with a message a
 * person can act on, in the page's language.
 */
export async function readUpload(
	request: Request,
	lang: Lang
): Promise<{ file: File; week: string | undefined }> {
	const text = SERVER_TEXT[lang];
	const length = Number(request.headers.get('content-length') ?? 0);
	if (length > MAX_REPORT_BYTES + 64 * 1024) error(413, text.tooLarge(length / MB, MAX_REPORT_BYTES / MB));
	let form: FormData;
	try {
		form = await request.formData();
	} catch {
		error(400, text.notMultipart);
	}
	const file = form.get('file');
	if (!(file instanceof File)) error(400, text.noFile);
	const week = form.get('week');
	if (week !== null && (typeof week !== 'string' || (week !== '' && !isIsoDate(week)))) {
		error(400, text.badWeek);
	}
	return { file, week: week || undefined };
}

/**
 * Why an upload was not stored, as an HTTP status and a message in the page's language; null for
 * a fault of the server (to be logged, and answered as one).
 */
export function uploadFailure(e: unknown, lang: Lang): { status: number; message: string } | null {
	if (e instanceof ReportError) {
		return { status: e.code === 'too_large' ? 413 : 422, message: reportRefused(e, lang) };
	}
	if (e instanceof ParseBudgetError) return { status: 422, message: e.messages[lang] };
	if (e instanceof ParseBusyError) return { status: 503, message: e.messages[lang] };
	return null;
}

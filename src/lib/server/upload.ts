/** Reading an uploaded report from a multipart request: the checks every upload endpoint makes. */
import { error } from '@sveltejs/kit';
import type { Lang } from '../i18n';
import { reportRefused, SERVER_TEXT } from '../i18n/failures';
import { isIsoDate, MAX_REPORT_BYTES, ReportError } from '../report';
import { multipartBoundary, parseMultipart } from './multipart';
import { ParseBudgetError, ParseBusyError } from './worker';

const MB = 1048576;

/** An uploaded report: its file name and bytes, and the week it was said to be of. */
export interface Upload {
	fileName: string;
	bytes: Uint8Array;
	week: string | undefined;
}

/**
 * Reads the file (field `file`) and optional week (`week`, YYYY-MM-DD) of a multipart upload, or
 * says why not: a status and a message a person can act on, in the page's language.
 */
export async function readUploadForm(
	request: Request,
	lang: Lang
): Promise<Upload | { status: number; message: string }> {
	const text = SERVER_TEXT[lang];
	const length = Number(request.headers.get('content-length') ?? 0);
	const tooLarge = () => ({ status: 413, message: text.tooLarge(length / MB, MAX_REPORT_BYTES / MB) });
	if (length > MAX_REPORT_BYTES + 64 * 1024) return tooLarge();
	const boundary = multipartBoundary(request.headers.get('content-type'));
	if (!boundary) return { status: 400, message: text.notMultipart };
	let body: Uint8Array;
	try {
		body = await bodyBytes(request, length);
	} catch (e) {
		// The adapter's body limit surfaces as an error with status 413 (not always an HttpError).
		if ((e as { status?: unknown } | null)?.status === 413) return tooLarge();
		return { status: 400, message: text.notMultipart };
	}
	const parts = parseMultipart(body, boundary);
	if (!parts) return { status: 400, message: text.notMultipart };
	const file = parts.get('file');
	if (!file?.fileName) return { status: 400, message: text.noFile };
	const weekPart = parts.get('week');
	const week = weekPart ? new TextDecoder().decode(weekPart.data).trim() : '';
	if (weekPart?.fileName || (week !== '' && !isIsoDate(week))) return { status: 400, message: text.badWeek };
	return { fileName: file.fileName, bytes: file.data, week: week || undefined };
}

/**
 * The request's body, each chunk copied into place as it arrives: arrayBuffer() joins the chunks
 * at the end, one copy of up to 50 MB that holds the request thread meanwhile.
 */
async function bodyBytes(request: Request, length: number): Promise<Uint8Array> {
	let bytes = new Uint8Array(length > 0 && length <= MAX_REPORT_BYTES + 64 * 1024 ? length : 65536);
	let size = 0;
	const reader = request.body?.getReader();
	for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read()) {
		if (size + chunk.value.length > MAX_REPORT_BYTES + 64 * 1024) {
			await reader!.cancel();
			throw Object.assign(new Error('over the upload limit'), { status: 413 });
		}
		if (size + chunk.value.length > bytes.length) {
			const grown = new Uint8Array(Math.max(bytes.length * 2, size + chunk.value.length));
			grown.set(bytes.subarray(0, size));
			bytes = grown;
		}
		bytes.set(chunk.value, size);
		size += chunk.value.length;
	}
	return bytes.subarray(0, size);
}

/** readUploadForm for an endpoint: answers 4xx with the message when the upload cannot be read. */
export async function readUpload(request: Request, lang: Lang): Promise<Upload> {
	const upload = await readUploadForm(request, lang);
	if ('status' in upload) error(upload.status, upload.message);
	return upload;
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

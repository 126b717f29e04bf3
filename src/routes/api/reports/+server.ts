import { error, json } from '@sveltejs/kit';
import { isIsoDate, MAX_REPORT_BYTES, ReportError } from '$lib/report';
import { appStore, ingestUpload } from '$lib/server/pipeline';
import type { RequestHandler } from './$types';

/** Stored reports, newest week last. */
export const GET: RequestHandler = async () => json((await appStore()).reports());

/**
 * Ingests an uploaded report (multipart field `file`, optional `week` YYYY-MM-DD).
 * Bad input answers 4xx with a message a person can act on and stores nothing.
 */
export const POST: RequestHandler = async ({ request }) => {
	const length = Number(request.headers.get('content-length') ?? 0);
	if (length > MAX_REPORT_BYTES + 64 * 1024) {
		error(
			413,
			`The upload is ${(length / 1048576).toFixed(1)} MB; reports over ${MAX_REPORT_BYTES / 1048576} MB are refused.`
		);
	}
	let form: FormData;
	try {
		form = await request.formData();
	} catch {
		error(400, 'Send the report as multipart/form-data with a field named "file".');
	}
	const file = form.get('file');
	if (!(file instanceof File)) error(400, 'No report attached: choose a PDF or text file.');
	const week = form.get('week');
	if (week !== null && (typeof week !== 'string' || (week !== '' && !isIsoDate(week)))) {
		error(400, 'The week must be a date written YYYY-MM-DD.');
	}
	try {
		const result = await ingestUpload(file, week || undefined);
		return json(result, { status: result.added ? 201 : 200 });
	} catch (e) {
		if (e instanceof ReportError) error(e.code === 'too_large' ? 413 : 422, e.message);
		throw e;
	}
};

/** Reading an uploaded report from a multipart request: the checks every upload endpoint makes. */
import { error } from '@sveltejs/kit';
import { isIsoDate, MAX_REPORT_BYTES } from '../report';

/** The file (field `file`) and optional week (`week`, YYYY-MM-DD); answers 4xx with a message a person can act on. */
export async function readUpload(request: Request): Promise<{ file: File; week: string | undefined }> {
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
	return { file, week: week || undefined };
}

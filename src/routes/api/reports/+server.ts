import { error, json } from '@sveltejs/kit';
import { appStore, ingestUpload } from '$lib/server/pipeline';
import { requestLang } from '$lib/server/refusal';
import { readUpload, uploadFailure } from '$lib/server/upload';
import type { RequestHandler } from './$types';

/** Stored reports, newest week last. */
export const GET: RequestHandler = async () => json((await appStore()).reports());

/**
 * Ingests an uploaded report (multipart field `file`, optional `week` YYYY-MM-DD) without review.
 * Bad input answers 4xx with a message a person can act on and stores nothing.
 */
export const POST: RequestHandler = async ({ request, url }) => {
	const lang = requestLang(request, url);
	const upload = await readUpload(request, lang);
	try {
		const result = await ingestUpload(upload);
		return json(result, { status: result.added ? 201 : 200 });
	} catch (e) {
		const failure = uploadFailure(e, lang);
		if (failure) error(failure.status, failure.message);
		throw e;
	}
};

import { error, json } from '@sveltejs/kit';
import { ReportError } from '$lib/report';
import { appStore, ingestUpload } from '$lib/server/pipeline';
import { readUpload } from '$lib/server/upload';
import type { RequestHandler } from './$types';

/** Stored reports, newest week last. */
export const GET: RequestHandler = async () => json((await appStore()).reports());

/**
 * Ingests an uploaded report (multipart field `file`, optional `week` YYYY-MM-DD) without review.
 * Bad input answers 4xx with a message a person can act on and stores nothing.
 */
export const POST: RequestHandler = async ({ request }) => {
	const { file, week } = await readUpload(request);
	try {
		const result = await ingestUpload(file, week);
		return json(result, { status: result.added ? 201 : 200 });
	} catch (e) {
		if (e instanceof ReportError) error(e.code === 'too_large' ? 413 : 422, e.message);
		throw e;
	}
};

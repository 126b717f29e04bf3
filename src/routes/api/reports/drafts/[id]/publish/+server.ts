import { error, json } from '@sveltejs/kit';
import { publishBody, readBody } from '$lib/server/requests';
import { publishDraft, ReviewError } from '$lib/server/review';
import type { RequestHandler } from './$types';

/** Publishes a reviewed report with its edits as corrections, in one transaction. */
export const POST: RequestHandler = async ({ params, request }) => {
	const body = await readBody(request, publishBody);
	try {
		return json(await publishDraft(params.id, body), { status: 201 });
	} catch (e) {
		if (e instanceof ReviewError) error(e.status, e.message);
		throw e;
	}
};

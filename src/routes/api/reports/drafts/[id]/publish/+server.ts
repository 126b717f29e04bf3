import { error, json } from '@sveltejs/kit';
import { requestLang } from '$lib/server/refusal';
import { publishBody, readBody } from '$lib/server/requests';
import { publishDraft, ReviewError } from '$lib/server/review';
import type { RequestHandler } from './$types';

/** Publishes a reviewed report with its edits as corrections, in one transaction. */
export const POST: RequestHandler = async ({ params, request, url }) => {
	const lang = requestLang(request, url);
	const body = await readBody(request, publishBody, lang);
	try {
		return json(await publishDraft(params.id, body), { status: 201 });
	} catch (e) {
		if (e instanceof ReviewError) error(e.status, e.messages[lang]);
		throw e;
	}
};

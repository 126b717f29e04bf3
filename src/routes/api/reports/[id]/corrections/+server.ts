import { error, json } from '@sveltejs/kit';
import { requestLang } from '$lib/server/refusal';
import { editsBody, readBody } from '$lib/server/requests';
import { correctStored, ReviewError } from '$lib/server/review';
import type { RequestHandler } from './$types';

/** Saves edits of a stored report's items as corrections (who/when kept), all or none. */
export const POST: RequestHandler = async ({ params, request, url }) => {
	const lang = requestLang(request, url);
	const { edits, author } = await readBody(request, editsBody, lang);
	try {
		return json({ corrections: await correctStored(params.id, edits, author) });
	} catch (e) {
		if (e instanceof ReviewError) error(e.status, e.messages[lang]);
		throw e;
	}
};

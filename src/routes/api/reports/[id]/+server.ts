import { error } from '@sveltejs/kit';
import { SERVER_TEXT } from '$lib/i18n/failures';
import { requestLang } from '$lib/server/refusal';
import { deleteReport } from '$lib/server/store';
import { appStore } from '$lib/server/pipeline';
import type { RequestHandler } from './$types';

/** Deletes a report with its items, their corrections and its file; nothing else. */
export const DELETE: RequestHandler = async ({ params, request, url }) => {
	if (!deleteReport(await appStore(), params.id)) error(404, SERVER_TEXT[requestLang(request, url)].noReport);
	return new Response(null, { status: 204 });
};

import { error } from '@sveltejs/kit';
import { deleteReport } from '$lib/server/store';
import { appStore } from '$lib/server/pipeline';
import type { RequestHandler } from './$types';

/** Deletes a report with its items, their corrections and its file; nothing else. */
export const DELETE: RequestHandler = async ({ params }) => {
	if (!deleteReport(await appStore(), params.id)) error(404, `No report with id ${params.id}.`);
	return new Response(null, { status: 204 });
};

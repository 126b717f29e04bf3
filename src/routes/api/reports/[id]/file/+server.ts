import { error } from '@sveltejs/kit';
import { reportFile } from '$lib/server/store';
import { appStore } from '$lib/server/pipeline';
import type { RequestHandler } from './$types';

/** The original file uploaded with a report, as a download. */
export const GET: RequestHandler = async ({ params }) => {
	const file = reportFile(await appStore(), params.id);
	if (!file) error(404, 'No original file is stored with this report (it was not uploaded in the browser).');
	const pdf = file.content.subarray(0, 5).toString('latin1') === '%PDF-';
	return new Response(new Uint8Array(file.content), {
		headers: {
			'content-type': pdf ? 'application/pdf' : 'text/plain; charset=utf-8',
			'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
			'x-content-type-options': 'nosniff'
		}
	});
};

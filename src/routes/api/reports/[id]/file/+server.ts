import { error } from '@sveltejs/kit';
import { SERVER_TEXT } from '$lib/i18n/failures';
import { requestLang } from '$lib/server/refusal';
import { reportFile } from '$lib/server/store';
import { appStore } from '$lib/server/pipeline';
import type { RequestHandler } from './$types';

/** The original file uploaded with a report, as a download. */
export const GET: RequestHandler = async ({ params, request, url }) => {
	const file = reportFile(await appStore(), params.id);
	if (!file) error(404, SERVER_TEXT[requestLang(request, url)].noReportFile);
	const pdf = file.content.subarray(0, 5).toString('latin1') === '%PDF-';
	return new Response(new Uint8Array(file.content), {
		headers: {
			'content-type': pdf ? 'application/pdf' : 'text/plain; charset=utf-8',
			'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
			'x-content-type-options': 'nosniff'
		}
	});
};

import { error, json } from '@sveltejs/kit';
import { SERVER_TEXT } from '$lib/i18n/failures';
import { requestLang } from '$lib/server/refusal';
import { RevertError } from '$lib/server/store';
import { appStore } from '$lib/server/pipeline';
import { authorBody, readBody } from '$lib/server/requests';
import type { RequestHandler } from './$types';

/** Undoes the latest correction of a field; logged as a new step by `author`. */
export const POST: RequestHandler = async ({ params, request, url }) => {
	const lang = requestLang(request, url);
	const { author } = await readBody(request, authorBody, lang);
	const id = Number(params.id);
	if (!Number.isInteger(id)) error(404, SERVER_TEXT[lang].noCorrection);
	try {
		return json((await appStore()).revert(id, author));
	} catch (e) {
		if (e instanceof RevertError)
			error(
				e.code === 'unknown' ? 404 : 409,
				SERVER_TEXT[lang][e.code === 'unknown' ? 'noCorrection' : 'correctionOverwritten']
			);
		throw e;
	}
};

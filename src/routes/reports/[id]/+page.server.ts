import { error } from '@sveltejs/kit';
import { langFromParam } from '$lib/i18n';
import { storedReview } from '$lib/server/review';
import type { PageServerLoad } from './$types';

/** A stored week reviewed again: its items as they are now, those that need a look first. */
export const load: PageServerLoad = async ({ params, url }) => {
	const review = await storedReview(params.id);
	if (!review) error(404, `No report with id ${params.id}.`);
	return { lang: langFromParam(url.searchParams.get('lang')), ...review };
};

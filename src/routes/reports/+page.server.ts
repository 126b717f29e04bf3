import { langFromParam } from '$lib/i18n';
import { summarizeReports } from '$lib/review';
import { appStore } from '$lib/server/pipeline';
import { reportsWithFile } from '$lib/server/store';
import type { PageServerLoad } from './$types';

/** The stored weeks with their counts. Nothing under review is stored, so none of it shows here. */
export const load: PageServerLoad = async ({ url }) => {
	const store = await appStore();
	return {
		lang: langFromParam(url.searchParams.get('lang')),
		reports: summarizeReports(store.reports(), store.items(), reportsWithFile(store))
	};
};

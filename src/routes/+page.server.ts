import { appStore } from '$lib/server/pipeline';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const store = await appStore();
	return { reports: store.reports(), items: store.items() };
};

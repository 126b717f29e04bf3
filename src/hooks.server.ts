import { env } from '$env/dynamic/private';
import type { Handle } from '@sveltejs/kit';
import { refuseWrite } from '$lib/server/refusal';
import { isSameOriginWrite } from '$lib/server/same-origin';

export const handle: Handle = async ({ event, resolve }) => {
	const { method, headers } = event.request;
	if (!isSameOriginWrite({ method, headers, url: event.url }, env.ORIGIN || undefined)) {
		return refuseWrite(event.request, event.url, 403, 'cross_site');
	}
	return resolve(event);
};

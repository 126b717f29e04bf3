import { json } from '@sveltejs/kit';
import { suggestPlaces } from '$lib/server/gazetteer/suggest';
import type { RequestHandler } from './$types';

/** Places whose name starts with `q` (南通高 → 南通高新技术产业开发区), for a search box. */
export const GET: RequestHandler = ({ url }) => {
	const q = (url.searchParams.get('q') ?? '').slice(0, 40);
	return json(suggestPlaces(q, 8));
};

/**
 * GET /api/map-data[?week=YYYY-MM-DD[..YYYY-MM-DD]]: the map's items (all, or those of the weeks
 * in the range, written as in the page's URL; either end may be empty) in the row format of $lib/map/wire, with an ETag (the data version) and gzip or
 * brotli. Revalidated on every use (no-cache), so a correction shows at once.
 */
import { filtersFromParams } from '$lib/filters';
import { encodedBody, mapDataBody, pickEncoding } from '$lib/server/map-data';
import { appStore } from '$lib/server/pipeline';
import { readSnapshot } from '$lib/server/snapshot';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url, request }) => {
	const { weekFrom, weekTo } = filtersFromParams(url.searchParams);
	const body = await mapDataBody(await readSnapshot(await appStore()), weekFrom, weekTo);
	const headers: Record<string, string> = {
		'content-type': 'application/json; charset=utf-8',
		'cache-control': 'no-cache',
		etag: body.etag,
		vary: 'accept-encoding'
	};
	if (request.headers.get('if-none-match') === body.etag) return new Response(null, { status: 304, headers });
	const encoding = pickEncoding(request.headers.get('accept-encoding'));
	if (encoding !== 'identity') headers['content-encoding'] = encoding;
	return new Response((await encodedBody(body, encoding)) as Uint8Array<ArrayBuffer>, { headers });
};

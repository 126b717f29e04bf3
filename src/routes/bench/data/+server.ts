/**
 * GET /bench/data?n=N: N SYNTHETIC projects written and compressed by the map data endpoint's
 * own code ($lib/server/map-data), so the benchmark pages load, parse and decode their items the
 * way the map page does. Never stored; the last N asked for is kept.
 */
import { allCityPoints } from '$lib/map/labels.server';
import { syntheticCount, syntheticItems } from '$lib/map/synthetic';
import { encodedBody, mapDataJson, pickEncoding, type MapDataBody } from '$lib/server/map-data';
import type { RequestHandler } from './$types';

let kept: { n: number; body: Promise<MapDataBody> } | null = null;

function body(n: number): Promise<MapDataBody> {
	if (kept?.n !== n) {
		const items = syntheticItems(n, allCityPoints());
		const version = `synthetic-${n}`;
		kept = {
			n,
			body: mapDataJson({ version, weekFrom: null, weekTo: null }, items).then((json) => ({
				etag: `"${version}"`,
				json,
				compressed: {}
			}))
		};
	}
	return kept.body;
}

export const GET: RequestHandler = async ({ url, request }) => {
	const encoding = pickEncoding(request.headers.get('accept-encoding'));
	const json = await encodedBody(await body(syntheticCount(url.searchParams)), encoding);
	return new Response(json as Uint8Array<ArrayBuffer>, {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'cache-control': 'no-cache',
			vary: 'accept-encoding',
			...(encoding === 'identity' ? {} : { 'content-encoding': encoding })
		}
	});
};

/**
 * GET /bench/data?n=N: N SYNTHETIC projects in the map data's wire format ($lib/map/wire),
 * gzipped as /api/map-data sends them, so the benchmark pages load, parse and decode their
 * items the way the map page does. Never stored; the last N asked for is kept.
 */
import { gzipSync } from 'node:zlib';
import { allCityPoints, labelPoints } from '$lib/map/labels.server';
import { syntheticCount, syntheticItems } from '$lib/map/synthetic';
import { encodeMapItems, WIRE_FIELDS, type MapData } from '$lib/map/wire';
import { groupByCity } from '$lib/map/grouping';
import type { RequestHandler } from './$types';

let kept: { n: number; json: Uint8Array; gzip: Uint8Array } | null = null;

function body(n: number) {
	if (kept?.n === n) return kept;
	const items = syntheticItems(n, allCityPoints());
	const data: MapData = {
		version: `synthetic-${n}`,
		weekFrom: null,
		weekTo: null,
		count: items.length,
		fields: WIRE_FIELDS,
		rows: encodeMapItems(items),
		labelPoints: labelPoints(groupByCity(items).keys())
	};
	const json = new TextEncoder().encode(JSON.stringify(data));
	kept = { n, json, gzip: gzipSync(json, { level: 6 }) };
	return kept;
}

export const GET: RequestHandler = ({ url, request }) => {
	const { json, gzip } = body(syntheticCount(url.searchParams));
	const gzipped = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
	return new Response((gzipped ? gzip : json) as Uint8Array<ArrayBuffer>, {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'cache-control': 'no-cache',
			vary: 'accept-encoding',
			...(gzipped ? { 'content-encoding': 'gzip' } : {})
		}
	});
};

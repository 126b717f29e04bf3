/**
 * The bodies of GET /api/map-data, built once per data version and range and kept compressed,
 * so that a busy page costs a lookup, not a serialisation (format: $lib/map/wire). Bodies are
 * written a thousand items at a time, so other requests are answered in between.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { groupByCity } from '../map/grouping';
import { labelPoints } from '../map/labels.server';
import { mapRowWriter, WIRE_FIELDS, type MapData } from '../map/wire';
import type { WeekItem } from '../report/types';
import type { StoredItem } from './store';
import { nextTurn } from './turns';

export type Encoding = 'br' | 'gzip' | 'identity';

/** The stored items of one data version. */
export interface ItemsOfVersion {
	version: string;
	items: readonly StoredItem[];
}

export interface MapDataBody {
	etag: string;
	/** The JSON text, and its compressed forms made on first use. */
	json: Uint8Array;
	/** Compressed off the request thread (zlib's thread pool), once per encoding. */
	compressed: Partial<Record<Exclude<Encoding, 'identity'>, Promise<Uint8Array>>>;
}

/** Bodies kept: a few ranges of the current version are enough; old versions age out. */
const MAX_CACHED = 16;
const cache = new Map<string, Promise<MapDataBody>>();

/** Items written per turn of the event loop. */
const ROWS_PER_TURN = 1000;

/** The body for the weeks from `weekFrom` to `weekTo` (null: open), made on first use and kept. */
export function mapDataBody(
	data: ItemsOfVersion,
	weekFrom: string | null,
	weekTo: string | null
): Promise<MapDataBody> {
	const key = `${data.version}|${weekFrom ?? ''}|${weekTo ?? ''}`;
	const hit = cache.get(key);
	if (hit) return hit;
	const items = data.items.filter(
		(i) => (weekFrom === null || i.week >= weekFrom) && (weekTo === null || i.week <= weekTo)
	);
	const body = mapDataJson({ version: data.version, weekFrom, weekTo }, items).then((json): MapDataBody => ({
		etag: `"${data.version}-${weekFrom ?? ''}-${weekTo ?? ''}"`,
		json,
		compressed: {}
	}));
	if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
	cache.set(key, body);
	body.catch(() => cache.delete(key));
	return body;
}

/**
 * The JSON text of MapData (the same text as JSON.stringify of it), written ROWS_PER_TURN rows at
 * a time: ten thousand items take a few hundred milliseconds to write, too long to hold up
 * every other request.
 */
export async function mapDataJson(
	head: Pick<MapData, 'version' | 'weekFrom' | 'weekTo'>,
	items: readonly WeekItem[]
): Promise<Uint8Array> {
	const encoder = new TextEncoder();
	const opening = JSON.stringify({ ...head, count: items.length, fields: WIRE_FIELDS });
	const parts = [encoder.encode(`${opening.slice(0, -1)},"rows":[`)];
	const writer = mapRowWriter();
	for (let from = 0; from < items.length; from += ROWS_PER_TURN) {
		const rows = JSON.stringify(writer.rows(items.slice(from, from + ROWS_PER_TURN)));
		parts.push(encoder.encode((from === 0 ? '' : ',') + rows.slice(1, -1)));
		await nextTurn();
	}
	const points = labelPoints(groupByCity(items).keys());
	parts.push(
		encoder.encode(`],"places":${JSON.stringify(writer.places)},"labelPoints":${JSON.stringify(points)}}`)
	);
	return Buffer.concat(parts);
}

/** The best encoding the client accepts. */
export function pickEncoding(acceptEncoding: string | null): Encoding {
	const accepted = (acceptEncoding ?? '').toLowerCase();
	if (/\bbr\b/.test(accepted)) return 'br';
	if (/\bgzip\b/.test(accepted)) return 'gzip';
	return 'identity';
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** The body in the given encoding, compressed once (in zlib's thread pool) and kept. */
export function encodedBody(body: MapDataBody, encoding: Encoding): Promise<Uint8Array> {
	if (encoding === 'identity') return Promise.resolve(body.json);
	body.compressed[encoding] ??=
		encoding === 'br'
			? brotliAsync(body.json, {
					params: {
						[constants.BROTLI_PARAM_QUALITY]: 5,
						[constants.BROTLI_PARAM_SIZE_HINT]: body.json.length
					}
				})
			: gzipAsync(body.json, { level: 6 });
	return body.compressed[encoding];
}

export interface MapSummary {
	version: string;
	/** Weeks (Mondays) that hold items, oldest first. */
	weeks: string[];
	itemCount: number;
	located: number;
	/** Sector names, most frequent first. */
	sectors: string[];
}

let summaryCache: MapSummary | null = null;

/** The small metadata the map page's HTML carries; recomputed only when the data changes. */
export function mapSummary({ version, items }: ItemsOfVersion): MapSummary {
	if (summaryCache?.version === version) return summaryCache;
	const counts = new Map<string, number>();
	for (const item of items) for (const s of item.sectors) counts.set(s, (counts.get(s) ?? 0) + 1);
	summaryCache = {
		version,
		weeks: [...new Set(items.map((i) => i.week))].sort(),
		itemCount: items.length,
		located: items.filter((i) => i.location !== null).length,
		sectors: [...counts.entries()]
			.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'))
			.map(([s]) => s)
	};
	return summaryCache;
}

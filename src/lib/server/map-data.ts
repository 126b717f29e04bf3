/**
 * The bodies of GET /api/map-data, built once per data version and range and kept compressed,
 * so that a busy page costs a lookup, not a serialisation (format: $lib/map/wire).
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { groupByCity } from '../map/grouping';
import { labelPoints } from '../map/labels.server';
import { encodeMapItems, type MapData } from '../map/wire';
import type { Store } from './store';

export type Encoding = 'br' | 'gzip' | 'identity';

export interface MapDataBody {
	etag: string;
	/** The JSON text, and its compressed forms made on first use. */
	json: Uint8Array;
	/** Compressed off the request thread (zlib's thread pool), once per encoding. */
	compressed: Partial<Record<Exclude<Encoding, 'identity'>, Promise<Uint8Array>>>;
}

/** Bodies kept: a few ranges of the current version are enough; old versions age out. */
const MAX_CACHED = 16;
const cache = new Map<string, MapDataBody>();

export function mapDataBody(store: Store, weekFrom: string | null, weekTo: string | null): MapDataBody {
	const version = store.version();
	const key = `${version}|${weekFrom ?? ''}|${weekTo ?? ''}`;
	const hit = cache.get(key);
	if (hit) return hit;
	const items = store
		.items()
		.filter((i) => (weekFrom === null || i.week >= weekFrom) && (weekTo === null || i.week <= weekTo));
	const data: MapData = {
		version,
		weekFrom,
		weekTo,
		count: items.length,
		...encodeMapItems(items),
		labelPoints: labelPoints(groupByCity(items).keys())
	};
	const body: MapDataBody = {
		etag: `"${version}-${weekFrom ?? ''}-${weekTo ?? ''}"`,
		json: new TextEncoder().encode(JSON.stringify(data)),
		compressed: {}
	};
	if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
	cache.set(key, body);
	return body;
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
export function mapSummary(store: Store): MapSummary {
	const version = store.version();
	if (summaryCache?.version === version) return summaryCache;
	const items = store.items();
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

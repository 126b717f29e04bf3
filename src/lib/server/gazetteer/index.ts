/**
 * Offline gazetteer: place mentions in Chinese news text → the project's destination (Location, WGS-84).
 * Data: data/gazetteer/gazetteer.json, built by scripts/build-gazetteer.ts, read from disk here;
 * matching itself is the pure code in src/lib/gazetteer/.
 *
 * Must not import export/, map/, ui/, filters/, cli/ or the rest of src/lib/server/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildData, type GazData } from '../../gazetteer/data';
import { resolveItem, type PlaceText } from '../../gazetteer/resolve';
import type { Location } from '../../gazetteer/types';

export type { Location, LocationLevel, LocationPrecision } from '../../gazetteer/types';
export type { PlaceText } from '../../gazetteer/resolve';

export interface Gazetteer {
	/** One line or sentence of text. */
	locate(text: string): Location | null;
	/** A report item: title first, then caption, body, and the source as context. */
	locateItem(item: PlaceText): Location | null;
	/** A division by its 6-digit code (2023 codes; HK/Macau/Taiwan by DataV codes), or a zone by its id. */
	byAdcode(code: string): Location | null;
}

const cache = new Map<string, Gazetteer>();

/** The gazetteer table in a file, parsed. */
export function readData(path: string): GazData {
	return buildData(readFileSync(path, 'utf8'));
}

/** Default folder: $PARKMAP_DATA_DIR/gazetteer, else <cwd>/data/gazetteer. */
export function defaultDataDir(): string {
	const env = process.env.PARKMAP_DATA_DIR;
	return env ? join(env, 'gazetteer') : resolve(process.cwd(), 'data/gazetteer');
}

/** Loads (once per folder) and returns the gazetteer. Synchronous. */
export function loadGazetteer(dataDir?: string): Gazetteer {
	const dir = resolve(dataDir ?? defaultDataDir());
	const hit = cache.get(dir);
	if (hit) return hit;
	const file = join(dir, 'gazetteer.json');
	if (!existsSync(file))
		throw new Error(`gazetteer data not found at ${file}; run: npx tsx scripts/build-gazetteer.ts`);
	const g = makeGazetteer(readData(file));
	cache.set(dir, g);
	return g;
}

function makeGazetteer(data: GazData): Gazetteer {
	const zonesById = new Map(data.places.filter((p) => p.level === 'zone').map((p) => [p.code, p]));
	return {
		locate: (text) => resolveItem(data, { title: text }),
		locateItem: (item) => resolveItem(data, item),
		byAdcode: (code) => {
			const p = data.byCode.get(code) ?? zonesById.get(code);
			return p ? { ...p.loc } : null;
		}
	};
}

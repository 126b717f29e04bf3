/**
 * Loads data/gazetteer/gazetteer.json (written by scripts/build-gazetteer.ts) into places and a match trie.
 */
import { readFileSync } from 'node:fs';
import type { Location, LocationLevel } from './types';

/** One place the resolver can return: a division or a zone. */
export interface Place {
	id: number;
	code: string;
	name: string;
	level: LocationLevel;
	parent: Place | null;
	province: Place;
	/** province-administered county-level unit: it is its own city */
	pac: boolean;
	municipality: boolean;
	zoneType: string | null;
	loc: Location;
	depth: number;
}

/** How a pattern names a place: 0 full name or zone alias, 1 short form, 2 weak short form
 * (counted only when another place in the same item confirms the province). */
export const Strength = { Full: 0, Short: 1, Weak: 2 } as const;
export type Strength = (typeof Strength)[keyof typeof Strength];

export interface Hit {
	place: Place;
	strength: Strength;
}

/** Bare generic zone words (高新区, 经开区 …) carry a zone type instead of a place. */
export interface Pattern {
	text: string;
	hits: Hit[];
	generic: string | null;
}

export interface TrieNode {
	next: Map<number, TrieNode>;
	pattern: Pattern | null;
}

export interface GazData {
	places: Place[];
	byCode: Map<string, Place>;
	root: TrieNode;
	/** zones by host city code and type, for bare generic words */
	zonesByCity: Map<string, Place[]>;
}

type DivRow = [string, string, string, string, number, number, string, string, number];
type ZoneRow = [string, string, string, string, number | '', number | '', string];

export const GENERIC_WORDS: Record<string, string> = {
	高新区: 'htz',
	高新技术产业开发区: 'htz',
	高新技术开发区: 'htz',
	经开区: 'etdz',
	经济技术开发区: 'etdz',
	开发区: 'etdz',
	经济开发区: 'etdz',
	自贸区: 'ftz',
	自贸试验区: 'ftz',
	自由贸易试验区: 'ftz',
};

function insert(root: TrieNode, text: string): Pattern {
	let node = root;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		let nx = node.next.get(c);
		if (!nx) {
			nx = { next: new Map(), pattern: null };
			node.next.set(c, nx);
		}
		node = nx;
	}
	if (!node.pattern) node.pattern = { text, hits: [], generic: null };
	return node.pattern;
}

function addHit(root: TrieNode, text: string, place: Place, strength: Strength): void {
	const p = insert(root, text);
	const prev = p.hits.find((h) => h.place === place);
	if (prev) prev.strength = Math.min(prev.strength, strength) as Strength;
	else p.hits.push({ place, strength });
}

export function buildData(json: string): GazData {
	const raw = JSON.parse(json) as { divisions: DivRow[]; zones: ZoneRow[] };
	const places: Place[] = [];
	const byCode = new Map<string, Place>();
	const root: TrieNode = { next: new Map(), pattern: null };

	// Rows are sorted by code, and a parent's code always sorts before its children's.
	for (const [code, name, parentCode, lv, lon, lat, , , muni] of raw.divisions) {
		const parent = parentCode ? (byCode.get(parentCode) ?? null) : null;
		const level: LocationLevel = lv === 'p' ? 'province' : lv === 'c' ? 'city' : 'county';
		const province = parent ? parent.province : (null as unknown as Place);
		const place: Place = {
			id: places.length,
			code,
			name,
			level,
			parent,
			province,
			pac: lv === 'x',
			municipality: muni === 1,
			zoneType: null,
			loc: null as unknown as Location,
			depth: parent ? parent.depth + 1 : 0,
		};
		if (!parent) place.province = place;
		place.loc = divisionLocation(place, lon, lat);
		places.push(place);
		byCode.set(code, place);
	}
	raw.divisions.forEach((row, i) => {
		const place = places[i];
		addHit(root, row[1], place, Strength.Full);
		for (const a of splitList(row[6])) addHit(root, a, place, Strength.Short);
		for (const a of splitList(row[7])) addHit(root, a, place, Strength.Weak);
	});

	const zonesByCity = new Map<string, Place[]>();
	for (const [id, type, name, host, lon, lat, aliases] of raw.zones) {
		const hostPlace = byCode.get(host);
		if (!hostPlace) continue;
		const place: Place = {
			id: places.length,
			code: id,
			name,
			level: 'zone',
			parent: hostPlace,
			province: hostPlace.province,
			pac: false,
			municipality: false,
			zoneType: type,
			loc: {
				province: hostPlace.loc.province,
				city: hostPlace.loc.city,
				county: hostPlace.loc.county,
				zone: name,
				adcode: hostPlace.code,
				level: 'zone',
				lon: lon === '' ? hostPlace.loc.lon : lon,
				lat: lat === '' ? hostPlace.loc.lat : lat,
			},
			depth: hostPlace.depth + 1,
		};
		places.push(place);
		addHit(root, name, place, Strength.Full);
		for (const a of splitList(aliases)) addHit(root, a, place, Strength.Full);
		const city = cityOf(hostPlace);
		if (city) {
			const list = zonesByCity.get(city.code) ?? [];
			list.push(place);
			zonesByCity.set(city.code, list);
		}
	}
	for (const [w, type] of Object.entries(GENERIC_WORDS)) {
		const p = insert(root, w);
		if (p.hits.length === 0) p.generic = type;
	}
	return { places, byCode, root, zonesByCity };
}

const splitList = (s: string): string[] => (s ? s.split('|') : []);

/** The unit that plays the city role: a prefecture, a municipality, or a province-administered county. */
export function cityOf(p: Place): Place | null {
	for (let q: Place | null = p; q; q = q.parent) {
		if (q.level === 'city' || q.pac || q.municipality) return q;
	}
	return null;
}

function divisionLocation(p: Place, lon: number, lat: number): Location {
	const mk = (city: string | null, county: string | null, level: LocationLevel): Location => ({
		province: p.province.name,
		city,
		county,
		zone: null,
		adcode: p.code,
		level,
		lon,
		lat,
	});
	// A municipality (and HK/Macau) named alone is a city: city repeats the province name (contract).
	if (p.level === 'province') return p.municipality ? mk(p.name, null, 'city') : mk(null, null, 'province');
	if (p.level === 'city') return mk(p.name, null, 'city');
	// County level. 省直辖 units (济源, 仙桃, 五指山, 石河子 …) are their own city, as in the basemap's prefecture layer.
	const city = p.pac ? p.name : p.parent && p.parent.level === 'city' ? p.parent.name : p.province.name;
	return mk(city, p.name, 'county');
}

export function readData(path: string): GazData {
	return buildData(readFileSync(path, 'utf8'));
}

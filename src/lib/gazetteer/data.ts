/**
 * The gazetteer table (data/gazetteer/gazetteer.json, written by scripts/build-gazetteer.ts) as
 * places and a match table, built from its text; reading the file is src/lib/server/gazetteer's.
 */
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
 * (counted only when another place in the same item confirms the province), 3 a township (镇, 乡, 街道)
 * naming its county (counted only when another place in the item names the county's city). */
export const Strength = { Full: 0, Short: 1, Weak: 2, Town: 3 } as const;
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

export interface GazData {
	places: Place[];
	byCode: Map<string, Place>;
	/** the match table (see {@link findLongest}) */
	table: MatchTable;
	/** zones by host city code, for bare generic words */
	zonesByCity: Map<string, Place[]>;
	/** the townships as stored (lines of name TAB place indexes), indexed on first use by {@link townIndex} */
	townsText: string;
	towns: TownIndex | null;
}

/**
 * Pattern texts sorted by their first two code units (longest first within a pair), and an
 * open-addressing hash from that pair to the range of texts starting with it. Typed arrays and
 * lazily built Pattern objects keep the cold load small (no per-pattern allocation up front).
 */
/** Townships (镇, 乡, 街道) → place indexes of their county ("12,345"), the name lengths, and patterns made so far. */
export interface TownIndex {
	codes: Map<string, string>;
	lengths: number[];
	patterns: Map<string, Pattern>;
}

export interface MatchTable {
	texts: string[];
	codes: number[][];
	patterns: (Pattern | undefined)[];
	mask: number;
	keys: Int32Array;
	from: Int32Array;
	to: Int32Array;
	/** each text's third code unit (0 for two-character texts): most texts of a pair fail on it, cheaply */
	third: Uint16Array;
	places: Place[];
}

/** code, name, parent, level, lon, lat, municipality, and 1 when the point is the parent's */
type DivRow = [string, string, string, string, number, number, number, number?];
type ZoneRow = [string, string, string, string, number | '', number | ''];

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
	自由贸易试验区: 'ftz'
};

const pairKey = (c0: number, c1: number): number => (c0 << 16) | c1 | 0;

function buildTable(texts: string[], codes: number[][], places: Place[]): MatchTable {
	let size = 1;
	while (size < texts.length * 2) size <<= 1;
	const mask = size - 1;
	const keys = new Int32Array(size);
	const from = new Int32Array(size).fill(-1);
	const to = new Int32Array(size);
	let k = 0;
	while (k < texts.length) {
		const t = texts[k];
		const key = pairKey(t.charCodeAt(0), t.charCodeAt(1));
		let e = k + 1;
		while (e < texts.length && pairKey(texts[e].charCodeAt(0), texts[e].charCodeAt(1)) === key) e++;
		let h = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
		while (from[h] !== -1) h = (h + 1) & mask;
		keys[h] = key;
		from[h] = k;
		to[h] = e;
		k = e;
	}
	const third = new Uint16Array(texts.length);
	for (let j = 0; j < texts.length; j++) third[j] = texts[j].length > 2 ? texts[j].charCodeAt(2) : 0;
	return { texts, codes, patterns: new Array(texts.length), mask, keys, from, to, third, places };
}

/** Longest pattern starting at text[i], or null. */
export function findLongest(t: MatchTable, text: string, i: number): Pattern | null {
	const key = pairKey(text.charCodeAt(i), text.charCodeAt(i + 1));
	let h = (Math.imul(key, 0x9e3779b1) >>> 0) & t.mask;
	for (;;) {
		const f = t.from[h];
		if (f === -1) return null;
		if (t.keys[h] === key) {
			const c2 = text.charCodeAt(i + 2);
			for (let k = f; k < t.to[h]; k++) {
				const x = t.third[k];
				if ((x === 0 || x === c2) && text.startsWith(t.texts[k], i)) return patternAt(t, k);
			}
			return null;
		}
		h = (h + 1) & t.mask;
	}
}

function patternAt(t: MatchTable, k: number): Pattern {
	let p = t.patterns[k];
	if (!p) {
		const text = t.texts[k];
		const hits: Hit[] = t.codes[k].map((v) => ({ place: t.places[v >> 2], strength: (v & 3) as Strength }));
		p = { text, hits, generic: hits.length === 0 ? (GENERIC_WORDS[text] ?? null) : null };
		t.patterns[k] = p;
	}
	return p;
}

/** A division's place; rows come sorted by code, so its parent is already in `byCode`. */
function divisionPlace(row: DivRow, id: number, byCode: ReadonlyMap<string, Place>): Place {
	const [code, name, parentCode, lv, lon, lat, muni, fromParent] = row;
	const parent = parentCode ? (byCode.get(parentCode) ?? null) : null;
	const level: LocationLevel = lv === 'p' ? 'province' : lv === 'c' ? 'city' : 'county';
	const place: Place = {
		id,
		code,
		name,
		level,
		parent,
		province: parent ? parent.province : (null as unknown as Place),
		pac: lv === 'x',
		municipality: muni === 1,
		zoneType: null,
		loc: null as unknown as Location,
		depth: parent ? parent.depth + 1 : 0
	};
	if (!parent) place.province = place;
	place.loc = divisionLocation(place, lon, lat);
	place.loc.precision = fromParent === 1 ? 'parent-seat' : 'seat';
	return place;
}

/** A zone's place, at its own point or, without one, at its host's seat. */
function zonePlace(row: ZoneRow, id: number, byCode: ReadonlyMap<string, Place>): Place {
	const [zoneId, type, name, host, lon, lat] = row;
	const hostPlace = byCode.get(host);
	if (!hostPlace) throw new Error(`gazetteer.json: zone ${zoneId} has unknown host ${host}`);
	return {
		id,
		code: zoneId,
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
			precision: lon === '' ? 'zone-host' : 'zone'
		},
		depth: hostPlace.depth + 1
	};
}

export function buildData(json: string): GazData {
	const raw = JSON.parse(json) as {
		divisions: DivRow[];
		zones: ZoneRow[];
		patterns: [string, number[]][];
		towns?: string;
	};
	const places: Place[] = [];
	const byCode = new Map<string, Place>();
	for (const row of raw.divisions) {
		const place = divisionPlace(row, places.length, byCode);
		places.push(place);
		byCode.set(place.code, place);
	}
	const zonesByCity = new Map<string, Place[]>();
	for (const row of raw.zones) {
		const place = zonePlace(row, places.length, byCode);
		places.push(place);
		const city = cityOf(place.parent!);
		if (city) {
			const list = zonesByCity.get(city.code);
			if (list) list.push(place);
			else zonesByCity.set(city.code, [place]);
		}
	}
	const texts = raw.patterns.map((r) => r[0]);
	const codes = raw.patterns.map((r) => r[1]);
	return {
		places,
		byCode,
		table: buildTable(texts, codes, places),
		zonesByCity,
		townsText: raw.towns ?? '',
		towns: null
	};
}

/**
 * The township index, built on first use: most texts name no township, and building it (about 20 ms for
 * 29,000 names) would otherwise double the load.
 */
export function townIndex(data: GazData): TownIndex {
	if (data.towns) return data.towns;
	const codes = new Map<string, string>();
	const lengths = new Set<number>();
	for (const line of data.townsText ? data.townsText.split('\n') : []) {
		const tab = line.indexOf('\t');
		codes.set(line.slice(0, tab), line.slice(tab + 1));
		lengths.add(tab);
	}
	data.towns = { codes, lengths: [...lengths].sort((a, b) => b - a), patterns: new Map() };
	return data.towns;
}

/** The longest township name ending at text[end - 1] whose start `fits`, or null. */
export function findTownEndingAt(
	data: GazData,
	text: string,
	end: number,
	fits: (start: number) => boolean
): Pattern | null {
	const index = townIndex(data);
	for (const len of index.lengths) {
		const start = end - len;
		if (start < 0 || !fits(start)) continue;
		const name = text.slice(start, end);
		const codes = index.codes.get(name);
		if (codes === undefined) continue;
		let p = index.patterns.get(name);
		if (!p) {
			const hits = codes.split(',').map((i) => ({ place: data.places[Number(i)], strength: Strength.Town }));
			p = { text: name, hits, generic: null };
			index.patterns.set(name, p);
		}
		return p;
	}
	return null;
}

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
		lat
	});
	// A municipality (and HK/Macau) named alone is a city: city repeats the province name (contract).
	if (p.level === 'province') return p.municipality ? mk(p.name, null, 'city') : mk(null, null, 'province');
	if (p.level === 'city') return mk(p.name, null, 'city');
	// County level. 省直辖 units (济源, 仙桃, 五指山, 石河子 …) are their own city, as in the basemap's prefecture layer.
	const city = p.pac ? p.name : p.parent && p.parent.level === 'city' ? p.parent.name : p.province.name;
	return mk(city, p.name, 'county');
}

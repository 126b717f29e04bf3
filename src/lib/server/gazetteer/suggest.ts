/**
 * Place names as a person types them: a prefix (南通高) → the places whose name or common short
 * form starts with it (南通高新技术产业开发区). Node only; the data is read once per folder.
 */
import { join, resolve } from 'node:path';
import type { Place } from '../../gazetteer/data';
import type { Location, PlaceSuggestion } from '../../gazetteer/types';
import { defaultDataDir, loadGazetteer, readData } from './index';

export type { PlaceSuggestion } from '../../gazetteer/types';

interface SuggestIndex {
	/** Every name and short form with the place it names, sorted by text. */
	entries: { text: string; place: Place }[];
}

const indexes = new Map<string, SuggestIndex>();

function buildIndex(dir: string): SuggestIndex {
	const data = readData(join(dir, 'gazetteer.json'));
	const entries: SuggestIndex['entries'] = data.places.map((place) => ({ text: place.name, place }));
	const { texts, codes, places } = data.table;
	texts.forEach((text, k) => {
		for (const v of codes[k]) entries.push({ text, place: places[v >> 2] });
	});
	entries.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
	return { entries };
}

function firstAtLeast(entries: SuggestIndex['entries'], prefix: string): number {
	let lo = 0;
	let hi = entries.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (entries[mid].text < prefix) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The name, or where it is ambiguous (鼓楼区) the name with its city or province before it. */
function resolvableName(place: Place, dir: string): string {
	const gazetteer = loadGazetteer(dir);
	const same = (l: Location | null) =>
		l !== null && l.adcode === place.loc.adcode && l.level === place.loc.level && l.zone === place.loc.zone;
	const tries = [place.name, `${place.loc.city ?? ''}${place.name}`, `${place.loc.province}${place.name}`];
	return tries.find((name) => same(gazetteer.locate(name))) ?? place.name;
}

const LEVEL_ORDER = { zone: 0, county: 1, city: 2, province: 3 } as const;

/**
 * Up to `limit` places whose name or short form starts with `prefix` (at least one character),
 * exact names first, then finer places, then shorter names.
 */
export function suggestPlaces(prefix: string, limit = 8, dataDir?: string): PlaceSuggestion[] {
	const query = prefix.trim();
	if (query === '') return [];
	const dir = resolve(dataDir ?? defaultDataDir());
	let index = indexes.get(dir);
	if (!index) indexes.set(dir, (index = buildIndex(dir)));
	const found = new Map<number, Place>();
	const { entries } = index;
	for (let i = firstAtLeast(entries, query); i < entries.length && entries[i].text.startsWith(query); i++) {
		found.set(entries[i].place.id, entries[i].place);
		if (found.size >= 200) break;
	}
	return [...found.values()]
		.sort(
			(a, b) =>
				Number(b.name === query) - Number(a.name === query) ||
				Number(b.name.startsWith(query)) - Number(a.name.startsWith(query)) ||
				LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
				a.name.length - b.name.length
		)
		.slice(0, limit)
		.map((place) => ({
			name: resolvableName(place, dir),
			within: [place.loc.province, place.loc.city, place.loc.county]
				.filter((part, i, all) => part && part !== place.name && all.indexOf(part) === i)
				.join(' '),
			location: { ...place.loc }
		}));
}

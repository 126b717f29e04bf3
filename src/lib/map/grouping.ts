/**
 * City groups. Projects in one prefecture-level city share a city marker; the group key is the
 * city's adcode (6 digits, ending 00). Municipalities (北京, 天津, 上海, 重庆) and items located
 * only to a province group under the province code; county units directly under a province
 * (省直辖, codes ddd9dd such as 济源市 419001) are their own group.
 */
import type { Location } from '../gazetteer/types';

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

/** The group key of a location: the adcode of its city (or province, see above). */
export function cityKey(location: Pick<Location, 'adcode' | 'level'>): string {
	const code = location.adcode.padEnd(6, '0').slice(0, 6);
	const province = code.slice(0, 2);
	if (location.level === 'province' || MUNICIPALITIES.has(province)) return `${province}0000`;
	if (code.slice(2, 4) === '90') return code;
	return `${code.slice(0, 4)}00`;
}

/** A display name for the group of a location: the city name, else the province name. */
export function cityName(
	location: Pick<Location, 'province' | 'city' | 'county' | 'adcode' | 'level'>
): string {
	const key = cityKey(location);
	if (key.endsWith('0000')) return location.province;
	if (key.slice(2, 4) === '90') return location.county ?? location.city ?? location.province;
	return location.city ?? location.province;
}

export interface CityGroup<T> {
	key: string;
	name: string;
	province: string;
	/** True when the group stands for a whole province (a municipality or a province-level fallback). */
	provinceLevel: boolean;
	items: T[];
	count: number;
	/** Sum of known amounts, 亿元. */
	totalYi: number;
	/** Mean position of the group's projects, a fallback when no label point is known. */
	lon: number;
	lat: number;
}

/** Groups located items by city; unlocated items are left out (they belong to the review list). */
export function groupByCity<T extends { location: Location | null; amountYi: number | null }>(
	items: readonly T[]
): Map<string, CityGroup<T>> {
	const groups = new Map<string, CityGroup<T>>();
	for (const item of items) {
		const loc = item.location;
		if (!loc) continue;
		const key = cityKey(loc);
		let group = groups.get(key);
		if (!group) {
			group = {
				key,
				name: cityName(loc),
				province: loc.province,
				provinceLevel: key.endsWith('0000'),
				items: [],
				count: 0,
				totalYi: 0,
				lon: 0,
				lat: 0
			};
			groups.set(key, group);
		}
		group.items.push(item);
		group.count += 1;
		group.totalYi += item.amountYi ?? 0;
		group.lon += (loc.lon - group.lon) / group.count;
		group.lat += (loc.lat - group.lat) / group.count;
	}
	return groups;
}

/** Sorts projects for the city panel: largest amount first, unknown amounts last, then by date and title. */
export function byAmount<T extends { amountYi: number | null; date: string | null; title: string }>(
	a: T,
	b: T
): number {
	const av = a.amountYi ?? -Infinity;
	const bv = b.amountYi ?? -Infinity;
	if (av !== bv) return bv - av;
	return (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title, 'zh');
}

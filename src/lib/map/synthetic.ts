/**
 * SYNTHETIC projects for the benchmark page: N items spread over real city points, weeks,
 * sectors, sections and amounts, one in fifty an event, deterministic for a given N. Never stored.
 */
import type { Location, LocationLevel } from '../gazetteer/types';
import type { Section } from '../report/types';
import { SECTORS } from '../report/sectors';
import type { WeekItem } from '../report/types';

/** The taxonomy's sector names (data/sectors.json). */
const SECTOR_NAMES = SECTORS.map((sector) => sector.name);
/** Every EVENT_EVERY-th synthetic item is an event. */
export const EVENT_EVERY = 50;
const SECTIONS: Section[] = ['investment', 'investment', 'investment', 'news', 'policy'];
const LEVELS: LocationLevel[] = ['zone', 'county', 'county', 'city', 'city', 'province'];

/** Mulberry32: a small seeded PRNG, so synthetic data is the same on every run. */
export function random(seed: number): () => number {
	return () => {
		seed |= 0;
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Mondays from 2023-09-04 on. */
export function syntheticWeeks(count: number): string[] {
	const start = Date.UTC(2023, 8, 4);
	return Array.from({ length: count }, (_, i) =>
		new Date(start + i * 7 * 86400000).toISOString().slice(0, 10)
	);
}

export function syntheticItems(
	n: number,
	cityPoints: Record<string, [number, number]>,
	weeks = 12
): WeekItem[] {
	const rand = random(n);
	const cities = Object.entries(cityPoints);
	const weekList = syntheticWeeks(weeks);
	const items: WeekItem[] = [];
	for (let i = 0; i < n; i++) {
		const [adcode, [lon, lat]] = cities[Math.floor(rand() * cities.length)];
		const level = LEVELS[Math.floor(rand() * LEVELS.length)];
		const jitter = level === 'city' || level === 'province' ? 0 : 0.25;
		const location: Location | null =
			rand() < 0.03
				? null
				: {
						province: `SYNTHETIC 省 ${adcode.slice(0, 2)}`,
						city: `SYNTHETIC 市 ${adcode}`,
						county: null,
						zone: null,
						adcode: level === 'province' ? `${adcode.slice(0, 2)}0000` : adcode,
						level,
						lon: lon + (rand() - 0.5) * jitter,
						lat: lat + (rand() - 0.5) * jitter
					};
		const sectors = [SECTOR_NAMES[Math.floor(rand() * SECTOR_NAMES.length)]];
		if (rand() < 0.3) sectors.push(SECTOR_NAMES[Math.floor(rand() * SECTOR_NAMES.length)]);
		items.push({
			id: `SYNTHETIC-${i}`,
			week: weekList[Math.floor(rand() * weekList.length)],
			section: SECTIONS[Math.floor(rand() * SECTIONS.length)],
			title: `SYNTHETIC 项目 ${i}`,
			date: null,
			amountYi: rand() < 0.15 ? null : Math.round(Math.exp(rand() * 7) * 10) / 10,
			amountText: null,
			sectors: [...new Set(sectors)],
			source: 'SYNTHETIC',
			location,
			caption: null,
			body: `SYNTHETIC 测试条目 ${i}`,
			// One item in fifty is an event (drawn as a diamond), chosen without drawing from
			// the generator so the projects stay as they were.
			...(i % EVENT_EVERY === 7
				? { kind: 'event' as const, projectCount: 5 + (i % 20) }
				: { kind: 'project' as const, projectCount: null })
		});
	}
	return items;
}

/** The number of SYNTHETIC items a benchmark URL asks for (`?n=`): 10,000 unless told, 1 to 1,000,000. */
export function syntheticCount(params: URLSearchParams): number {
	return Math.min(Math.max(Number(params.get('n') ?? 10000) || 10000, 1), 1_000_000);
}

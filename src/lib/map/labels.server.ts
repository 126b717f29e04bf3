/**
 * City label points (seat of government, WGS-84), the points the basemap labels sit on, for
 * placing city markers. Server only: the page receives just the points of the cities it shows.
 * Written by scripts/build-basemap.ts, keyed by area code.
 */
import labelPointsByCode from '../../../data/label-points.json';

const POINTS = new Map(Object.entries(labelPointsByCode as unknown as Record<string, [number, number]>));

/** Label points for the given city group keys (those without a known point are left out). */
export function labelPoints(keys: Iterable<string>): Record<string, [number, number]> {
	const out: Record<string, [number, number]> = {};
	for (const key of keys) {
		const point = POINTS.get(key);
		if (point) out[key] = point;
	}
	return out;
}

/** Every prefecture-level label point keyed by city group key (for synthetic data). */
export function allCityPoints(): Record<string, [number, number]> {
	const out: Record<string, [number, number]> = {};
	for (const [key, point] of POINTS)
		if (!key.endsWith('0000') || ['11', '12', '31', '50'].includes(key.slice(0, 2))) out[key] = point;
	return out;
}

/**
 * City label points (seat of government, WGS-84) from the offline basemap, for placing city
 * markers. Server only: the page receives just the points of the cities it shows.
 */
import basemap from '../../../static/basemap/basemap.json';

interface LabelFeature {
	properties: { kind: string; adcode: string };
	geometry: { coordinates: number[] };
}

const POINTS = new Map<string, [number, number]>();
for (const f of (basemap as { features: LabelFeature[] }).features) {
	if (f.properties.kind !== 'province' && f.properties.kind !== 'city') continue;
	const [lon, lat] = f.geometry.coordinates;
	POINTS.set(f.properties.adcode, [lon, lat]);
}

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

/**
 * Markers that overlap (several projects at one city point, as at 苏州) are spread around their
 * centre while the pointer is on them, each on a leg back to where it lies, so each can be told
 * apart, read and picked. The layout is pure geometry in screen pixels.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';

/** Pixels between spread markers. */
export const SPREAD_GAP = 4;

export interface Offset {
	dx: number;
	dy: number;
}

/**
 * Offsets that put circles of the given radii on a ring around their centre, largest first
 * from the top, clockwise, none touching another nor the centre's own spot.
 */
export function spreadOffsets(
	radii: readonly number[],
	gap = SPREAD_GAP
): { ring: number; offsets: Offset[] } {
	const widths = radii.map((r) => 2 * r + gap);
	const total = widths.reduce((a, b) => a + b, 0);
	const largest = Math.max(0, ...radii);
	// The ring's circumference holds every circle with room to spare (chords are shorter than
	// arcs); never closer to the centre than two of the largest circles.
	const ring = Math.max((total * 1.2) / (2 * Math.PI), 2 * largest + gap);
	let before = 0;
	const offsets = widths.map((w) => {
		const angle = -Math.PI / 2 + (2 * Math.PI * (before + w / 2)) / total;
		before += w;
		return { dx: ring * Math.cos(angle), dy: ring * Math.sin(angle) };
	});
	return { ring, offsets };
}

export interface SpreadMarker {
	/** Where the marker lies, in screen pixels. */
	x: number;
	y: number;
	r: number;
	/** Its feature's properties, carried over (the layers read the same ones). */
	properties: Record<string, unknown>;
	event: boolean;
}

/**
 * The spread as GeoJSON: a backdrop at the centre (`reach`: its radius in px), a leg per marker
 * and the markers at their new places. `unproject` turns screen pixels into [lon, lat].
 */
export function spreadFeatures(
	markers: readonly SpreadMarker[],
	unproject: (x: number, y: number) => [number, number]
): { data: FeatureCollection<Point | GeoJSON.LineString>; centre: { x: number; y: number }; reach: number } {
	const cx = markers.reduce((s, m) => s + m.x, 0) / markers.length;
	const cy = markers.reduce((s, m) => s + m.y, 0) / markers.length;
	const { ring, offsets } = spreadOffsets(markers.map((m) => m.r));
	const reach = ring + Math.max(...markers.map((m) => m.r)) + SPREAD_GAP;
	const features: Feature<Point | GeoJSON.LineString>[] = [
		{
			type: 'Feature',
			properties: { kind: 'backdrop', reach },
			geometry: { type: 'Point', coordinates: unproject(cx, cy) }
		}
	];
	markers.forEach((m, k) => {
		const to = unproject(cx + offsets[k].dx, cy + offsets[k].dy);
		features.push({
			type: 'Feature',
			properties: { kind: 'leg' },
			geometry: { type: 'LineString', coordinates: [unproject(m.x, m.y), to] }
		});
		features.push({
			type: 'Feature',
			properties: { ...m.properties, kind: m.event ? 'event' : 'project' },
			geometry: { type: 'Point', coordinates: to }
		});
	});
	return { data: { type: 'FeatureCollection', features }, centre: { x: cx, y: cy }, reach };
}

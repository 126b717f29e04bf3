/**
 * How a project circle looks by the precision of its place and whether its amount is known: one
 * table read by the MapLibre circle layer (style.ts) and by the point layer of dense maps
 * (point-layer.ts), so both draw the same circle.
 */
import type { LocationLevel } from '../gazetteer/types';

/** A value per precision: a province, a city, or anything finer (county, zone…). */
export interface ByLevel {
	province: number;
	city: number;
	fine: number;
}

export const PROJECT_LOOK = {
	/** Fill opacity of a project whose amount is known (unknown ones are hollow). */
	fillOpacity: { province: 0.45, city: 0.72, fine: 0.85 },
	/** Blur, as a fraction of the radius: coarser places are drawn less sharply. */
	blur: { province: 0.7, city: 0.25, fine: 0 },
	/** White edge of a project whose amount is known, in px. */
	strokeWidth: { province: 0, city: 0.6, fine: 1 },
	/** The ring of a project whose amount is unknown: width in px, opacity by level. */
	hollowStrokeWidth: 2,
	hollowStrokeOpacity: { province: 0.55, city: 0.8, fine: 1 }
} as const satisfies Record<string, ByLevel | number>;

export function atLevel(values: ByLevel, level: LocationLevel | string): number {
	return level === 'province' ? values.province : level === 'city' ? values.city : values.fine;
}

/** Fill opacity, blur, stroke width and stroke opacity of one project's circle. */
export function circleLook(level: LocationLevel | string, known: boolean): [number, number, number, number] {
	const L = PROJECT_LOOK;
	return known
		? [atLevel(L.fillOpacity, level), atLevel(L.blur, level), atLevel(L.strokeWidth, level), 1]
		: [0, atLevel(L.blur, level), L.hollowStrokeWidth, atLevel(L.hollowStrokeOpacity, level)];
}

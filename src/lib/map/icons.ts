/**
 * Icons the project layers draw, made in code (no sprite files): the event diamond, as a
 * signed-distance image so MapLibre can colour it per feature, and the blank square whose
 * collision box keeps labels off the markers.
 */

/** Image ids, registered with map.addImage. */
export const EVENT_ICON = 'parkmap-event';
export const COLLIDER_ICON = 'parkmap-collider';
/** Side of the collider image in px: icon-size = diameter / COLLIDER_SIZE. */
export const COLLIDER_SIZE = 16;
/** Side of the event image in px, and the diamond's half diagonal. */
export const EVENT_SIZE = 32;
const EVENT_HALF = 10;
/** MapLibre's SDF encoding: the edge at 0.75, SDF_RADIUS px of distance over the rest. */
const SDF_RADIUS = 6;

export interface IconImage {
	width: number;
	height: number;
	data: Uint8Array;
}

/**
 * A diamond (a square on its corner) as an SDF: alpha encodes the signed distance to its edge
 * the way MapLibre's SDF icons read it (edge 192, inside higher).
 */
export function eventDiamond(): IconImage {
	const size = EVENT_SIZE;
	const data = new Uint8Array(size * size * 4);
	const c = size / 2;
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			// Distance to a diamond of half diagonal EVENT_HALF: the L1 norm, scaled to Euclidean.
			const d = (Math.abs(x + 0.5 - c) + Math.abs(y + 0.5 - c) - EVENT_HALF) / Math.SQRT2;
			const alpha = Math.max(0, Math.min(255, Math.round(192 - (d / SDF_RADIUS) * 192)));
			data.set([0, 0, 0, alpha], (y * size + x) * 4);
		}
	}
	return { width: size, height: size, data };
}

/** A fully transparent square: drawn as nothing, it still takes its place in symbol collision. */
export function colliderSquare(): IconImage {
	return {
		width: COLLIDER_SIZE,
		height: COLLIDER_SIZE,
		data: new Uint8Array(COLLIDER_SIZE * COLLIDER_SIZE * 4)
	};
}

/** The icons of the project layers, with their ids: added to the map, and to each snapshot of it. */
export function projectIcons(): { id: string; image: IconImage; sdf: boolean }[] {
	return [
		{ id: EVENT_ICON, image: eventDiamond(), sdf: true },
		{ id: COLLIDER_ICON, image: colliderSquare(), sdf: false }
	];
}

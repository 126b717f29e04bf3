/**
 * The projects of a dense map as flat arrays, one slot per project in the order the features
 * are drawn (largest first): what the point layer (point-layer.ts) hands to the GPU once, and
 * what a filter change rewrites (which slots are shown, and their colours). Also the index that
 * finds the projects under the pointer, since MapLibre cannot query a custom layer. Pure.
 */
import KDBush from 'kdbush';
import type { Feature, Point } from 'geojson';
import { OTHER_COLOUR } from './palette';
import { sectorsOf, type ProjectProperties } from './geojson';
import { circleLook } from './project-look';

export type ProjectFeature = Feature<Point, ProjectProperties>;

export interface PointData {
	count: number;
	/** The features, by slot (their properties feed tooltips and the spread). */
	features: readonly ProjectFeature[];
	/** Item index of each slot (the feature id). */
	item: Int32Array;
	/** Web Mercator position, x then y per slot, in 0..1 of the world. */
	position: Float32Array;
	/** Circle radius in CSS px. */
	radius: Float32Array;
	/**
	 * Fill opacity, blur, stroke width and stroke opacity per slot (see project-look.ts), as bytes
	 * of 0..1; the stroke width in units of STROKE_UNIT px.
	 */
	look: Uint8Array<ArrayBuffer>;
	/** Each slot's own colour (`c`), as RGBA bytes read four at a time. */
	ownColour: Uint32Array;
	/** The sectors named by any slot; a slot's sectors are sectorId[sectorStart[k]…sectorStart[k+1]). */
	sectorNames: string[];
	sectorStart: Int32Array;
	sectorId: Int32Array;
	/** Finds slots by Web Mercator position. */
	index: KDBush;
}

/** The stroke width's unit in `look`: widths up to 4 px fit a byte. */
export const STROKE_UNIT = 4;

/** Web Mercator x and y in 0..1 of the world, as MapLibre's MercatorCoordinate. */
export function mercator(lon: number, lat: number): [number, number] {
	const s = Math.sin((Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180);
	return [(lon + 180) / 360, 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)];
}

/** `#rrggbb` (or `#rgb`) → [r, g, b]; anything else → OTHER_COLOUR's. */
export function rgb(colour: string): [number, number, number] {
	let hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour)?.[1] ?? OTHER_COLOUR.slice(1);
	if (hex.length === 3) hex = [...hex].map((c) => c + c).join('');
	return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** A colour as opaque RGBA bytes, read as one number in the platform's byte order. */
function rgba32(colour: string): number {
	return new Uint32Array(Uint8Array.from([...rgb(colour), 255]).buffer)[0];
}

export function pointData(features: readonly ProjectFeature[]): PointData {
	const count = features.length;
	const item = new Int32Array(count);
	const position = new Float32Array(count * 2);
	const radius = new Float32Array(count);
	const look = new Uint8Array(count * 4);
	const ownColour = new Uint32Array(count);
	const sectorStart = new Int32Array(count + 1);
	const ids: number[] = [];
	const sectorIds = new Map<string, number>();
	const colours = new Map<string, number>();
	const index = new KDBush(Math.max(1, count));
	features.forEach((f, k) => {
		const p = f.properties;
		const [x, y] = mercator(f.geometry.coordinates[0], f.geometry.coordinates[1]);
		item[k] = p.i;
		position.set([x, y], k * 2);
		radius[k] = p.r;
		const [fill, blur, stroke, strokeOpacity] = circleLook(p.lvl, p.a !== undefined);
		look.set(
			[fill, blur, stroke / STROKE_UNIT, strokeOpacity].map((v) => Math.round(v * 255)),
			k * 4
		);
		ownColour[k] = colours.get(p.c) ?? colours.set(p.c, rgba32(p.c)).get(p.c)!;
		for (const s of sectorsOf(p)) ids.push(sectorIds.get(s) ?? sectorIds.set(s, sectorIds.size).get(s)!);
		sectorStart[k + 1] = ids.length;
		index.add(x, y);
	});
	if (count === 0) index.add(-1, -1);
	index.finish();
	const sectorNames = [...sectorIds.keys()];
	return {
		count,
		features,
		item,
		position,
		radius,
		look,
		ownColour,
		sectorNames,
		sectorStart,
		sectorId: Int32Array.from(ids),
		index
	};
}

/** 1 per slot whose item is shown (`shown` is by item index), into `out`. */
export function shownSlots(
	points: PointData,
	shown: Uint8Array,
	out: Uint8Array<ArrayBuffer> = new Uint8Array(points.count)
): Uint8Array<ArrayBuffer> {
	for (let k = 0; k < points.count; k++) out[k] = shown[points.item[k]] ?? 0;
	return out;
}

/**
 * The fill colour of each slot, RGBA bytes: the colour of the first of its sectors the filter
 * chose (`colours`, see filterColours), else its own `c`. Agrees with projectColourExpression.
 * Runs on every sector filter change, over every project: numbers only in the loop.
 */
export function slotColours(
	points: PointData,
	colours: Readonly<Record<string, string>>
): Uint8Array<ArrayBuffer> {
	const out = new Uint32Array(points.count);
	const chosen = new Uint32Array(
		points.sectorNames.map((s) => (Object.hasOwn(colours, s) ? rgba32(colours[s]) : 0))
	);
	const { sectorStart, sectorId, ownColour } = points;
	for (let k = 0; k < points.count; k++) {
		let colour = ownColour[k];
		for (let j = sectorStart[k]; j < sectorStart[k + 1]; j++)
			if (chosen[sectorId[j]] !== 0) {
				colour = chosen[sectorId[j]];
				break;
			}
		out[k] = colour;
	}
	return new Uint8Array(out.buffer);
}

/**
 * The shown slots (`shown` by slot) whose centre lies in a Web Mercator box, in draw order: what
 * a frame draws. The software renderer runs the vertex shader for every point it is given, and
 * most projects of a dense map lie outside a zoomed-in view.
 */
export function shownSlotsIn(
	points: PointData,
	shown: Uint8Array,
	[minX, minY, maxX, maxY]: readonly [number, number, number, number]
): Uint32Array {
	if (points.count === 0) return new Uint32Array(0);
	const slots = points.index.range(minX, minY, maxX, maxY).filter((k) => shown[k] === 1);
	return Uint32Array.from(slots).sort();
}

/** Slots within `r` (Web Mercator units) of a point. */
export function slotsNear(points: PointData, x: number, y: number, r: number): number[] {
	return points.count === 0 ? [] : points.index.within(x, y, r);
}

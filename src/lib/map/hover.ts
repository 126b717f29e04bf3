/**
 * What a pointer or a tap finds on the map, and the tooltip that says what it is. Hits are
 * searched in a small box around the pointer, so a dot of a few pixels need not be hit exactly;
 * the nearest marker wins. Markers that overlap under the pointer are spread apart first (see
 * spread.ts). The tooltip is plain text (report text is never read as HTML).
 */
import type {
	GeoJSONSource,
	LngLatLike,
	Map as MapLibreMap,
	MapGeoJSONFeature,
	PointLike,
	Popup
} from 'maplibre-gl';
import type { ProjectProperties } from './geojson';
import { spreadFeatures, type SpreadMarker } from './spread';
import {
	LAYER_CITIES,
	LAYER_EVENTS,
	LAYER_PROJECTS,
	LAYER_SPREAD_EVENTS,
	LAYER_SPREAD_PROJECTS,
	SHOWN_STATE,
	SOURCE_SPREAD
} from './style';

/** Pixels around the pointer that still count as a hit. */
export const HIT_TOLERANCE = 6;

/** A marker under the pointer: a project or event (its item index) or a city circle. */
export type Hit = { city: string; item: number } | { city: string; item: null };

type Pixel = { x: number; y: number };

function drawn(f: MapGeoJSONFeature): boolean {
	if (f.layer.id === LAYER_CITIES) return (f.state?.n ?? 0) > 0 && (f.state?.r ?? 0) > 0;
	return f.state?.[SHOWN_STATE] !== false;
}

/**
 * Finds the shown projects near a point that MapLibre cannot query (a dense map draws them with
 * a custom layer, point-layer.ts), each with where it is drawn.
 */
export type ProjectFinder = (
	point: Pixel,
	tolerance: number
) => { feature: { properties: ProjectProperties }; at: Pixel }[];

/** A drawn marker near the pointer. */
interface Near {
	layer: string;
	properties: Record<string, unknown>;
	at: Pixel;
	r: number;
	/** Distance from the pointer to the marker's edge, 0 inside it. */
	gap: number;
}

/** Drawn markers of the layers near `point` (the projects of `finder`, if any, as LAYER_PROJECTS). */
function near(map: MapLibreMap, point: Pixel, layers: string[], finder?: ProjectFinder): Near[] {
	const t = HIT_TOLERANCE;
	const box: [PointLike, PointLike] = [
		[point.x - t, point.y - t],
		[point.x + t, point.y + t]
	];
	const gap = (at: Pixel, r: number) => Math.max(0, Math.hypot(at.x - point.x, at.y - point.y) - r);
	const out: Near[] = [];
	const queried = layers.filter((id) => map.getLayer(id) && !(finder && id === LAYER_PROJECTS));
	for (const f of queried.length > 0 ? map.queryRenderedFeatures(box, { layers: queried }) : []) {
		if (f.geometry.type !== 'Point' || !drawn(f)) continue;
		const at = map.project(f.geometry.coordinates as [number, number]);
		const r = f.layer.id === LAYER_CITIES ? Number(f.state?.r ?? 0) : Number(f.properties.r ?? 0);
		out.push({ layer: f.layer.id, properties: f.properties, at, r, gap: gap(at, r) });
	}
	if (finder && layers.includes(LAYER_PROJECTS))
		for (const { feature, at } of finder(point, t)) {
			const r = Number(feature.properties.r ?? 0);
			out.push({ layer: LAYER_PROJECTS, properties: { ...feature.properties }, at, r, gap: gap(at, r) });
		}
	return out;
}

/** The marker nearest to `point` (CSS pixels in the canvas), projects before city circles. */
export function hitAt(
	map: MapLibreMap,
	point: Pixel,
	layers = [LAYER_PROJECTS, LAYER_EVENTS, LAYER_CITIES],
	finder?: ProjectFinder
): Hit | null {
	let best: { hit: Hit; score: number } | null = null;
	for (const { layer, properties, gap } of near(map, point, layers, finder)) {
		const isCity = layer === LAYER_CITIES;
		// City circles count only where no project is near.
		const score = gap + (isCity ? 1000 : 0);
		if (best && best.score <= score) continue;
		const hit: Hit = isCity
			? { city: String(properties.key), item: null }
			: { city: String(properties.city), item: Number(properties.i) };
		best = { hit, score };
	}
	return best?.hit ?? null;
}

/** The projects and events under `point` when two or more overlap there (one per item). */
export function stackAt(map: MapLibreMap, point: Pixel, finder?: ProjectFinder): SpreadMarker[] {
	const seen = new Map<number, SpreadMarker>();
	for (const { layer, properties, at, r, gap } of near(map, point, [LAYER_PROJECTS, LAYER_EVENTS], finder)) {
		const i = Number(properties.i);
		if (gap > HIT_TOLERANCE / 2 || seen.has(i)) continue;
		seen.set(i, { x: at.x, y: at.y, r, properties, event: layer === LAYER_EVENTS });
	}
	return seen.size >= 2 ? [...seen.values()].sort((a, b) => b.r - a.r) : [];
}

/** Fills the popup with lines of text: the first bold, the rest plain. */
export function setTooltipText(popup: Popup, lines: readonly string[]): void {
	const root = document.createElement('div');
	root.className = 'parkmap-tooltip';
	lines.forEach((line, k) => {
		const el = document.createElement(k === 0 ? 'strong' : 'div');
		el.textContent = line;
		root.appendChild(el);
	});
	popup.setDOMContent(root);
}

export interface Pointer {
	/** Shows a tooltip at a place (keyboard focus on the city list). */
	show(lines: readonly string[], at: [number, number]): void;
	hide(): void;
	/** Folds a spread (the filters changed, so it may show what they hide). */
	fold(): void;
	dispose(): void;
}

/** The spread markers while a spread is open: where it is and how far it reaches. */
function spreader(map: MapLibreMap) {
	let open: { centre: Pixel; reach: number } | null = null;
	const source = () => map.getSource(SOURCE_SPREAD) as GeoJSONSource | undefined;
	return {
		get open() {
			return open;
		},
		spread(markers: SpreadMarker[]) {
			const s = spreadFeatures(markers, (x, y) => map.unproject([x, y]).toArray() as [number, number]);
			open = { centre: s.centre, reach: s.reach };
			source()?.setData(s.data);
		},
		fold() {
			if (!open) return;
			open = null;
			source()?.setData({ type: 'FeatureCollection', features: [] });
		},
		/** True while `point` is within the open spread. */
		holds(point: Pixel) {
			return !!open && Math.hypot(point.x - open.centre.x, point.y - open.centre.y) <= open.reach;
		}
	};
}

/** The tooltip: one popup, moved from marker to marker. */
function tooltipPopup(lib: typeof import('maplibre-gl')) {
	return new lib.Popup({
		closeButton: false,
		closeOnClick: false,
		offset: 12,
		maxWidth: '280px',
		className: 'parkmap-popup'
	});
}

const SPREAD_LAYERS = [LAYER_SPREAD_PROJECTS, LAYER_SPREAD_EVENTS];

/**
 * What the pointer is on, spreading overlapping markers first (when `open`); `inSpread` when the
 * point is in an open spread.
 */
function hitFinder(map: MapLibreMap, spread: ReturnType<typeof spreader>, finder?: ProjectFinder) {
	return (point: Pixel, open: boolean): { hit: Hit | null; inSpread: boolean } => {
		if (spread.holds(point)) return { hit: hitAt(map, point, SPREAD_LAYERS), inSpread: true };
		spread.fold();
		const stack = open ? stackAt(map, point, finder) : [];
		if (stack.length > 0) {
			spread.spread(stack);
			return { hit: null, inSpread: true };
		}
		return { hit: hitAt(map, point, undefined, finder), inSpread: false };
	};
}

type PointHandler = (e: { point: Pixel }) => void;

/** Listens to the pointer and to the map's moves; returns what stops listening. */
function listen(
	map: MapLibreMap,
	move: PointHandler,
	out: () => void,
	click: PointHandler,
	moved: () => void
) {
	map.on('mousemove', move);
	map.on('mouseout', out);
	map.on('click', click);
	map.on('movestart', moved);
	return () => {
		map.off('mousemove', move);
		map.off('mouseout', out);
		map.off('click', click);
		map.off('movestart', moved);
	};
}

/**
 * Hover and tap on the markers: a pointer cursor and a tooltip over any marker, overlapping
 * markers spread apart, a pick on click or tap (a tap on overlapping markers spreads them; a
 * click in a spread's middle picks the city). Pointer moves are handled once per frame.
 */
export function attachPointer(
	map: MapLibreMap,
	lib: typeof import('maplibre-gl'),
	describe: (hit: Hit) => string[] | null,
	onpick: (hit: Hit) => void,
	finder?: ProjectFinder
): Pointer {
	const popup = tooltipPopup(lib);
	const spread = spreader(map);
	const find = hitFinder(map, spread, finder);
	let frame = 0;
	let last: Pixel | null = null;
	const hide = () => {
		popup.remove();
		map.getCanvas().style.cursor = '';
	};
	const show = (lines: readonly string[], at: LngLatLike) => {
		setTooltipText(popup, lines);
		popup.setLngLat(at).addTo(map);
	};
	const update = () => {
		frame = 0;
		const { hit, inSpread } = last ? find(last, true) : { hit: null, inSpread: false };
		const lines = hit ? describe(hit) : null;
		if (lines) show(lines, map.unproject([last!.x, last!.y]));
		else hide();
		if (lines || inSpread) map.getCanvas().style.cursor = 'pointer';
	};
	const move = (e: { point: Pixel }) => {
		last = { x: e.point.x, y: e.point.y };
		frame ||= requestAnimationFrame(update);
	};
	const out = () => {
		last = null;
		hide();
		spread.fold();
	};
	const click = (e: { point: Pixel }) => {
		const { hit, inSpread } = find(e.point, true);
		if (hit) return onpick(hit);
		// A click or tap that spreads overlapping markers, or one in a spread's middle, picks
		// their city (its panel lists them all).
		const under = inSpread ? hitAt(map, e.point, undefined, finder) : null;
		if (under) onpick({ city: under.city, item: null });
	};
	const stopListening = listen(map, move, out, click, spread.fold);
	return {
		show,
		hide,
		fold: spread.fold,
		dispose() {
			cancelAnimationFrame(frame);
			stopListening();
			popup.remove();
		}
	};
}

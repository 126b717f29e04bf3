/**
 * What a pointer or a tap finds on the map, and the tooltip that says what it is. Hits are
 * searched in a small box around the pointer, so a dot of a few pixels need not be hit exactly;
 * the nearest marker wins. The tooltip is plain text (report text is never read as HTML).
 */
import type { Map as MapLibreMap, MapGeoJSONFeature, PointLike, Popup } from 'maplibre-gl';
import { LAYER_CITIES, LAYER_EVENTS, LAYER_PROJECTS, SHOWN_STATE } from './style';

/** Pixels around the pointer that still count as a hit. */
export const HIT_TOLERANCE = 6;

/** A marker under the pointer: a project or event (its item index) or a city circle. */
export type Hit = { city: string; item: number } | { city: string; item: null };

function drawn(f: MapGeoJSONFeature): boolean {
	if (f.layer.id === LAYER_CITIES) return (f.state?.n ?? 0) > 0 && (f.state?.r ?? 0) > 0;
	return f.state?.[SHOWN_STATE] !== false;
}

/** The marker nearest to `point` (CSS pixels in the canvas), projects before city circles. */
export function hitAt(map: MapLibreMap, point: { x: number; y: number }): Hit | null {
	const t = HIT_TOLERANCE;
	const box: [PointLike, PointLike] = [
		[point.x - t, point.y - t],
		[point.x + t, point.y + t]
	];
	const layers = [LAYER_PROJECTS, LAYER_EVENTS, LAYER_CITIES].filter((id) => map.getLayer(id));
	const hits = map.queryRenderedFeatures(box, { layers }).filter(drawn);
	let best: { hit: Hit; score: number } | null = null;
	for (const f of hits) {
		if (f.geometry.type !== 'Point') continue;
		const p = map.project(f.geometry.coordinates as [number, number]);
		const distance = Math.hypot(p.x - point.x, p.y - point.y);
		const isCity = f.layer.id === LAYER_CITIES;
		const radius = isCity ? Number(f.state?.r ?? 0) : Number(f.properties.r ?? 0);
		// Inside a circle counts as distance 0; city circles only where no project is near.
		const score = Math.max(0, distance - radius) + (isCity ? 1000 : 0);
		if (best && best.score <= score) continue;
		const hit: Hit = isCity
			? { city: String(f.properties.key), item: null }
			: { city: String(f.properties.city), item: Number(f.properties.i) };
		best = { hit, score };
	}
	return best?.hit ?? null;
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
	dispose(): void;
}

/**
 * Hover and tap on the markers: a pointer cursor and a tooltip over any marker, a pick on click
 * or tap. Pointer moves are handled once per frame.
 */
export function attachPointer(
	map: MapLibreMap,
	lib: typeof import('maplibre-gl'),
	describe: (hit: Hit) => string[] | null,
	onpick: (hit: Hit) => void
): Pointer {
	const popup = new lib.Popup({
		closeButton: false,
		closeOnClick: false,
		offset: 12,
		maxWidth: '280px',
		className: 'parkmap-popup'
	});
	let frame = 0;
	let last: { x: number; y: number } | null = null;
	const hide = () => {
		popup.remove();
		map.getCanvas().style.cursor = '';
	};
	const update = () => {
		frame = 0;
		const hit = last ? hitAt(map, last) : null;
		const lines = hit ? describe(hit) : null;
		if (!hit || !lines) return hide();
		map.getCanvas().style.cursor = 'pointer';
		setTooltipText(popup, lines);
		popup.setLngLat(map.unproject([last!.x, last!.y])).addTo(map);
	};
	const move = (e: { point: { x: number; y: number } }) => {
		last = { x: e.point.x, y: e.point.y };
		frame ||= requestAnimationFrame(update);
	};
	const out = () => {
		last = null;
		hide();
	};
	const click = (e: { point: { x: number; y: number } }) => {
		const hit = hitAt(map, e.point);
		if (hit) onpick(hit);
	};
	map.on('mousemove', move);
	map.on('mouseout', out);
	map.on('click', click);
	return {
		show(lines, at) {
			setTooltipText(popup, lines);
			popup.setLngLat(at).addTo(map);
		},
		hide,
		dispose() {
			cancelAnimationFrame(frame);
			map.off('mousemove', move);
			map.off('mouseout', out);
			map.off('click', click);
			popup.remove();
		}
	};
}

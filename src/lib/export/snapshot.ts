/**
 * PNG snapshot of the map view (browser only). The map is not captured from the screen: it is
 * rendered again, offscreen, at the target size with the live map's style, data, global state and
 * view; then the composition (./layout.ts) draws it with the title, legend, filters, totals, scale bar
 * and attribution onto one canvas.
 */
import type {
	ExpressionSpecification,
	FilterSpecification,
	Map as MapLibreMap,
	StyleSpecification
} from 'maplibre-gl';
import { skipTransparentSky } from '../map/maplibre';
import type { LiveMap, SnapshotImage } from '../map/snapshot';
import { LAYER_CITY_LABELS } from '../map/style';
import type { Bounds, CityLabel } from './frame';
import { computeLayout, drawSnapshot, type SnapshotContent, type SnapshotLayout } from './layout';
import { pixelSize, type PixelSize, type SnapshotSize } from './options';
import { metresPerPixel } from './scalebar';
import { SvgContext } from './svg';

export interface RenderedMap {
	canvas: HTMLCanvasElement;
	/** Metres per output pixel at the map's centre. */
	metresPerPixel: number;
	/** The asked-for points ([lon, lat]) in output pixels of the canvas. */
	points: [number, number][];
}

/** How the offscreen map frames its view; without it, the live map's view. */
export interface Framing {
	bounds: Bounds;
	/** CSS pixels kept clear on each side (the legend covers the lower left). */
	padding: { top: number; right: number; bottom: number; left: number };
}

/**
 * The live map's style without its own names for the cities the snapshot names itself (as
 * text, so the SVG keeps them editable): each city is named once. Other cities keep the map's names.
 */
export function withoutMapLabels(style: StyleSpecification, keys: readonly string[]): StyleSpecification {
	if (keys.length === 0) return style;
	const unnamed: ExpressionSpecification = ['!', ['in', ['get', 'key'], ['literal', [...keys]]]];
	return {
		...style,
		layers: style.layers.map((layer) =>
			layer.id === LAYER_CITY_LABELS && layer.type === 'symbol'
				? {
						...layer,
						filter: (layer.filter ? ['all', layer.filter, unnamed] : unnamed) as FilterSpecification
					}
				: layer
		)
	};
}

/** Adds the images the snapshot lists (the live map added them in code, so its style lacks them). */
function addImages(map: MapLibreMap, images: readonly SnapshotImage[]): void {
	for (const { id, image, sdf } of images)
		if (!map.hasImage(id)) map.addImage(id, image, { sdf: sdf ?? false });
}

/** The parts of a map that copyFeatureStates reads and writes. */
type FeatureStateMap = Pick<MapLibreMap, 'getFeatureState' | 'setFeatureState'>;

/**
 * Copies the feature-state of the given GeoJSON sources from one map to another, for the features
 * of `style` (the copied style). A copied style carries sources and layers but no feature-state,
 * and the city circles are sized by it.
 */
export function copyFeatureStates(
	style: StyleSpecification | undefined,
	from: FeatureStateMap,
	to: FeatureStateMap,
	sources: readonly string[]
): void {
	for (const source of sources) {
		const spec = style?.sources[source];
		if (spec?.type !== 'geojson' || typeof spec.data !== 'object' || spec.data.type !== 'FeatureCollection')
			continue;
		for (const { id } of spec.data.features) {
			if (id === undefined) continue;
			const state = from.getFeatureState({ source, id });
			if (Object.keys(state).length > 0) to.setFeatureState({ source, id }, state);
		}
	}
}

/** Longest wait for the offscreen map's tiles and sources before giving up. */
const IDLE_TIMEOUT_MS = 60_000;

/** Pixel ratio while the offscreen map loads its sources (see renderMapOffscreen). */
const LOAD_PIXEL_RATIO = 0.25;

/** An element off the screen, of the given CSS size, for the offscreen map. */
function hiddenContainer(cssWidth: number, cssHeight: number): HTMLDivElement {
	const container = document.createElement('div');
	container.setAttribute('aria-hidden', 'true');
	Object.assign(container.style, {
		position: 'fixed',
		left: '-100000px',
		top: '0',
		width: `${cssWidth}px`,
		height: `${cssHeight}px`,
		visibility: 'hidden',
		pointerEvents: 'none'
	});
	document.body.appendChild(container);
	return container;
}

/** Resolves when the map is next idle; fails when its style cannot load or it takes too long. */
function whenIdle(map: MapLibreMap): Promise<void> {
	return new Promise<void>((resolve, reject) => {
		const timer = setTimeout(
			() => reject(new Error('The map did not finish rendering in time.')),
			IDLE_TIMEOUT_MS
		);
		map.once('idle', () => {
			clearTimeout(timer);
			resolve();
		});
		map.once('error', (event) => {
			// A missing tile is not fatal; a style that cannot load is.
			if (!map.isStyleLoaded()) {
				clearTimeout(timer);
				reject(event.error instanceof Error ? event.error : new Error('The map style failed to load.'));
			}
		});
	});
}

/** The map's picture at `scale` output pixels per CSS pixel, copied onto a canvas of its own. */
async function readPicture(
	map: MapLibreMap,
	width: number,
	height: number,
	scale: number
): Promise<HTMLCanvasElement> {
	const t0 = performance.now();
	await whenIdle(map);
	const t1 = performance.now();
	if (map.getPixelRatio() !== scale) {
		const rendered = whenIdle(map);
		map.setPixelRatio(scale);
		map.triggerRepaint();
		await rendered;
	}
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('No 2D canvas.');
	const t2 = performance.now();
	ctx.drawImage(map.getCanvas(), 0, 0, width, height);
	performance.measure('parkmap-export:map-load', { start: t0, end: t1 });
	performance.measure('parkmap-export:map-render', { start: t1, end: t2 });
	performance.measure('parkmap-export:map-readback', { start: t2, end: performance.now() });
	return canvas;
}

/** What the live map shows, west, south, east, north. */
function shownBounds(map: MapLibreMap): Bounds {
	const shown = map.getBounds();
	return [shown.getWest(), shown.getSouth(), shown.getEast(), shown.getNorth()];
}

/**
 * Renders the live map's snapshot (style, data, global state, feature-state, images) and view into
 * a canvas of `width × height` output pixels at `scale` output pixels per CSS pixel, once the map's
 * pending loads have settled; the map's own names of the `labelled` cities are left out. The live
 * map is left untouched.
 */
export async function renderMapOffscreen(
	live: LiveMap,
	width: number,
	height: number,
	scale: number,
	framing: Framing | null = null,
	points: readonly [number, number][] = [],
	labelled: readonly string[] = []
): Promise<RenderedMap> {
	const { Map } = await import('maplibre-gl');
	await live.settled();
	const cssWidth = Math.max(1, Math.round(width / scale));
	const cssHeight = Math.max(1, Math.round(height / scale));
	const container = hiddenContainer(cssWidth, cssHeight);
	const snapshot = live.snapshot();
	const { globalState } = snapshot;
	const style = withoutMapLabels(snapshot.style, labelled);
	const bounds = framing?.bounds ?? shownBounds(live.map);
	// Load at a tiny pixel ratio first: while sources load MapLibre draws many frames, and on a software
	// renderer (SwiftShader in headless Chromium) each full-size frame costs up to a second. Tiles depend
	// on the CSS size and zoom only, so once everything is loaded one frame at the real ratio is enough.
	const map = new Map({
		container,
		style,
		globalState,
		bounds,
		...(framing ? { fitBoundsOptions: { padding: framing.padding } } : {}),
		bearing: live.map.getBearing(),
		pitch: live.map.getPitch(),
		pixelRatio: Math.min(scale, LOAD_PIXEL_RATIO),
		maxCanvasSize: [Math.max(4096, width), Math.max(4096, height)],
		// No multisampling: at 2× it is hardly visible, and on a software renderer it multiplies the cost.
		canvasContextAttributes: { preserveDrawingBuffer: true, antialias: false },
		interactive: false,
		fadeDuration: 0,
		attributionControl: false,
		trackResize: false
	});
	skipTransparentSky(map);
	map.once('style.load', () => {
		addImages(map, snapshot.images);
		copyFeatureStates(style, live.map, map, snapshot.featureStateSources);
	});
	try {
		const canvas = await readPicture(map, width, height, scale);
		const center = map.getCenter();
		const projected = points.map(([lon, lat]): [number, number] => {
			const p = map.project([lon, lat]);
			return [p.x * scale, p.y * scale];
		});
		return { canvas, metresPerPixel: metresPerPixel(center.lat, map.getZoom()) / scale, points: projected };
	} finally {
		map.remove();
		container.remove();
	}
}

/** The output size for a size choice, taking `screen` from the live map's container. */
export function snapshotPixelSize(live: MapLibreMap, size: SnapshotSize): PixelSize {
	const container = live.getContainer();
	return pixelSize(size, {
		width: container.clientWidth,
		height: container.clientHeight,
		pixelRatio: window.devicePixelRatio || 1
	});
}

export interface Snapshot {
	canvas: HTMLCanvasElement;
	layout: SnapshotLayout;
}

/** Draws the snapshot on a new canvas. */
export async function renderSnapshot(
	live: LiveMap,
	size: PixelSize,
	content: SnapshotContent,
	frame: Bounds | null = null
): Promise<Snapshot> {
	const canvas = document.createElement('canvas');
	canvas.width = size.width;
	canvas.height = size.height;
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('This browser cannot draw on a canvas.');
	// Chinese text needs its font loaded before measuring.
	await document.fonts?.ready;
	const t0 = performance.now();
	const layout = computeLayout(ctx, size, content);
	const framing = frame ? { bounds: frame, padding: framePadding(layout) } : null;
	const labels = content.labels ?? [];
	const rendered = await renderMapOffscreen(
		live,
		layout.map.width,
		layout.map.height,
		size.scale,
		framing,
		labels.map((l): [number, number] => [l.lon, l.lat]),
		labelKeys(labels)
	);
	const t1 = performance.now();
	drawSnapshot(ctx, layout, content, rendered.canvas, rendered.metresPerPixel, rendered.points);
	// Timings for the benchmark (performance.getEntriesByType('measure')).
	performance.measure('parkmap-export:map', { start: t0, end: t1 });
	performance.measure('parkmap-export:compose', { start: t1, end: performance.now() });
	return { canvas, layout };
}

export function canvasToBlob(canvas: HTMLCanvasElement, type = 'image/png', quality?: number): Promise<Blob> {
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded.'))),
			type,
			quality
		)
	);
}

/**
 * The snapshot as SVG: title, legend, labels, scale bar and footer as text and shapes a designer
 * can edit, over the map as an embedded PNG.
 */
export async function snapshotSvg(
	live: LiveMap,
	size: PixelSize,
	content: SnapshotContent,
	frame: Bounds | null = null
): Promise<Blob> {
	const measurer = document.createElement('canvas').getContext('2d');
	if (!measurer) throw new Error('This browser cannot draw on a canvas.');
	await document.fonts?.ready;
	const layout = computeLayout(measurer, size, content);
	const framing = frame ? { bounds: frame, padding: framePadding(layout) } : null;
	const labels = content.labels ?? [];
	const points = labels.map((l): [number, number] => [l.lon, l.lat]);
	const { width, height } = layout.map;
	const rendered = await renderMapOffscreen(
		live,
		width,
		height,
		size.scale,
		framing,
		points,
		labelKeys(labels)
	);
	const measure = (text: string, font: string) => {
		measurer.font = font;
		return measurer.measureText(text).width;
	};
	const svg = new SvgContext(size.width, size.height, measure, (image) =>
		(image as HTMLCanvasElement).toDataURL('image/png')
	);
	drawSnapshot(svg, layout, content, rendered.canvas, rendered.metresPerPixel, rendered.points);
	return new Blob([svg.toString()], { type: 'image/svg+xml' });
}

/** The city keys of the snapshot's own labels. */
function labelKeys(labels: readonly CityLabel[]): string[] {
	return labels.flatMap((l) => (l.key ? [l.key] : []));
}

/** Room the framed data leaves for the legend (lower left) and the scale bar, in CSS pixels. */
function framePadding(layout: SnapshotLayout) {
	const css = (px: number) => Math.round(px / layout.scale);
	const edge = 24;
	return { top: edge, right: edge, bottom: edge, left: css(layout.legend.width) + edge * 1.5 };
}

/** The snapshot as PNG. */
export async function snapshotPng(
	live: LiveMap,
	size: PixelSize,
	content: SnapshotContent,
	frame: Bounds | null = null
): Promise<Blob> {
	const { canvas } = await renderSnapshot(live, size, content, frame);
	const t = performance.now();
	const blob = await canvasToBlob(canvas);
	performance.measure('parkmap-export:encode', { start: t, end: performance.now() });
	return blob;
}

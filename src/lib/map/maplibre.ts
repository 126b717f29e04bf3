/**
 * maplibre-gl, loaded on demand (it is large, and only the map needs it) and once per page.
 * Loading also starts the worker that parses and tiles the map's data, so that worker is
 * compiled and ready by the time the map asks for the basemap, rather than after it.
 */
type MapLibre = typeof import('maplibre-gl');

let loading: Promise<MapLibre> | null = null;

export function loadMapLibre(): Promise<MapLibre> {
	// Server bundles leave the library and its worker out (their chunks would come out empty).
	if (import.meta.env.SSR) return Promise.reject(new Error('MapLibre draws in the browser only.'));
	loading ??= Promise.all([
		import('maplibre-gl'),
		import('maplibre-gl/dist/maplibre-gl-worker.mjs?url')
	]).then(([lib, worker]) => {
		lib.setWorkerUrl(new URL(worker.default, location.href).href);
		lib.prewarm();
		return lib;
	});
	return loading;
}

/** The parts of MapLibre's renderer that `skipTransparentSky` replaces (not in its public types). */
interface SkyDrawing {
	painter?: {
		drawFunctions?: {
			sky?: (mesh: unknown, frame: { data: { sky?: Record<string, { a?: number }> } }) => void;
		};
	};
}

/**
 * MapLibre 6 draws the style's sky every frame as a pass over the whole canvas, also when the
 * style has none (the default sky is transparent) on a flat map, where it cannot show. On a
 * software renderer (headless browsers, machines without a usable GPU) that pass costs about
 * as much as the rest of the frame. This skips it while its colours are transparent.
 * Returns false where the renderer has no such hook (a MapLibre that changed it): no harm done.
 */
export function skipTransparentSky(map: import('maplibre-gl').Map): boolean {
	const painter = (map as unknown as SkyDrawing).painter;
	const draw = painter?.drawFunctions;
	const sky = draw?.sky;
	if (!painter || !draw || typeof sky !== 'function') return false;
	painter.drawFunctions = {
		...draw,
		sky(mesh, frame) {
			const colours = frame.data.sky;
			if (colours?.['sky-color']?.a === 0 && colours['horizon-color']?.a === 0) return;
			sky(mesh, frame);
		}
	};
	return true;
}

/** Runs `task` when the page is idle (soon, where the browser cannot tell); returns a handle. */
export function whenPageIdle(task: () => void): number {
	return typeof requestIdleCallback === 'function'
		? requestIdleCallback(task, { timeout: 2000 })
		: window.setTimeout(task, 200);
}

/** Cancels a `whenPageIdle` task not yet run. */
export function cancelIdle(handle: number): void {
	if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
	else window.clearTimeout(handle);
}

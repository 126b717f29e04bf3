/**
 * maplibre-gl, loaded on demand (it is large, and only the map needs it) and once per page.
 * Loading also starts the worker that parses and tiles the map's data, so that worker is
 * compiled and ready by the time the map asks for the basemap, rather than after it.
 */
type MapLibre = typeof import('maplibre-gl');

let loading: Promise<MapLibre> | null = null;

export function loadMapLibre(): Promise<MapLibre> {
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

import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { setSourceData, takeSnapshot, type SnapshotPart } from '../../../src/lib/map/snapshot';

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

/** A style as MapLibre's getStyle returns it: a new copy on each call. */
function liveMap(globalState: Record<string, unknown>) {
	const style = (): StyleSpecification => ({
		version: 8,
		sources: {
			projects: { type: 'geojson', data: structuredClone(EMPTY) },
			tiles: { type: 'vector', url: 'tiles.json' }
		},
		layers: []
	});
	return { getStyle: style, getGlobalState: () => globalState } as unknown as MapLibreMap;
}

describe('map snapshot', () => {
	it('is the live style and global state with every part written into the copy', () => {
		const state = { filters: { sectorsOn: false }, sectorColours: {} };
		const map = liveMap(state);
		const data = { ...EMPTY, features: [] as never[] };
		const parts: SnapshotPart[] = [
			({ style }) => setSourceData(style, 'projects', data),
			({ globalState }) => (globalState.filters = { sectorsOn: true })
		];
		const snapshot = takeSnapshot(map, parts);
		expect(snapshot.style.sources.projects).toMatchObject({ type: 'geojson', data });
		expect(snapshot.globalState).toEqual({ filters: { sectorsOn: true }, sectorColours: {} });
		// The live map's own state is left as it was.
		expect(state.filters).toEqual({ sectorsOn: false });
		expect(takeSnapshot(map, []).globalState).toEqual(state);
	});

	it('sets data on GeoJSON sources only, and ignores sources the style lacks', () => {
		const style = liveMap({}).getStyle();
		setSourceData(style, 'tiles', 'elsewhere.json');
		setSourceData(style, 'missing', 'elsewhere.json');
		setSourceData(style, 'projects', '/basemap/prefecture-borders.json');
		expect(style.sources.tiles).toEqual({ type: 'vector', url: 'tiles.json' });
		expect(style.sources.missing).toBeUndefined();
		expect(style.sources.projects).toEqual({ type: 'geojson', data: '/basemap/prefecture-borders.json' });
	});
});

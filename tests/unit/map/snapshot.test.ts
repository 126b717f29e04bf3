import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { PendingLoads, setSourceData, takeSnapshot, type SnapshotPart } from '../../../src/lib/map/snapshot';

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

	it('starts with no feature-state sources and no images, and gathers those the parts name', () => {
		const image = { width: 1, height: 1, data: new Uint8Array(4) };
		const parts: SnapshotPart[] = [
			({ featureStateSources, images }) => {
				featureStateSources.push('cities', 'projects');
				images.push({ id: 'icon', image, sdf: true });
			},
			({ featureStateSources }) => featureStateSources.push('regions-province')
		];
		expect(takeSnapshot(liveMap({}), [])).toMatchObject({ featureStateSources: [], images: [] });
		const snapshot = takeSnapshot(liveMap({}), parts);
		expect(snapshot.featureStateSources).toEqual(['cities', 'projects', 'regions-province']);
		expect(snapshot.images).toEqual([{ id: 'icon', image, sdf: true }]);
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

describe('pending loads', () => {
	it('waits for every load in flight, failed ones too, and then for the page', async () => {
		const loads = new PendingLoads();
		let finish!: () => void;
		let fail!: (e: Error) => void;
		const first = new Promise<void>((resolve) => (finish = resolve));
		const second = new Promise<void>((_, reject) => (fail = reject));
		second.catch(() => {});
		loads.track(first);
		loads.track(second);
		let settled = false;
		const waiting = loads.settled().then(() => (settled = true));
		await new Promise((r) => setTimeout(r, 5));
		expect(settled).toBe(false);
		finish();
		await new Promise((r) => setTimeout(r, 5));
		expect(settled).toBe(false);
		fail(new Error('HTTP 404'));
		await waiting;
		expect(settled).toBe(true);
	});

	it('waits for a load started while it waited', async () => {
		const loads = new PendingLoads();
		let finishLater!: () => void;
		const later = new Promise<void>((resolve) => (finishLater = resolve));
		loads.track(Promise.resolve().then(() => loads.track(later)));
		let settled = false;
		const waiting = loads.settled().then(() => (settled = true));
		await new Promise((r) => setTimeout(r, 5));
		expect(settled).toBe(false);
		finishLater();
		await waiting;
		expect(settled).toBe(true);
	});

	it('resolves at once with nothing loading', async () => {
		await expect(new PendingLoads().settled()).resolves.toBeUndefined();
	});
});

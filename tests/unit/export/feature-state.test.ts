import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { copyFeatureStates } from '../../../src/lib/export/snapshot';

type State = Record<string, unknown>;

/** A stand-in map with per-source feature-state. */
function fakeMap(states: Record<string, Record<string, State>> = {}) {
	return {
		states,
		getFeatureState: ({ source, id }: { source: string; id: string | number }) => states[source]?.[id] ?? {},
		setFeatureState: ({ source, id }: { source: string; id: string | number }, state: State) => {
			(states[source] ??= {})[id] = { ...states[source]?.[id], ...state };
		}
	} as unknown as MapLibreMap & { states: typeof states };
}

const points = (ids: (number | undefined)[]) => ({
	type: 'FeatureCollection' as const,
	features: ids.map((id) => ({
		type: 'Feature' as const,
		id,
		properties: {},
		geometry: { type: 'Point' as const, coordinates: [120, 30] }
	}))
});

const style: StyleSpecification = {
	version: 8,
	sources: {
		cities: { type: 'geojson', data: points([0, 1, 2]) },
		projects: { type: 'geojson', data: points([0, 1, undefined]) },
		basemap: { type: 'geojson', data: '/basemap/basemap.json' }
	},
	layers: []
};

describe('copyFeatureStates', () => {
	it('copies the state of every feature that has one, for the named sources only', () => {
		const live = fakeMap({
			cities: { 0: { n: 3, r: 9 }, 2: { n: 0, r: 0 } },
			projects: { 1: { shown: false } },
			other: { 0: { x: 1 } }
		});
		const copy = fakeMap();
		copyFeatureStates(style, live, copy, ['cities', 'projects', 'basemap', 'missing']);
		expect(copy.states).toEqual({
			cities: { 0: { n: 3, r: 9 }, 2: { n: 0, r: 0 } },
			projects: { 1: { shown: false } }
		});
	});

	it('copies nothing without a style', () => {
		const copy = fakeMap();
		copyFeatureStates(undefined, fakeMap(), copy, ['cities']);
		expect(copy.states).toEqual({});
	});
});

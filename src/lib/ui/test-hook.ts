/**
 * `window.__parkmap`: what the end-to-end tests and the benchmarks read and drive on the pages
 * made for them (/test/map, /bench). The product page never installs it.
 */
import type { Filters } from '../filters';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, Point } from 'geojson';
import type { ProjectProperties } from '../map/geojson';
import { drawnProjects } from '../map/point-layer';
import type { MapSnapshot } from '../map/snapshot';
import { LAYER_PROJECTS } from '../map/style';
import type { ExplorerState } from './explorer-state.svelte';

export const TEST_HOOK = '__parkmap';

export interface TestHook {
	/** The live map, null until it has loaded. */
	readonly map: MapLibreMap | null;
	/** What an export copies from the live map; null until it has loaded. */
	snapshot(): MapSnapshot | null;
	readonly filters: Filters;
	/** Sets some filters, as the controls do. */
	setFilters(patch: Partial<Filters>): void;
	/** Items shown under the filters. */
	readonly shown: number;
	readonly selectedCity: string | null;
	/** Opens a city, as a click in the city list does. */
	selectCity(key: string | null): void;
	/** The city key of a project, by item id; null when it is not on the map. */
	cityOf(id: string): string | null;
	/** The projects drawn in view, shown ones only (see drawnProjects). */
	drawnProjects(): Feature<Point, ProjectProperties>[];
}

export function testHook(state: ExplorerState): TestHook {
	return {
		get map() {
			return state.live?.map ?? null;
		},
		snapshot: () => state.live?.snapshot() ?? null,
		get filters() {
			return state.filters;
		},
		setFilters: (patch) => (state.filters = { ...state.filters, ...patch }),
		get shown() {
			return state.figures.summary.count;
		},
		get selectedCity() {
			return state.city;
		},
		selectCity: (key) => state.openCity(key),
		cityOf: (id) =>
			state.projects().data.features.find((f) => f.properties.id === id)?.properties.city ?? null,
		drawnProjects: () => (state.live ? drawnProjects(state.live.map, LAYER_PROJECTS) : [])
	};
}

/** Installs the hook on `window`; returns its removal. */
export function installTestHook(state: ExplorerState): () => void {
	const w = window as unknown as Record<string, unknown>;
	w[TEST_HOOK] = testHook(state);
	return () => delete w[TEST_HOOK];
}

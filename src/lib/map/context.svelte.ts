/**
 * The map shared by the map's child components. The MapLibre instance is held raw:
 * MapLibre objects must never be made deeply reactive.
 */
import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { PendingLoads, takeSnapshot, type LiveMap, type MapSnapshot, type SnapshotPart } from './snapshot';

export class MapContext {
	map = $state.raw<MapLibreMap | null>(null);
	/**
	 * True once the style is parsed and layers may be added: the children add theirs then, so
	 * their sources load alongside the basemap's rather than after it.
	 */
	styleReady = $state(false);
	/** True once the basemap and every source have loaded and been drawn. */
	loaded = $state(false);
	/**
	 * How many times the map has come back from a lost WebGL context. MapLibre then rebuilds the
	 * style from a copy that lacks custom layers and feature-state: the components that keep
	 * either put them back when this changes.
	 */
	restored = $state(0);
	/** The maplibre-gl module, loaded lazily. */
	lib = $state.raw<typeof import('maplibre-gl') | null>(null);
	// Read only when a snapshot is taken, never by an effect: no reactive set needed.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#snapshotParts = new Set<SnapshotPart>();
	#loads = new PendingLoads();

	/** Adds a component's part to every snapshot (see ./snapshot.ts); returns its removal. */
	addSnapshotPart(part: SnapshotPart): () => void {
		this.#snapshotParts.add(part);
		return () => this.#snapshotParts.delete(part);
	}

	/**
	 * The map's style and global state as a copy of it (the export) must draw them: with the data
	 * and filter that the components hold back from the live map.
	 */
	snapshotStyle(): MapSnapshot {
		if (!this.map) throw new Error('The map has not been created yet.');
		return takeSnapshot(this.map, this.#snapshotParts);
	}

	/** Notes a component's load of data for the map, which a snapshot waits for (see PendingLoads). */
	trackLoad(load: Promise<unknown>): void {
		this.#loads.track(load);
	}

	/** The live map as an export copies it: the map, its snapshot, and the wait for pending loads. */
	live(): LiveMap {
		if (!this.map) throw new Error('The map has not been created yet.');
		return { map: this.map, snapshot: () => this.snapshotStyle(), settled: () => this.#loads.settled() };
	}
}

const KEY = Symbol('parkmap-map');

export function setMapContext(ctx: MapContext): MapContext {
	return setContext(KEY, ctx);
}

export function getMapContext(): MapContext {
	const ctx = getContext<MapContext | undefined>(KEY);
	if (!ctx) throw new Error('Map components must be placed inside <MapView>.');
	return ctx;
}

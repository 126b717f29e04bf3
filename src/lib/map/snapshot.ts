/**
 * What a copy of the live map needs to draw what the live map shows: its style, with the data of
 * every source, its global state, the sources whose feature-state it must copy and the images
 * added in code. The map's components hold some of it back from the live map to keep it fast
 * (data loaded on zooming in, a filter set only near the projects' zoom) or keep it where a copied
 * style does not reach (feature-state, images); each adds that part to the copy through a snapshot
 * part registered on the map context. Data a component is still fetching is waited for
 * (`PendingLoads`) before the snapshot is taken. Pure.
 */
import type { GeoJSONSourceSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';

/** An image the live map added in code (`map.addImage`), which a copied style does not carry. */
export interface SnapshotImage {
	id: string;
	image: { width: number; height: number; data: Uint8Array | Uint8ClampedArray };
	/** A signed-distance image, coloured per feature. */
	sdf?: boolean;
}

export interface MapSnapshot {
	style: StyleSpecification;
	globalState: Record<string, unknown>;
	/** GeoJSON sources whose feature-state the copy needs: a copied style carries none. */
	featureStateSources: string[];
	/** Images the style draws that the live map added in code. */
	images: SnapshotImage[];
}

/** A component's part of a snapshot: writes what it holds back from the live map into the copy. */
export type SnapshotPart = (snapshot: MapSnapshot) => void;

/** The live map an export copies, and its snapshot. */
export interface LiveMap {
	map: MapLibreMap;
	snapshot: () => MapSnapshot;
	/** Resolves once the data the components are still fetching has arrived and been drawn. */
	settled: () => Promise<void>;
}

/** Sets the data of a GeoJSON source of a style copy; a missing source or one of another type is left. */
export function setSourceData(
	style: StyleSpecification,
	source: string,
	data: GeoJSONSourceSpecification['data']
): void {
	const spec = style.sources[source];
	if (spec?.type === 'geojson') spec.data = data;
}

/**
 * A copy of the map's style and global state with every part added. `getStyle` serialises anew
 * on each call; the global state is MapLibre's own object, so it is copied before parts write to it.
 */
export function takeSnapshot(
	map: Pick<MapLibreMap, 'getStyle' | 'getGlobalState'>,
	parts: Iterable<SnapshotPart>
): MapSnapshot {
	const snapshot: MapSnapshot = {
		style: map.getStyle(),
		globalState: { ...map.getGlobalState() },
		featureStateSources: [],
		images: []
	};
	for (const part of parts) part(snapshot);
	return snapshot;
}

/**
 * Loads in flight that a snapshot must wait for (data a component fetches on demand and then
 * adds to the map): a snapshot taken after `settled` copies what they add whole, never half loaded,
 * even when asked for as the page opens.
 */
export class PendingLoads {
	#loads = new Set<Promise<unknown>>();

	/** Notes a load until it ends, well or not. */
	track(load: Promise<unknown>): void {
		this.#loads.add(load);
		const done = () => this.#loads.delete(load);
		load.then(done, done);
	}

	/**
	 * Resolves once nothing is loading and the page has drawn the consequences (the components
	 * act on a load in effects after it, which may start another).
	 */
	async settled(): Promise<void> {
		while (this.#loads.size > 0) {
			await Promise.allSettled([...this.#loads]);
			await new Promise((resolve) => setTimeout(resolve, 0));
		}
	}
}

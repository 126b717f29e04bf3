/**
 * What a copy of the live map needs to draw what the live map shows: its style, with the data of
 * every source, and its global state. The map's components hold some of it back from the live
 * map to keep it fast (data loaded on zooming in, a filter set only near the projects' zoom); each
 * adds that part to the copy through a snapshot part registered on the map context. Pure.
 */
import type { GeoJSONSourceSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';

export interface MapSnapshot {
	style: StyleSpecification;
	globalState: Record<string, unknown>;
}

/** A component's part of a snapshot: writes what it holds back from the live map into the copy. */
export type SnapshotPart = (snapshot: MapSnapshot) => void;

/** The live map an export copies, and its snapshot. */
export interface LiveMap {
	map: MapLibreMap;
	snapshot: () => MapSnapshot;
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
	const snapshot = { style: map.getStyle(), globalState: { ...map.getGlobalState() } };
	for (const part of parts) part(snapshot);
	return snapshot;
}

/**
 * GeoJSON export (RFC 7946): a FeatureCollection with one Feature per item. Items whose place is not
 * known are kept, with `"geometry": null`, which RFC 7946 §3.2 allows for an unlocated feature;
 * nothing is dropped from the export. Coordinates are WGS-84 longitude, latitude.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { WeekItem } from '../report/types';
import { COLUMNS, itemRecord, type Column } from './fields';

/** Feature properties: every column except sectors, which stays a list. */
export type ExportProperties = Omit<Record<Column, string | number | null>, 'sectors'> & {
	sectors: string[];
};

export type ExportFeature = Feature<Point | null, ExportProperties>;

export function toFeature(item: WeekItem): ExportFeature {
	const record = itemRecord(item);
	const properties = {} as Record<string, unknown>;
	for (const column of COLUMNS) properties[column] = record[column];
	properties.sectors = [...item.sectors];
	return {
		type: 'Feature',
		id: item.id,
		geometry: item.location ? { type: 'Point', coordinates: [item.location.lon, item.location.lat] } : null,
		properties: properties as ExportProperties
	};
}

export function toGeoJson(items: readonly WeekItem[]): FeatureCollection<Point | null, ExportProperties> {
	return { type: 'FeatureCollection', features: items.map(toFeature) };
}

/** The GeoJSON text, UTF-8 (RFC 7946 §11: no byte-order mark). */
export function toGeoJsonText(items: readonly WeekItem[]): string {
	return `${JSON.stringify(toGeoJson(items), null, 1)}\n`;
}

/**
 * Sources and layers of the region view: province and prefecture polygons (static/basemap/,
 * loaded only while the view is on), filled by the colour their feature-state holds, and an
 * outline for the region under the pointer.
 */
import type { FillLayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import { REGION_FILL_EXPRESSION, type RegionLevel } from './choropleth';
import { SOURCE_CITIES, SOURCE_EVENTS, SOURCE_HIGHLIGHT, SOURCE_PROJECTS, SOURCE_SPREAD } from './style';

export const SOURCE_REGIONS: Record<RegionLevel, string> = {
	province: 'regions-province',
	prefecture: 'regions-prefecture'
};
export const LAYER_REGION_FILL: Record<RegionLevel, string> = {
	province: 'region-fill-province',
	prefecture: 'region-fill-prefecture'
};
export const LAYER_REGION_HOVER: Record<RegionLevel, string> = {
	province: 'region-hover-province',
	prefecture: 'region-hover-prefecture'
};

/** The polygons of a level, served from static/basemap/ under `base`. */
export function regionPolygonsUrl(level: RegionLevel, base = '/basemap'): string {
	return `${base}/${level === 'province' ? 'provinces' : 'prefectures'}.json`;
}

/** The basemap layer the fills go under (borders and labels stay on top), where the style has it. */
export const REGION_FILL_BEFORE = 'prefecture-borders';

/** Sources whose layers draw the projects: hidden while the region view is on. */
export const POINT_SOURCES = [SOURCE_PROJECTS, SOURCE_CITIES, SOURCE_EVENTS, SOURCE_HIGHLIGHT, SOURCE_SPREAD];

export function regionFillLayer(level: RegionLevel): FillLayerSpecification {
	return {
		id: LAYER_REGION_FILL[level],
		type: 'fill',
		source: SOURCE_REGIONS[level],
		paint: {
			'fill-color': REGION_FILL_EXPRESSION,
			// Opaque, so the map shows the legend's colours exactly.
			// Neighbours share their edges (see build-basemap.ts); the borders are drawn on top.
			'fill-antialias': false
		}
	};
}

export function regionHoverLayer(level: RegionLevel): LineLayerSpecification {
	return {
		id: LAYER_REGION_HOVER[level],
		type: 'line',
		source: SOURCE_REGIONS[level],
		paint: {
			'line-color': '#1f2933',
			'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2, 0]
		}
	};
}

/**
 * The offline basemap style and the project layers. The basemap is quiet light grey so the
 * coloured projects stand out. It has no `glyphs` URL: MapLibre 6 then draws every label
 * character locally with TinySDF from the page's fonts (Chinese via localIdeographFontFamily),
 * so no glyph server or glyph files are needed.
 */
import type {
	CircleLayerSpecification,
	ExpressionSpecification,
	FilterSpecification,
	LayerSpecification,
	StyleSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import {
	COLOUR_STATE,
	FILTER_STATE,
	filterState,
	projectColourExpression,
	projectFilter
} from './expressions';
import { COLLIDER_ICON, COLLIDER_SIZE, EVENT_ICON } from './icons';
import { NO_FILTERS } from '../filters';
import { CJK_FONT_FAMILY } from '../i18n/fonts';
import { attributionText } from './attribution';
import { PROJECT_LOOK, type ByLevel } from './project-look';

/** China including the South China Sea islands, for the default view. */
export const CHINA_BOUNDS: [[number, number], [number, number]] = [
	[73.5, 16],
	[135, 53.6]
];

/** Fonts for Chinese labels, drawn locally (MapLibre's localIdeographFontFamily). */
export const LOCAL_FONT_FAMILY = CJK_FONT_FAMILY;

/** The data sources and licences, the same list the exports print. */
export const ATTRIBUTION = attributionText();

/** Performance mark set when the map has first drawn everything at full resolution. */
export const FIRST_FRAME_MARK = 'parkmap:first-frame';

export const SOURCE_PROJECTS = 'projects';
export const SOURCE_CITIES = 'cities';
/** Events: a source of their own, a few features that re-tile apart from the projects. */
export const SOURCE_EVENTS = 'events';
/** The highlighted project alone (a ring around every project, hidden but one, cost a pass over all of them). */
export const SOURCE_HIGHLIGHT = 'highlight';
export const LAYER_PROJECTS = 'projects';
export const LAYER_CITIES = 'city-rings';
export const LAYER_HIGHLIGHT = 'projects-highlight';
export const LAYER_EVENTS = 'project-events';
export const LAYER_CITY_LABELS = 'city-labels';
/** Invisible icons as large as the markers: labels placed after them keep off the markers. */
export const LAYER_PROJECT_COLLIDERS = 'project-colliders';
export const LAYER_CITY_COLLIDERS = 'city-colliders';
/** Overlapping markers spread apart under the pointer (see spread.ts). */
export const SOURCE_SPREAD = 'spread';
export const LAYER_SPREAD_BACKDROP = 'spread-backdrop';
export const LAYER_SPREAD_LEGS = 'spread-legs';
export const LAYER_SPREAD_PROJECTS = 'spread-projects';
export const LAYER_SPREAD_EVENTS = 'spread-events';
/** Events are drawn as diamonds of this size whatever their amount (they sum many projects). */
export const EVENT_RADIUS = 8;

const COLOURS = {
	sea: '#eef1f4',
	land: '#f7f7f5',
	china: '#fcfcfb',
	chinaStroke: '#a9a9a6',
	province: '#bdbdba',
	prefecture: '#e0e0dd',
	dash: '#9a9a97',
	label: '#6f6f6c',
	labelCity: '#8d8d8a',
	halo: '#ffffff'
};

/**
 * Everything the basemap draws at every zoom, told apart by `kind` (country, land, dash,
 * province-border, and the label points province and city). One source rather than one per
 * kind: the renderer draws tile clipping masks whenever consecutive layers switch source, and
 * on a software renderer each such pass costs as much as a fill of the whole map.
 */
export const SOURCE_BASEMAP = 'basemap';
export const SOURCE_PREFECTURE_BORDERS = 'prefecture-borders';
/** Prefecture borders show from this zoom on. */
export const PREFECTURE_MIN_ZOOM = 4.5;

export function prefectureBordersUrl(base = '/basemap'): string {
	return `${base}/prefecture-borders.json`;
}

const kind = (value: string): ExpressionSpecification => ['==', ['get', 'kind'], value];

/**
 * Basemap labels try their own point first, then the sides: where a marker (whose collider is
 * placed before them) covers the point, the label moves beside it rather than under it.
 */
const BESIDE_MARKERS = {
	'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
	'text-radial-offset': 0.9
} satisfies SymbolLayerSpecification['layout'];

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The basemap's names of one kind of place (city, province), beside where markers go. */
function placeNames(
	placeKind: 'city' | 'province',
	zooms: { minzoom: number } | { maxzoom: number },
	text: { size: number; padding: number; colour: string; halo: number }
): SymbolLayerSpecification {
	return {
		id: `labels-${placeKind}`,
		type: 'symbol',
		source: SOURCE_BASEMAP,
		...zooms,
		filter: kind(placeKind),
		layout: {
			'text-field': ['get', 'label'],
			'text-size': text.size,
			'text-padding': text.padding,
			...BESIDE_MARKERS
		},
		paint: { 'text-color': text.colour, 'text-halo-color': COLOURS.halo, 'text-halo-width': text.halo }
	};
}

/** The basemap's layers, bottom to top: sea, land, borders, the dash line, place names. */
const BASEMAP_LAYERS: LayerSpecification[] = [
	{ id: 'sea', type: 'background', paint: { 'background-color': COLOURS.sea } },
	// The land fills skip antialiasing: their edges barely differ from the sea, China's
	// coast and border get a line of their own, and the antialiasing outline is another
	// pass over the tiles.
	{
		id: 'world-land',
		type: 'fill',
		source: SOURCE_BASEMAP,
		filter: kind('country'),
		paint: { 'fill-color': COLOURS.land, 'fill-antialias': false }
	},
	{
		id: 'china-land',
		type: 'fill',
		source: SOURCE_BASEMAP,
		filter: kind('land'),
		paint: { 'fill-color': COLOURS.china, 'fill-antialias': false }
	},
	{
		id: 'prefecture-borders',
		type: 'line',
		source: SOURCE_PREFECTURE_BORDERS,
		minzoom: PREFECTURE_MIN_ZOOM,
		paint: { 'line-color': COLOURS.prefecture, 'line-width': 0.6 }
	},
	{
		id: 'province-borders',
		type: 'line',
		source: SOURCE_BASEMAP,
		filter: kind('province-border'),
		paint: {
			'line-color': COLOURS.province,
			'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 8, 1.4]
		}
	},
	{
		id: 'china-outline',
		type: 'line',
		source: SOURCE_BASEMAP,
		filter: kind('land'),
		paint: { 'line-color': COLOURS.chinaStroke, 'line-width': 0.9 }
	},
	{
		id: 'dash-line',
		type: 'fill',
		source: SOURCE_BASEMAP,
		filter: kind('dash'),
		paint: { 'fill-color': COLOURS.dash, 'fill-outline-color': COLOURS.dash }
	},
	placeNames('city', { minzoom: 5.5 }, { size: 11, padding: 4, colour: COLOURS.labelCity, halo: 1.2 }),
	placeNames('province', { maxzoom: 7 }, { size: 12, padding: 6, colour: COLOURS.label, halo: 1.4 })
];

/**
 * The offline basemap, served from static/basemap/ under `base`. With `lazyPrefectures` the
 * prefecture borders (the largest file, unused far out) start empty: MapView.svelte
 * (`loadPrefecturesWhenNeeded`) loads them once the map zooms in far enough.
 */
export function basemapStyle(base = '/basemap', { lazyPrefectures = false } = {}): StyleSpecification {
	return {
		version: 8,
		name: 'ParkMap quiet',
		state: {
			[FILTER_STATE]: { default: filterState(NO_FILTERS) },
			[COLOUR_STATE]: { default: {} }
		},
		sources: {
			[SOURCE_BASEMAP]: {
				type: 'geojson',
				data: `${base}/basemap.json`,
				attribution: ATTRIBUTION,
				buffer: 32,
				tolerance: 0.75
			},
			[SOURCE_PREFECTURE_BORDERS]: {
				type: 'geojson',
				data: lazyPrefectures ? EMPTY : prefectureBordersUrl(base)
			}
		},
		// A copy per style: MapLibre may keep and change what it is given.
		layers: structuredClone(BASEMAP_LAYERS)
	};
}

/** The basemap's label layers, each with the kind of label point it draws. */
const BASEMAP_LABELS = [
	{ layer: 'labels-city', kind: 'city' },
	{ layer: 'labels-province', kind: 'province' }
];

/**
 * Filters for the basemap's label layers that leave out the places the city labels name (by
 * area code, the city key), so a city with projects is named once, beside its marker.
 */
export function basemapLabelFilters(
	cityKeys: readonly string[]
): { layer: string; filter: FilterSpecification }[] {
	return BASEMAP_LABELS.map(({ layer, kind: k }) => ({
		layer,
		filter: ['all', kind(k), ['!', ['in', ['get', 'adcode'], ['literal', [...cityKeys]]]]]
	}));
}

/** Below this zoom city rings are shown around groups of two or more projects. */
export const CITY_RING_MAX_ZOOM = 8;

/**
 * With many projects (see DENSE_THRESHOLD) individual circles only appear from this zoom on;
 * below it each city is one filled circle sized by its total. This keeps the national view
 * readable and lets MapLibre skip the project tiles entirely at low zoom.
 */
export const DENSE_PROJECT_MIN_ZOOM = 5;
/** Located projects above which the map switches to city circles at low zoom. */
export const DENSE_THRESHOLD = 3000;

const NO_TRANSITION = { duration: 0, delay: 0 };

/** Feature-state key of an event's colour under a sector filter (see eventSymbols). */
export const EVENT_COLOUR_STATE = 'colour';

/** Feature-state key that hides a project on maps that are not dense (see projectLayers). */
export const SHOWN_STATE = 'shown';

/**
 * The project and city layers. Circles are sized by investment, coloured by first sector,
 * hollow when the amount is unknown, and drawn less sharply the coarser the location:
 * zone/county crisp with a white edge, city slightly soft, province clearly blurred.
 *
 * How filters reach the projects depends on the map's size. A dense map's circle layer filters
 * with a layer filter over global state: the live map draws its projects with the point layer
 * instead (point-layer.ts, the same look), and exports copy this layer, which a copied style can
 * draw, with the filters as global state. Other maps hide a project with feature-state
 * (SHOWN_STATE false: radius and stroke 0, so nothing is drawn): the page sets it only for the
 * projects whose state changed, MapLibre applies it on the main thread, and the change shows in
 * the next frame, where the worker round trip costs a second frame. queryRenderedFeatures
 * still returns hidden projects: check their state.
 */
export function projectLayers(maxSectors: number, dense = false): LayerSpecification[] {
	const minzoom = dense ? DENSE_PROJECT_MIN_ZOOM : 0;
	const projects = projectCircles(maxSectors, dense, minzoom);
	const events = eventSymbols(minzoom);
	const highlight: CircleLayerSpecification = {
		id: LAYER_HIGHLIGHT,
		type: 'circle',
		source: SOURCE_HIGHLIGHT,
		minzoom,
		paint: {
			'circle-radius': ['+', ['get', 'r'], 4],
			'circle-color': 'rgba(0,0,0,0)',
			'circle-stroke-color': '#111111',
			'circle-stroke-width': 2.5
		}
	};
	return [
		dense ? CITY_CIRCLES : CITY_RINGS,
		projects,
		highlight,
		events,
		...labelLayers(dense),
		...spreadLayers(projects, events)
	];
}

/** True while a project is shown (feature-state SHOWN_STATE, on maps that are not dense). */
const VISIBLE: ExpressionSpecification = ['boolean', ['feature-state', SHOWN_STATE], true];

/** A value by the precision of the project's location: province, city, or finer. */
function byLevel({ province, city, fine }: ByLevel): ExpressionSpecification {
	return ['match', ['get', 'lvl'], 'province', province, 'city', city, fine];
}

const SHOWN_CITY: ExpressionSpecification = ['>=', ['coalesce', ['feature-state', 'n'], 0], 1];

/** Dense maps below DENSE_PROJECT_MIN_ZOOM: one filled circle per city, sized by its total. */
const CITY_CIRCLES: CircleLayerSpecification = {
	id: LAYER_CITIES,
	type: 'circle',
	source: SOURCE_CITIES,
	maxzoom: DENSE_PROJECT_MIN_ZOOM,
	paint: {
		'circle-radius': ['coalesce', ['feature-state', 'r'], 0],
		'circle-color': '#4a5a6a',
		'circle-opacity': ['case', SHOWN_CITY, 0.45, 0],
		'circle-stroke-color': '#ffffff',
		'circle-stroke-width': ['case', SHOWN_CITY, 0.8, 0]
	}
};

/** Other maps: a faint ring around each city's group of two or more projects. */
const CITY_RINGS: CircleLayerSpecification = {
	id: LAYER_CITIES,
	type: 'circle',
	source: SOURCE_CITIES,
	maxzoom: CITY_RING_MAX_ZOOM,
	paint: {
		'circle-radius': ['+', 3, ['coalesce', ['feature-state', 'r'], 0]],
		'circle-color': '#3a3a3a',
		'circle-opacity': ['case', ['>=', ['coalesce', ['feature-state', 'n'], 0], 2], 0.05, 0],
		'circle-stroke-color': '#3a3a3a',
		'circle-stroke-width': ['case', ['>=', ['coalesce', ['feature-state', 'n'], 0], 2], 1.2, 0],
		'circle-stroke-opacity': ['interpolate', ['linear'], ['zoom'], 6.5, 0.75, CITY_RING_MAX_ZOOM, 0]
	}
};

/** The project circles: sized by amount, hollow when it is unknown, softer the coarser the place. */
function projectCircles(maxSectors: number, dense: boolean, minzoom: number): CircleLayerSpecification {
	const filter = dense ? projectFilter(maxSectors) : undefined;
	const colour = projectColourExpression(maxSectors, dense);
	/** The value while the project is shown, 0 (nothing drawn) while it is hidden. */
	const whenShown = (value: ExpressionSpecification | number): ExpressionSpecification | number =>
		dense ? value : ['case', VISIBLE, value, 0];
	const known: ExpressionSpecification = ['has', 'a'];
	return {
		id: LAYER_PROJECTS,
		type: 'circle',
		source: SOURCE_PROJECTS,
		minzoom,
		...(filter ? { filter } : {}),
		paint: {
			'circle-radius': whenShown(['get', 'r']),
			'circle-color': colour,
			// Colours read global state: without this MapLibre fades them for 300 ms after every
			// filter change, drawing frame after frame.
			'circle-color-transition': NO_TRANSITION,
			'circle-opacity': ['case', known, byLevel(PROJECT_LOOK.fillOpacity), 0],
			'circle-blur': byLevel(PROJECT_LOOK.blur),
			'circle-stroke-color': ['case', known, '#ffffff', colour],
			'circle-stroke-color-transition': NO_TRANSITION,
			'circle-stroke-width': whenShown([
				'case',
				known,
				byLevel(PROJECT_LOOK.strokeWidth),
				PROJECT_LOOK.hollowStrokeWidth
			]),
			'circle-stroke-opacity': ['case', known, 1, byLevel(PROJECT_LOOK.hollowStrokeOpacity)]
		}
	};
}

/**
 * Events are few on every map: they hide and take the chosen sectors' colours by feature-state
 * (EVENT_COLOUR_STATE, else their own colour), so no filter change re-tiles them.
 */
function eventSymbols(minzoom: number): SymbolLayerSpecification {
	return {
		id: LAYER_EVENTS,
		type: 'symbol',
		source: SOURCE_EVENTS,
		minzoom,
		layout: {
			'icon-image': EVENT_ICON,
			'icon-size': (EVENT_RADIUS * 2) / 20,
			'icon-allow-overlap': true
		},
		paint: {
			'icon-color': ['to-color', ['coalesce', ['feature-state', EVENT_COLOUR_STATE], ['get', 'c']]],
			'icon-color-transition': NO_TRANSITION,
			'icon-halo-color': '#222222',
			'icon-halo-width': 1.2,
			'icon-opacity': ['case', VISIBLE, 1, 0]
		}
	};
}

/**
 * The spread of overlapping markers (see spread.ts), on top of everything: a backdrop that
 * hides what lies beneath, the legs, and the markers drawn as the project layers draw them.
 */
function spreadLayers(
	projects: CircleLayerSpecification,
	events: SymbolLayerSpecification
): LayerSpecification[] {
	const kindIs = (k: string): FilterSpecification => ['==', ['get', 'kind'], k];
	return [
		{
			id: LAYER_SPREAD_BACKDROP,
			type: 'circle',
			source: SOURCE_SPREAD,
			filter: kindIs('backdrop'),
			paint: {
				'circle-radius': ['get', 'reach'],
				'circle-color': '#ffffff',
				'circle-opacity': 0.85,
				'circle-stroke-color': '#8a8a8a',
				'circle-stroke-width': 0.8
			}
		},
		{
			id: LAYER_SPREAD_LEGS,
			type: 'line',
			source: SOURCE_SPREAD,
			filter: kindIs('leg'),
			paint: { 'line-color': '#6a6a6a', 'line-width': 1 }
		},
		{ ...projects, id: LAYER_SPREAD_PROJECTS, source: SOURCE_SPREAD, minzoom: 0, filter: kindIs('project') },
		{
			...events,
			id: LAYER_SPREAD_EVENTS,
			source: SOURCE_SPREAD,
			minzoom: 0,
			filter: kindIs('event'),
			layout: { ...events.layout, 'icon-ignore-placement': true }
		}
	];
}

/**
 * City names beside the markers. Symbol placement goes from the top layer down, so the colliders
 * (invisible squares as large as the markers, always placed) come first, then the names of the
 * cities that have projects (largest total first, beside their marker), then the basemap's own
 * labels, which move aside or give way. Dense maps collide with the city circles only: a collider
 * per project would lay out 100,000 symbols.
 */
function labelLayers(dense: boolean): LayerSpecification[] {
	const collider = {
		'icon-image': COLLIDER_ICON,
		'icon-allow-overlap': true
	} satisfies SymbolLayerSpecification['layout'];
	const cityColliders: SymbolLayerSpecification = {
		id: LAYER_CITY_COLLIDERS,
		type: 'symbol',
		source: SOURCE_CITIES,
		maxzoom: dense ? DENSE_PROJECT_MIN_ZOOM : CITY_RING_MAX_ZOOM,
		filter: ['>', ['get', 'lr'], 0],
		layout: { ...collider, 'icon-size': ['/', ['*', 2, ['get', 'lr']], COLLIDER_SIZE] }
	};
	const projectColliders: SymbolLayerSpecification = {
		id: LAYER_PROJECT_COLLIDERS,
		type: 'symbol',
		source: SOURCE_PROJECTS,
		layout: { ...collider, 'icon-size': ['/', ['*', 2, ['get', 'r']], COLLIDER_SIZE] }
	};
	const labels: SymbolLayerSpecification = {
		id: LAYER_CITY_LABELS,
		type: 'symbol',
		source: SOURCE_CITIES,
		minzoom: 4,
		layout: {
			'text-field': ['get', 'label'],
			'text-size': 12,
			'text-variable-anchor': ['left', 'right', 'top', 'bottom', 'top-left', 'bottom-right'],
			// Outside the marker: its radius in ems of the 12 px text, plus a gap.
			'text-radial-offset': ['+', ['/', ['get', 'lr'], 12], 0.35],
			'text-padding': 2,
			'symbol-sort-key': ['-', ['get', 't']]
		},
		paint: {
			'text-color': '#2b2b2b',
			'text-halo-color': '#ffffff',
			'text-halo-width': 1.4,
			'text-opacity': ['case', ['>=', ['coalesce', ['feature-state', 'n'], 0], 1], 1, 0]
		}
	};
	return dense ? [labels, cityColliders] : [labels, projectColliders, cityColliders];
}

/**
 * The explorer's state: what the URL holds (filters, city, view, language, map mode), the level the
 * region view shows, the highlighted
 * project, the phone sheet, and the live map; everything else is derived from it through the
 * pure functions of ./explorer-model.ts. The explorer's components render it.
 */
import { NO_FILTERS, type Filters } from '../filters';
import { fill, MESSAGES, type Lang } from '../i18n';
import { projectsToGeoJSON, type ProjectCollection } from '../map/geojson';
import type { Hit } from '../map/hover';
import type { RegionLevel, RegionMetric } from '../map/choropleth';
import type { LiveMap } from '../map/snapshot';
import { cityTooltip, projectTooltip } from '../map/tooltip';
import type { WeekItem } from '../report/types';
import type { MapMode, PageState, View } from '../map/url';
import {
	cityFeatures,
	explorerData,
	explorerFigures,
	highlightedMarker,
	provinceChartRows,
	regionView,
	sectorChartRows,
	selectedCity
} from './explorer-model';

/** The data the explorer shows: its items and the city label points (seats of government). */
export interface ExplorerSource {
	items: WeekItem[];
	labelPoints: Record<string, [number, number]>;
}

export class ExplorerState {
	// Seeded from the page's URL by the constructor.
	filters: Filters = $state.raw(NO_FILTERS);
	city: string | null = $state(null);
	view: View | null = $state(null);
	lang: Lang = $state('zh');
	/** A marker per project, or the totals of provinces and prefectures (`layer=regions`). */
	mode: MapMode = $state('points');
	/** What the region view's colours show: the known investment, or the count (`metric=count`). */
	metric: RegionMetric = $state('amount');
	/** The level the region view shows: the map follows the zoom once that level's polygons loaded. */
	regionLevel: RegionLevel = $state('province');
	/** The project (item index) whose circle is highlighted. */
	highlight: number | null = $state(null);
	live: LiveMap | null = $state.raw(null);
	/** Phones: the side panel is a bottom sheet, folded to its handle until opened or a city is picked. */
	sheetOpen = $state(false);
	/** The city whose tooltip the map shows for the city list's keyboard focus. */
	focusedCity: string | null = $state(null);

	/** The items and label points; the constructor sets it. */
	#source: () => ExplorerSource = () => ({ items: [], labelPoints: {} });

	/** A chosen sector's swatch shows the colour the map draws it in. */
	colourOf = (sector: string): string =>
		this.figures.mapFilter.colours[sector] ?? this.data.palette.colourOf([sector]);

	/** The tooltip's lines for a marker under the pointer. */
	describe = (hit: Hit): string[] | null => {
		if (hit.item !== null) return projectTooltip(this.data.items[hit.item], this.lang);
		const g = this.data.groups.find((x) => x.key === hit.city);
		const shown = this.figures.summary.cities.get(hit.city);
		return g && shown ? cityTooltip({ name: g.name, ...shown }, this.lang) : null;
	};

	readonly t = $derived(MESSAGES[this.lang]);
	/** Built once per item array. */
	readonly data = $derived(explorerData(this.#source().items));
	readonly cities = $derived(cityFeatures(this.data, this.#source().labelPoints));
	/** The GeoJSON of every project, built when the map first needs it (dense maps: on zooming in). */
	readonly projects = $derived.by(() => {
		const { items, scale, palette } = this.data;
		let built: ProjectCollection | null = null;
		return () => (built ??= projectsToGeoJSON(items, scale, palette));
	});
	/** Recomputed on each filter change. */
	readonly figures = $derived(explorerFigures(this.data, this.filters));
	readonly selected = $derived(selectedCity(this.data, this.figures, this.city));
	readonly highlighted = $derived(highlightedMarker(this.data, this.figures.summary.shown, this.highlight));
	readonly sectorRows = $derived(
		sectorChartRows(this.figures.bySector, this.lang, this.colourOf, this.t.noSector)
	);
	readonly provinceRows = $derived(provinceChartRows(this.figures.byProvince, this.lang));
	/** The region view's totals: computed only while it is on. */
	readonly regionView = $derived(
		regionView(this.data, this.figures.summary.shown, this.filters, this.mode, this.regionLevel, this.metric)
	);
	/** With items shown but no amount among them, the charts say so rather than "no projects". */
	readonly chartEmpty = $derived(
		this.figures.projects.count > 0
			? fill(this.t.noAmounts, { n: this.figures.projects.count })
			: this.t.noProjects
	);

	constructor(source: () => ExplorerSource, initial: PageState) {
		this.#source = source;
		this.filters = initial.filters;
		this.city = initial.city;
		this.view = initial.view;
		this.lang = initial.lang;
		this.mode = initial.mode;
		this.metric = initial.metric;
		this.sheetOpen = initial.city !== null;
	}

	/** The URL-worthy state. */
	pageState(): PageState {
		const { filters, city, view, lang, mode, metric } = this;
		return { filters, city, view, lang, mode, metric };
	}

	selectCity(key: string | null, item: number | null = null): void {
		this.city = key;
		if (key !== null) this.sheetOpen = true;
		this.highlight = item;
	}

	/** Highlights a project and brings it into view. */
	selectItem(index: number): void {
		this.highlight = index;
		const loc = this.data.items[index].location;
		const map = this.live?.map;
		if (map && loc)
			map.easeTo({ center: [loc.lon, loc.lat], zoom: Math.max(map.getZoom(), 6), duration: 400 });
	}

	/** Selects a city and brings it into view. */
	openCity(key: string | null, duration = 400): void {
		this.selectCity(key);
		const g = key ? this.data.groups.find((x) => x.key === key) : null;
		const map = this.live?.map;
		if (!map || !g) return;
		const [lon, lat] = this.#source().labelPoints[g.key] ?? [g.lon, g.lat];
		map.easeTo({ center: [lon, lat], zoom: Math.max(map.getZoom(), g.provinceLevel ? 5 : 6), duration });
	}
}

/**
 * What the snapshot's legend shows: sector colours and circle sizes, or the region view's
 * classes. Built from the map's own palette, filter colours, radius scale and region totals
 * (src/lib/map), so the legend in the image matches what the map draws.
 */
import { fill, formatCount, formatYi, MESSAGES, type Lang } from '../i18n';
import { REGION_MESSAGES, regionLegendTitle } from '../i18n/regions';
import {
	CLASS_UNKNOWN,
	classLabels,
	NO_DATA_COLOUR,
	regionClass,
	UNKNOWN_COLOUR,
	type Choropleth
} from '../map/choropleth';
import { OTHER_COLOUR, projectColour, type SectorPalette } from '../map/palette';
import { legendAmounts, UNKNOWN_RADIUS, type RadiusScale } from '../map/scales';

export interface LegendSpec {
	/** Sector colours, in legend order; the last one is usually 「其他」. */
	colours: { label: string; colour: string }[];
	/** Reference circles: radius in CSS pixels for an amount in 亿元, largest first. */
	sizes: { amountYi: number; radius: number }[];
	/** Projects whose amount is not known: drawn hollow at this radius (CSS pixels). */
	unknownRadius: number | null;
	/** Events (signing conferences totalling many projects) are drawn: their diamond is explained. */
	events?: boolean;
	/** The region view's classes, when the map shows it instead of the points. */
	regions?: RegionLegendSpec | null;
}

export interface RegionLegendSpec {
	/** What the colours show, with the unit: 「各省投资额（亿元）」, 「各省项目数」. */
	title: string;
	/** Class swatches, smallest first, then the neutral ones (unknown amount, no projects). */
	classes: { label: string; colour: string }[];
	/** Projects the totals leave out (located only to a province, at prefecture level); null for none. */
	note: string | null;
}

/** The region view's legend in words, as the page's legend shows it. */
export function regionLegendSpec(view: Choropleth, lang: Lang = 'zh'): RegionLegendSpec {
	const r = REGION_MESSAGES[lang];
	const labels = classLabels(view, (value) =>
		view.metric === 'count' ? formatCount(value, lang) : formatYi(value, lang, 'short')
	);
	const classes = view.colours.map((colour, k) => ({ label: labels[k], colour }));
	if ([...view.totals.keys()].some((code) => regionClass(view, code) === CLASS_UNKNOWN))
		classes.push({ label: r.unknown, colour: UNKNOWN_COLOUR });
	classes.push({ label: r.noData, colour: NO_DATA_COLOUR });
	return {
		title: regionLegendTitle(lang, view),
		classes,
		note:
			view.level === 'prefecture' && view.unplaced > 0
				? fill(r.unplaced, { n: view.unplaced.toLocaleString('en-US') })
				: null
	};
}

/** What the picture shows: the located items, their sectors and amounts. */
export interface LegendItem {
	sectors: readonly string[];
	amountYi: number | null;
	location: unknown;
	kind?: 'project' | 'event';
}

/**
 * The legend of a map drawn with this palette and this radius scale. Given the items drawn, it
 * lists only what is in the picture: the colours in use, the hollow circle only when an amount is
 * unknown, the reference sizes only when an amount is known.
 */
export function legendSpec(
	palette: SectorPalette,
	scale: RadiusScale,
	options: {
		items?: readonly LegendItem[];
		lang?: Lang;
		/** The chosen sectors' colours under a sector filter (filterColours), which the map draws. */
		sectorColours?: Readonly<Record<string, string>>;
		/** The region view, when the map shows it: its classes replace colours and sizes. */
		regions?: Choropleth | null;
	} = {}
): LegendSpec {
	if (options.regions)
		return {
			colours: [],
			sizes: [],
			unknownRadius: null,
			regions: regionLegendSpec(options.regions, options.lang)
		};
	const chosen = Object.entries(options.sectorColours ?? {});
	const colourOf = (sectors: readonly string[]) =>
		chosen.length > 0 ? projectColour(sectors, options.sectorColours ?? {}) : palette.colourOf(sectors);
	const drawn = options.items?.filter((i) => i.location !== null);
	const used = drawn ? new Set(drawn.map((i) => colourOf(i.sectors))) : null;
	const inUse = (colour: string) => used === null || used.has(colour);
	const named =
		chosen.length > 0
			? chosen.map(([sector, colour]) => ({ label: sector, colour }))
			: palette.named.map((n) => ({ label: n.sector, colour: n.colour }));
	const colours = [
		...named,
		{ label: MESSAGES[options.lang ?? 'zh'].snapshotOtherSectors, colour: OTHER_COLOUR }
	].filter((c) => inUse(c.colour));
	// Circles are the projects': an event is a diamond of one size, whatever its amount.
	const circles = drawn?.filter((i) => i.kind !== 'event');
	const known = circles ? circles.some((i) => i.amountYi !== null) : true;
	const unknown = circles ? circles.some((i) => i.amountYi === null) : true;
	return {
		colours,
		sizes: known ? legendAmounts(scale).map((amountYi) => ({ amountYi, radius: scale(amountYi) })) : [],
		unknownRadius: unknown ? UNKNOWN_RADIUS : null,
		events: drawn ? drawn.some((i) => i.kind === 'event') : false
	};
}

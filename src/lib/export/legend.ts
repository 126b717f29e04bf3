/**
 * What the snapshot's legend shows: sector colours and circle sizes. Built from the map's own
 * palette and radius scale (src/lib/map), so the legend in the image matches the circles drawn.
 */
import { MESSAGES, type Lang } from '../i18n';
import { OTHER_COLOUR, type SectorPalette } from '../map/palette';
import { legendAmounts, UNKNOWN_RADIUS, type RadiusScale } from '../map/scales';

export interface LegendSpec {
	/** Sector colours, in legend order; the last one is usually 「其他」. */
	colours: { label: string; colour: string }[];
	/** Reference circles: radius in CSS pixels for an amount in 亿元, largest first. */
	sizes: { amountYi: number; radius: number }[];
	/** Projects whose amount is not known: drawn hollow at this radius (CSS pixels). */
	unknownRadius: number | null;
}

/** What the picture shows: the located items, their sectors and amounts. */
export interface LegendItem {
	sectors: readonly string[];
	amountYi: number | null;
	location: unknown;
}

/**
 * The legend of a map drawn with this palette and this radius scale. Given the items drawn, it
 * lists only what is in the picture: the colours in use, the hollow circle only when an amount is
 * unknown, the reference sizes only when an amount is known.
 */
export function legendSpec(
	palette: SectorPalette,
	scale: RadiusScale,
	options: { items?: readonly LegendItem[]; lang?: Lang } = {}
): LegendSpec {
	const drawn = options.items?.filter((i) => i.location !== null);
	const used = drawn ? new Set(drawn.map((i) => palette.colourOf(i.sectors))) : null;
	const inUse = (colour: string) => used === null || used.has(colour);
	const colours = [
		...palette.named.map((n) => ({ label: n.sector, colour: n.colour })),
		{ label: MESSAGES[options.lang ?? 'zh'].snapshotOtherSectors, colour: OTHER_COLOUR }
	].filter((c) => inUse(c.colour));
	const known = drawn ? drawn.some((i) => i.amountYi !== null) : true;
	const unknown = drawn ? drawn.some((i) => i.amountYi === null) : true;
	return {
		colours,
		sizes: known ? legendAmounts(scale).map((amountYi) => ({ amountYi, radius: scale(amountYi) })) : [],
		unknownRadius: unknown ? UNKNOWN_RADIUS : null
	};
}

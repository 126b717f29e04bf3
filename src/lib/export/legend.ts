/**
 * What the snapshot's legend shows: sector colours and circle sizes. Built from the map's own
 * palette and radius scale (src/lib/map), so the legend in the image matches the circles drawn.
 */
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

/** The legend of a map drawn with this palette and this radius scale. */
export function legendSpec(palette: SectorPalette, scale: RadiusScale): LegendSpec {
	return {
		colours: [
			...palette.named.map((n) => ({ label: n.sector, colour: n.colour })),
			{ label: '其他 / 未分类', colour: OTHER_COLOUR }
		],
		sizes: legendAmounts(scale).map((amountYi) => ({ amountYi, radius: scale(amountYi) })),
		unknownRadius: UNKNOWN_RADIUS
	};
}

/** 「1,000」, 「2.5」: amounts for the legend and the totals. */
export function formatYi(value: number): string {
	const rounded = Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
	return rounded.toLocaleString('en-US');
}

/**
 * Sector colours. Okabe & Ito's palette stays distinguishable under the common forms of
 * colour blindness, but only for about eight classes: the seven sectors with the most projects
 * get its colours (black is kept for outlines), every other sector shares one neutral grey.
 * A project with several sectors is coloured by its first one.
 */

/** Okabe-Ito without black, in an order that keeps neighbours apart. */
export const OKABE_ITO = [
	'#0072B2',
	'#E69F00',
	'#009E73',
	'#CC79A7',
	'#56B4E9',
	'#D55E00',
	'#F0E442'
] as const;

/** Colour of sectors outside the top seven and of items with no sector. */
export const OTHER_COLOUR = '#8a8a8a';

export interface SectorPalette {
	/** Sectors that have their own colour, most frequent first. */
	named: { sector: string; colour: string }[];
	/** Colour of a project: that of its first sector, else OTHER_COLOUR. */
	colourOf(sectors: readonly string[]): string;
}

/** Ranks sectors by how many items name them (ties by name) and assigns colours to the top ones. */
export function sectorPalette(items: readonly { sectors: readonly string[] }[]): SectorPalette {
	const counts = new Map<string, number>();
	for (const item of items) for (const s of item.sectors) counts.set(s, (counts.get(s) ?? 0) + 1);
	const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'));
	const named = ranked.slice(0, OKABE_ITO.length).map(([sector], i) => ({ sector, colour: OKABE_ITO[i] }));
	const lookup = new Map(named.map((n) => [n.sector, n.colour]));
	return {
		named,
		colourOf: (sectors) => (sectors.length > 0 ? (lookup.get(sectors[0]) ?? OTHER_COLOUR) : OTHER_COLOUR)
	};
}

/**
 * Sector colours. The taxonomy has 23 sectors (data/sectors.json), far more than any palette
 * keeps apart, so the map colours by sector family: eight families, each with a fixed colour
 * from Okabe & Ito's palette (distinguishable under the common forms of colour blindness) plus a
 * dark grey, the same on every data set. Items with no sector, or a sector outside the taxonomy,
 * are light grey.
 *
 * Under a sector filter the map colours by the filtered sectors instead (see `filterColours`):
 * each chosen sector gets its own colour, and a project is coloured by the first of its sectors
 * the filter chose, not by its first sector.
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

/** Colour of items with no sector or a sector outside every family. */
export const OTHER_COLOUR = '#b4b4b4';

export interface SectorFamily {
	id: string;
	/** Chinese and English names, shown in the legend. */
	name: string;
	nameEn: string;
	colour: string;
	/** Sector names (Item.sectors) that belong to the family. */
	sectors: readonly string[];
}

/**
 * The families: the strategic emerging industries that share a supply chain or a market go
 * together with the traditional industries next to them.
 */
export const SECTOR_FAMILIES: readonly SectorFamily[] = (
	[
		['digital', '信息·数字', 'IT & digital', '#0072B2', ['新一代信息技术', '数字创意']],
		[
			'equipment',
			'装备·航空航天',
			'Equipment & aerospace',
			'#56B4E9',
			['高端装备制造', '航空航天', '海洋装备']
		],
		['materials', '材料·化工', 'Materials & chemicals', '#E69F00', ['新材料', '现代化工', '冶金', '建材']],
		['bio', '生物医药', 'Biomedicine', '#CC79A7', ['生物医药']],
		['vehicles', '汽车', 'Vehicles', '#D55E00', ['新能源汽车', '汽车及零部件']],
		['energy', '能源·环保', 'Energy & environment', '#009E73', ['新能源', '节能环保', '传统能源']],
		[
			'consumer',
			'消费·农业',
			'Consumer goods & farming',
			'#F0E442',
			['家电轻工', '纺织服装', '食品', '农业']
		],
		['services', '服务业', 'Services', '#4d4d4d', ['相关服务业', '文旅', '物流', '金融']]
	] as const
).map(([id, name, nameEn, colour, sectors]) => ({ id, name, nameEn, colour, sectors }));

const FAMILY_OF = new Map(SECTOR_FAMILIES.flatMap((f) => f.sectors.map((s) => [s, f] as const)));

/** The family of a sector, or null for one outside the taxonomy. */
export function familyOf(sector: string): SectorFamily | null {
	return FAMILY_OF.get(sector) ?? null;
}

/** The colour of a single sector without a filter: its family's. */
export function sectorColour(sector: string): string {
	return familyOf(sector)?.colour ?? OTHER_COLOUR;
}

export interface SectorPalette {
	/** Families present in the data, most items first: what the legend lists. */
	families: SectorFamily[];
	/** The same as label and colour (the export legend's shape). */
	named: { sector: string; colour: string }[];
	/** True when some item has no sector or one outside the families. */
	hasOther: boolean;
	/** Colour of a project without a filter: the family of its first sector, else OTHER_COLOUR. */
	colourOf(sectors: readonly string[]): string;
}

/** The families the items use, ranked by how many items they colour (ties in family order). */
export function sectorPalette(items: readonly { sectors: readonly string[] }[]): SectorPalette {
	const counts = new Map<SectorFamily, number>();
	let hasOther = false;
	for (const item of items) {
		const family = item.sectors.length > 0 ? familyOf(item.sectors[0]) : null;
		if (family) counts.set(family, (counts.get(family) ?? 0) + 1);
		else hasOther = true;
	}
	const families = SECTOR_FAMILIES.filter((f) => counts.has(f)).sort(
		(a, b) => counts.get(b)! - counts.get(a)!
	);
	return {
		families,
		named: families.map((f) => ({ sector: f.name, colour: f.colour })),
		hasOther,
		colourOf: (sectors) => (sectors.length > 0 ? sectorColour(sectors[0]) : OTHER_COLOUR)
	};
}

/**
 * Colours of the sectors a filter chose. Chosen sectors of different families keep their family
 * colours (the map looks as it did before the filter). Where two chosen sectors share a family,
 * the chosen sectors get Okabe-Ito in the filter's order while it lasts (seven sectors), then
 * their family colours. An empty object without a filter.
 */
export function filterColours(sectors: readonly string[]): Record<string, string> {
	const out: Record<string, string> = {};
	const families = new Set(sectors.map((s) => familyOf(s)?.id ?? s));
	const ownColours = families.size === sectors.length;
	sectors.forEach((s, k) => (out[s] = ownColours || k >= OKABE_ITO.length ? sectorColour(s) : OKABE_ITO[k]));
	return out;
}

/** The colour of a project under the filter colours: its first chosen sector's, else its family's. */
export function projectColour(sectors: readonly string[], colours: Readonly<Record<string, string>>): string {
	for (const s of sectors) if (Object.hasOwn(colours, s)) return colours[s];
	return sectors.length > 0 ? sectorColour(sectors[0]) : OTHER_COLOUR;
}

import type { Location } from '../gazetteer/types';
import type { Section } from '../report/types';

/**
 * One project as the map page needs it: the Item contract's fields plus its report week,
 * without what only the store reads (report id, corrections). The amount text travels along
 * for the page's exports.
 */
export interface MapItem {
	id: string;
	/** Monday of the report's week, YYYY-MM-DD. */
	week: string;
	section: Section;
	title: string;
	date: string | null;
	amountYi: number | null;
	/** The words the amount came from (exports show it); absent on SYNTHETIC items. */
	amountText?: string | null;
	sectors: string[];
	source: string | null;
	location: Location | null;
	caption: string | null;
	body: string;
	/** An event (a signing conference totalling many projects) or a project; absent means project. */
	kind?: 'project' | 'event';
	/** How many projects an event reports, when it says; null or absent otherwise. */
	projectCount?: number | null;
}

/** Picks the fields the map page needs from a stored item (or any Item with a week). */
export function toMapItem(item: MapItem): MapItem {
	return {
		id: item.id,
		week: item.week,
		section: item.section,
		title: item.title,
		date: item.date,
		amountYi: item.amountYi,
		amountText: item.amountText ?? null,
		sectors: item.sectors,
		source: item.source,
		location: item.location,
		caption: item.caption,
		body: item.body,
		...(item.kind !== undefined ? { kind: item.kind, projectCount: item.projectCount ?? null } : {})
	};
}

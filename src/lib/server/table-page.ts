/**
 * The table page's rows: filtered by the URL filters, sorted and cut into pages on the server, so
 * the page's HTML holds one page whatever the number of stored items. Pure.
 *
 * URL parameters: those of $lib/filters/table-query (`page`, `size`, `sort`, `dir`) and the
 * filters of $lib/filters. Unreadable values fall back to the defaults.
 */
import { applyFilters, countsAsProject, filtersFromParams, type FilterableItem } from '../filters';
import { pageCount, pageRows, sortRows, tableQuery, type TableQuery } from '../filters/table-query';

export interface TablePage<T> extends TableQuery {
	rows: T[];
	/** Items matching the filters (all pages). */
	total: number;
	pages: number;
	/** Sum of the amounts of the matching items that count as projects (events apart unless included), 亿元. */
	totalYi: number;
	/** How many of those have a known amount: an unknown amount is not 0. */
	knownAmounts: number;
}

type SortableItem = FilterableItem & { date: string | null; week: string };

/** Longest caption and body a table row carries; the map's side panel and the exports have the full text. */
export const ROW_CAPTION_CHARS = 80;
export const ROW_BODY_CHARS = 160;

/** What a table row shows of an item: its fields with long text clipped and the place in words. */
export interface TableRow {
	id: string;
	week: string;
	section: SortableItem['section'];
	date: string | null;
	title: string;
	amountYi: number | null;
	amountText: string | null;
	sectors: string[];
	source: string | null;
	/** Province, city, county and zone in words, or null when the place is unknown (待核实). */
	place: string | null;
	caption: string | null;
	body: string;
	/** True when caption or body were clipped. */
	clipped: boolean;
	corrected: string[];
	kind: 'project' | 'event';
}

function clipText(text: string, max: number): string {
	return text.length > max ? `${text.slice(0, max)}…` : text;
}

export function placeText(location: SortableItem['location']): string | null {
	if (!location) return null;
	const parts = [location.province, location.city, location.county, location.zone];
	return parts.filter((part, i) => part && parts.indexOf(part) === i).join(' ');
}

export function tableRow(
	item: SortableItem & {
		id: string;
		amountText: string | null;
		corrected: string[];
		kind?: 'project' | 'event';
	}
): TableRow {
	const caption = item.caption === null ? null : clipText(item.caption, ROW_CAPTION_CHARS);
	const body = clipText(item.body, ROW_BODY_CHARS);
	return {
		id: item.id,
		week: item.week,
		section: item.section,
		date: item.date,
		title: item.title,
		amountYi: item.amountYi,
		amountText: item.amountText,
		sectors: item.sectors,
		source: item.source,
		place: placeText(item.location),
		caption,
		body,
		clipped: caption !== item.caption || body !== item.body,
		corrected: item.corrected,
		kind: item.kind ?? 'project'
	};
}

export function tablePage<T extends SortableItem>(
	items: readonly T[],
	params: URLSearchParams
): TablePage<T> {
	const query = tableQuery(params);
	const filters = filtersFromParams(params);
	const matching = applyFilters(items, filters);
	const pages = pageCount(matching.length, query.size);
	const page = Math.min(query.page, pages);
	const projects = matching.filter((item) => countsAsProject(item, filters));
	return {
		...query,
		page,
		pages,
		rows: pageRows(sortRows(matching, query.sort, query.dir), page, query.size),
		total: matching.length,
		totalYi: projects.reduce((sum, item) => sum + (item.amountYi ?? 0), 0),
		knownAmounts: projects.filter((item) => item.amountYi !== null).length
	};
}

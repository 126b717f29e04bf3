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

/** Matching items sorted, per items array (a data version) and filters and order: pages of one query share them. */
const sortedCache = new WeakMap<readonly object[], Map<string, { matching: object[]; sorted: object[] }>>();
/** Queries kept per data version. */
const MAX_QUERIES = 32;

function matchingSorted<T extends SortableItem>(
	items: readonly T[],
	filters: ReturnType<typeof filtersFromParams>,
	query: TableQuery
): { matching: T[]; sorted: T[] } {
	const key = JSON.stringify([filters, query.sort, query.dir]);
	const cached = sortedCache.get(items) ?? new Map<string, { matching: object[]; sorted: object[] }>();
	sortedCache.set(items, cached);
	const hit = cached.get(key) as { matching: T[]; sorted: T[] } | undefined;
	if (hit) return hit;
	const matching = applyFilters(items, filters);
	const entry = { matching, sorted: sortRows(matching, query.sort, query.dir) };
	if (cached.size >= MAX_QUERIES) cached.delete(cached.keys().next().value as string);
	cached.set(key, entry);
	return entry;
}

export function tablePage<T extends SortableItem>(
	items: readonly T[],
	params: URLSearchParams
): TablePage<T> {
	const query = tableQuery(params);
	const filters = filtersFromParams(params);
	// Sorting thousands of items by text takes tens of milliseconds: once per query and data version.
	const { matching, sorted } = matchingSorted(items, filters, query);
	const pages = pageCount(matching.length, query.size);
	const page = Math.min(query.page, pages);
	const projects = matching.filter((item) => countsAsProject(item, filters));
	return {
		...query,
		page,
		pages,
		rows: pageRows(sorted, page, query.size),
		total: matching.length,
		totalYi: projects.reduce((sum, item) => sum + (item.amountYi ?? 0), 0),
		knownAmounts: projects.filter((item) => item.amountYi !== null).length
	};
}

/**
 * The table page's rows: filtered by the URL filters, sorted and cut into pages on the server, so
 * the page's HTML holds one page whatever the number of stored items. Pure.
 *
 * URL parameters: `page` (1-based), `size` (default 100, at most 500), `sort`
 * (`date|amount|title|city|section|week`, default `week`: report order), `dir` (`asc|desc`),
 * plus the filters of $lib/filters. Unreadable values fall back to the defaults.
 */
import { applyFilters, filtersFromParams, type FilterableItem } from '../filters';

export const SORT_KEYS = ['date', 'amount', 'title', 'city', 'section', 'week'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 500;

export interface PageRequest {
	page: number;
	size: number;
	sort: SortKey;
	dir: SortDir;
}

export interface TablePage<T> extends PageRequest {
	rows: T[];
	/** Items matching the filters (all pages). */
	total: number;
	pages: number;
	/** Sum of the matching items' amounts in 亿元. */
	totalYi: number;
}

type SortableItem = FilterableItem & { date: string | null; week: string };

function positiveInt(value: string | null, fallback: number): number {
	if (value === null || !/^\d{1,9}$/.test(value.trim())) return fallback;
	const n = Number(value);
	return n >= 1 ? n : fallback;
}

export function pageRequest(params: URLSearchParams): PageRequest {
	const sort = params.get('sort');
	return {
		page: positiveInt(params.get('page'), 1),
		size: Math.min(MAX_PAGE_SIZE, positiveInt(params.get('size'), DEFAULT_PAGE_SIZE)),
		sort: (SORT_KEYS as readonly string[]).includes(sort ?? '') ? (sort as SortKey) : 'week',
		dir: params.get('dir') === 'desc' ? 'desc' : 'asc'
	};
}

/** The value an item sorts by; null sorts last in either direction. */
function sortValue(item: SortableItem, key: SortKey): string | number | null {
	switch (key) {
		case 'amount':
			return item.amountYi;
		case 'city':
			return item.location ? (item.location.city ?? item.location.province) : null;
		default:
			return item[key];
	}
}

function compareValues(a: string | number | null, b: string | number | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	return String(a).localeCompare(String(b), 'zh');
}

/** Sorts a copy; ties keep the input (report) order. */
export function sortItems<T extends SortableItem>(items: readonly T[], sort: SortKey, dir: SortDir): T[] {
	const sign = dir === 'desc' ? -1 : 1;
	const keyed = items.map((item, i) => ({ item, i, v: sortValue(item, sort) }));
	keyed.sort((x, y) => {
		if (x.v === null || y.v === null) return compareValues(x.v, y.v) || x.i - y.i;
		return sign * compareValues(x.v, y.v) || x.i - y.i;
	});
	return keyed.map((k) => k.item);
}

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
	item: SortableItem & { id: string; amountText: string | null; corrected: string[] }
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
		corrected: item.corrected
	};
}

export function tablePage<T extends SortableItem>(
	items: readonly T[],
	params: URLSearchParams
): TablePage<T> {
	const request = pageRequest(params);
	const matching = applyFilters(items, filtersFromParams(params));
	// Items come in week order already; other orders are sorted here.
	const sorted =
		request.sort === 'week' && request.dir === 'asc'
			? matching
			: sortItems(matching, request.sort, request.dir);
	const pages = Math.max(1, Math.ceil(sorted.length / request.size));
	const page = Math.min(request.page, pages);
	const start = (page - 1) * request.size;
	return {
		...request,
		page,
		pages,
		rows: sorted.slice(start, start + request.size),
		total: sorted.length,
		totalYi: matching.reduce((sum, item) => sum + (item.amountYi ?? 0), 0)
	};
}

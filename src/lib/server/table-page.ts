/**
 * The table page's rows on the server: filtered by the URL filters, sorted and cut into pages with
 * the same helpers the page uses ($lib/ui/table-view), so the page's HTML holds one page whatever
 * the number of stored items. URL parameters: `page` (from 1), `size` (default 100), `sort`
 * (`date|amount|title|city|section|week`; none: the stored order), `dir` (`asc|desc`), plus the
 * filters of $lib/filters. Pure.
 */
import { applyFilters, countsAsProject, type FilterableItem, type Filters } from '../filters';
import {
	pageCount,
	pageRows,
	sortRows,
	tableQuery,
	type SortableRow,
	type TableQuery
} from '../ui/table-view';

/** Longest caption and body a table row carries; the map's side panel and the exports have the full text. */
export const ROW_CAPTION_CHARS = 80;
export const ROW_BODY_CHARS = 160;

type TableItem = FilterableItem & SortableRow;

export interface TablePage<T> extends TableQuery {
	rows: T[];
	/** Items matching the filters (all pages). */
	total: number;
	pages: number;
	/** Sum of the amounts of the matching items that count as projects, and how many have one. */
	totalYi: number;
	known: number;
}

function clipText(text: string, max: number): string {
	return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** A row with long caption and body shortened (same shape as the item). */
export function clipRow<T extends { caption: string | null; body: string }>(item: T): T {
	if (item.body.length <= ROW_BODY_CHARS && (item.caption?.length ?? 0) <= ROW_CAPTION_CHARS) return item;
	return {
		...item,
		caption: item.caption === null ? null : clipText(item.caption, ROW_CAPTION_CHARS),
		body: clipText(item.body, ROW_BODY_CHARS)
	};
}

export function tablePage<T extends TableItem>(
	items: readonly T[],
	params: URLSearchParams,
	filters: Filters
): TablePage<T> {
	const query = tableQuery(params);
	const matching = applyFilters(items, filters);
	const sorted = query.sort === null ? matching : sortRows(matching, query.sort, query.dir);
	const pages = pageCount(sorted.length, query.size);
	let totalYi = 0;
	let known = 0;
	for (const item of matching) {
		if (!countsAsProject(item, filters) || item.amountYi === null) continue;
		totalYi += item.amountYi;
		known++;
	}
	return {
		...query,
		page: Math.min(query.page, pages),
		pages,
		rows: pageRows(sorted, query.page, query.size),
		total: sorted.length,
		totalYi,
		known
	};
}

/**
 * The project table's links: column headings that sort, page links, and the active filters as
 * removable chips (sorting and paging themselves: $lib/filters/table-query). Pure.
 */
import { describeFilters, filtersToParams, NO_FILTERS, type Filters } from '../filters';
import { SECTION_LABELS, type Lang } from '../i18n';
import { FIRST_DIR, tableQuery, type SortKey } from '../filters/table-query';

function withParams(params: URLSearchParams, set: Record<string, string | null>): string {
	const out = new URLSearchParams(params);
	for (const [key, value] of Object.entries(set)) {
		if (value === null) out.delete(key);
		else out.set(key, value);
	}
	const text = out.toString();
	return text === '' ? '?' : `?${text}`;
}

/** The link of a column heading: sorts by it, or turns the order round when it sorts already. */
export function sortHref(params: URLSearchParams, key: SortKey): string {
	const q = tableQuery(params);
	const dir = q.sort === key ? (q.dir === 'asc' ? 'desc' : 'asc') : FIRST_DIR[key];
	return withParams(params, { sort: key, dir, page: null });
}

/**
 * The page numbers a pager links to: the first, the last, and two either side of the current
 * one, in order (with 400 pages, a link each would be most of the page's HTML).
 */
export function pageWindow(page: number, pages: number): number[] {
	const shown = new Set([1, pages]);
	for (let p = page - 2; p <= page + 2; p++) if (p >= 1 && p <= pages) shown.add(p);
	return [...shown].sort((a, b) => a - b);
}

export function pageHref(params: URLSearchParams, page: number): string {
	return withParams(params, { page: page === 1 ? null : String(page) });
}

export interface FilterChip {
	label: string;
	/** The same page without this filter. */
	href: string;
}

/** One chip per active filter value: each section, each sector, the weeks, the amounts, the text. */
export function filterChips(filters: Filters, params: URLSearchParams, lang: Lang): FilterChip[] {
	const chips: FilterChip[] = [];
	const without = (patch: Partial<Filters>): string => {
		const out = filtersToParams({ ...filters, ...patch }, new URLSearchParams(params));
		out.delete('page');
		const text = out.toString();
		return text === '' ? '?' : `?${text}`;
	};
	const describe = (f: Partial<Filters>) =>
		describeFilters({ ...NO_FILTERS, ...f }, SECTION_LABELS[lang], { lang })[0] ?? '';
	if (filters.weekFrom !== null || filters.weekTo !== null)
		chips.push({
			label: describe({ weekFrom: filters.weekFrom, weekTo: filters.weekTo }),
			href: without({ weekFrom: null, weekTo: null })
		});
	for (const s of filters.sections)
		chips.push({
			label: SECTION_LABELS[lang][s],
			href: without({ sections: filters.sections.filter((x) => x !== s) })
		});
	for (const s of filters.sectors)
		chips.push({ label: s, href: without({ sectors: filters.sectors.filter((x) => x !== s) }) });
	if (filters.amountMin !== null || filters.amountMax !== null)
		chips.push({
			label: describe({ amountMin: filters.amountMin, amountMax: filters.amountMax }),
			href: without({ amountMin: null, amountMax: null })
		});
	if (filters.query.trim() !== '')
		chips.push({ label: describe({ query: filters.query }), href: without({ query: '' }) });
	if (filters.events === 'include')
		chips.push({ label: describe({ events: 'include' }), href: without({ events: 'exclude' }) });
	return chips;
}

/** The same page without any filter: language, sorting and page size kept. */
export function clearFiltersHref(params: URLSearchParams): string {
	const out = filtersToParams(NO_FILTERS, new URLSearchParams(params));
	out.delete('page');
	const text = out.toString();
	return text === '' ? '?' : `?${text}`;
}

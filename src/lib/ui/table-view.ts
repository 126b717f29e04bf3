/**
 * The project table's view of its URL: sorting (`sort`, `dir`), paging (`page`, `size`) and the
 * active filters as removable chips. The server may sort and page already (then it says so by
 * returning `rows`); otherwise the page does the same here, so the URL means the same either way.
 * Pure.
 */
import { describeFilters, filtersToParams, NO_FILTERS, type Filters } from '../filters';
import { SECTION_LABELS, type Lang } from '../i18n';
import type { Section } from '../report/types';

export const SORT_KEYS = ['date', 'amount', 'title', 'city', 'section', 'week'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

export interface TableQuery {
	/** null: the stored order (week, then report order). */
	sort: SortKey | null;
	dir: SortDir;
	/** From 1. */
	page: number;
	size: number;
}

export const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 1000;

/** The first click on a column sorts numbers and dates largest / newest first, text A→Z. */
const FIRST_DIR: Record<SortKey, SortDir> = {
	date: 'desc',
	amount: 'desc',
	week: 'desc',
	title: 'asc',
	city: 'asc',
	section: 'asc'
};

function positiveInt(value: string | null, fallback: number, max = Infinity): number {
	const n = Number(value);
	return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
}

export function tableQuery(params: URLSearchParams): TableQuery {
	const sort = params.get('sort');
	const known = (SORT_KEYS as readonly string[]).includes(sort ?? '') ? (sort as SortKey) : null;
	const dir = params.get('dir');
	return {
		sort: known,
		dir: dir === 'asc' || dir === 'desc' ? dir : known ? FIRST_DIR[known] : 'asc',
		page: positiveInt(params.get('page'), 1),
		size: positiveInt(params.get('size'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
	};
}

/** What sorting reads of a row. */
export interface SortableRow {
	week: string;
	section: Section;
	title: string;
	date: string | null;
	amountYi: number | null;
	location: { province: string; city: string | null; county: string | null } | null;
}

const SECTION_ORDER: Record<Section, number> = { investment: 0, news: 1, policy: 2 };
const collator = new Intl.Collator('zh-CN');

function sortValue(row: SortableRow, key: SortKey): string | number | null {
	switch (key) {
		case 'date':
			return row.date ?? row.week;
		case 'amount':
			return row.amountYi;
		case 'title':
			return row.title;
		case 'city':
			return row.location ? `${row.location.province} ${row.location.city ?? ''}` : null;
		case 'section':
			return SECTION_ORDER[row.section];
		case 'week':
			return row.week;
	}
}

/** Rows sorted by a column; rows without a value (no amount, no place) go last either way. */
export function sortRows<T extends SortableRow>(rows: readonly T[], sort: SortKey | null, dir: SortDir): T[] {
	if (sort === null) return [...rows];
	const sign = dir === 'asc' ? 1 : -1;
	return rows
		.map((row, i) => ({ row, i, v: sortValue(row, sort) }))
		.sort((a, b) => {
			if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
			const c =
				typeof a.v === 'number' && typeof b.v === 'number'
					? a.v - b.v
					: collator.compare(String(a.v), String(b.v));
			return c !== 0 ? sign * c : a.i - b.i;
		})
		.map((x) => x.row);
}

export function pageCount(total: number, size: number): number {
	return Math.max(1, Math.ceil(total / size));
}

export function pageRows<T>(rows: readonly T[], page: number, size: number): T[] {
	const p = Math.min(page, pageCount(rows.length, size));
	return rows.slice((p - 1) * size, p * size);
}

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

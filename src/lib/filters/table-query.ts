/**
 * Sorting (`sort`, `dir`) and paging (`page`, `size`) of the project table, read from its URL.
 * The server sorts and pages with these, so the page's HTML holds one page whatever the number
 * of stored items. Pure.
 */
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

/** A page of 25 rows keeps the HTML under 100 KB: each row carries its text, correction form and history. */
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 500;

/** The first click on a column sorts numbers and dates largest / newest first, text A→Z. */
export const FIRST_DIR: Record<SortKey, SortDir> = {
	date: 'desc',
	amount: 'desc',
	week: 'desc',
	title: 'asc',
	city: 'asc',
	section: 'asc'
};

/** A whole number written in decimal digits (never `0x10` or `1e3`), at least 1. */
function positiveInt(value: string | null, fallback: number, max = Infinity): number {
	if (value === null || !/^\d{1,9}$/.test(value.trim())) return fallback;
	const n = Number(value);
	return n >= 1 ? Math.min(n, max) : fallback;
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

import { describe, expect, it } from 'vitest';
import { filtersFromParams } from '../../../src/lib/filters';
import {
	pageCount,
	pageRows,
	sortRows,
	tableQuery,
	type SortableRow
} from '../../../src/lib/filters/table-query';
import {
	clearFiltersHref,
	filterChips,
	pageHref,
	pageWindow,
	sortHref
} from '../../../src/lib/ui/table-view';

const at = (province: string, city: string) => ({ province, city, county: null });
const rows: (SortableRow & { id: string })[] = [
	{
		id: 'a',
		week: '2023-09-04',
		section: 'news',
		title: '乙',
		date: '2023-09-05',
		amountYi: 10,
		location: at('江苏省', '南通市')
	},
	{
		id: 'b',
		week: '2023-09-11',
		section: 'investment',
		title: '甲',
		date: null,
		amountYi: null,
		location: null
	},
	{
		id: 'c',
		week: '2023-09-04',
		section: 'policy',
		title: '丙',
		date: '2023-09-07',
		amountYi: 107,
		location: at('广西壮族自治区', '百色市')
	}
];
const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('table sorting', () => {
	it('sorts by amount either way, unknown amounts last both times', () => {
		expect(ids(sortRows(rows, 'amount', 'desc'))).toEqual(['c', 'a', 'b']);
		expect(ids(sortRows(rows, 'amount', 'asc'))).toEqual(['a', 'c', 'b']);
	});
	it('sorts by section in report order, by place with unplaced last, and keeps the stored order unsorted', () => {
		expect(ids(sortRows(rows, 'section', 'asc'))).toEqual(['b', 'a', 'c']);
		expect(ids(sortRows(rows, 'city', 'asc')).at(-1)).toBe('b');
		expect(ids(sortRows(rows, null, 'asc'))).toEqual(['a', 'b', 'c']);
		// An item without a date of its own sorts by its week.
		expect(ids(sortRows(rows, 'date', 'desc'))).toEqual(['b', 'c', 'a']);
	});
	it('reads sort, dir, page and size from the URL, ignoring what it cannot read', () => {
		expect(tableQuery(new URLSearchParams('sort=amount'))).toEqual({
			sort: 'amount',
			dir: 'desc',
			page: 1,
			size: 25
		});
		expect(tableQuery(new URLSearchParams('sort=body&dir=up&page=-2&size=x'))).toEqual({
			sort: null,
			dir: 'asc',
			page: 1,
			size: 25
		});
		expect(tableQuery(new URLSearchParams('sort=title&dir=desc&page=3&size=20'))).toMatchObject({
			dir: 'desc',
			page: 3,
			size: 20
		});
	});
	it('heading links sort by their column, turn the order round on the second click, and go back to page 1', () => {
		const first = new URLSearchParams(
			sortHref(new URLSearchParams('section=news&page=4'), 'amount').slice(1)
		);
		expect(Object.fromEntries(first)).toEqual({ section: 'news', sort: 'amount', dir: 'desc' });
		const second = new URLSearchParams(sortHref(first, 'amount').slice(1));
		expect(second.get('dir')).toBe('asc');
		expect(new URLSearchParams(sortHref(second, 'title').slice(1)).get('dir')).toBe('asc');
	});
	it('pages the rows', () => {
		expect(pageCount(0, 100)).toBe(1);
		expect(pageCount(201, 100)).toBe(3);
		expect(ids(pageRows(rows, 2, 2))).toEqual(['c']);
		// A page past the end shows the last one.
		expect(ids(pageRows(rows, 9, 2))).toEqual(['c']);
		expect(pageHref(new URLSearchParams('sort=title&page=2'), 1)).toBe('?sort=title');
	});
});

describe('filter chips', () => {
	it('one chip per value; each link removes only that value and keeps the rest', () => {
		const params = new URLSearchParams(
			'section=investment,news&sector=新材料&min=10&q=光谷&sort=amount&page=2'
		);
		const chips = filterChips(filtersFromParams(params), params, 'zh');
		expect(chips.map((c) => c.label)).toEqual(['招商引资', '综合资讯', '新材料', '10–∞ 亿元', '“光谷”']);
		const withoutNews = new URLSearchParams(chips[1].href.slice(1));
		expect(withoutNews.get('section')).toBe('investment');
		expect(withoutNews.get('sector')).toBe('新材料');
		expect(withoutNews.get('sort')).toBe('amount');
		expect(withoutNews.has('page')).toBe(false);
		expect(new URLSearchParams(chips[3].href.slice(1)).has('min')).toBe(false);
	});
	it('speaks the language, names the events toggle, and is empty without filters', () => {
		const params = new URLSearchParams('section=policy&events=include&lang=en');
		const chips = filterChips(filtersFromParams(params), params, 'en');
		expect(chips.map((c) => c.label)).toEqual(['Policy', 'events included']);
		expect(new URLSearchParams(chips[1].href.slice(1)).has('events')).toBe(false);
		expect(new URLSearchParams(chips[1].href.slice(1)).get('lang')).toBe('en');
		expect(filterChips(filtersFromParams(new URLSearchParams()), new URLSearchParams(), 'zh')).toEqual([]);
		expect(clearFiltersHref(new URLSearchParams('lang=en&section=policy&sort=title&page=3&q=x'))).toBe(
			'?lang=en&sort=title'
		);
	});
});

describe('pageWindow', () => {
	it('links the first, the last and two pages either side of the current one', () => {
		expect(pageWindow(1, 1)).toEqual([1]);
		expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
		expect(pageWindow(200, 400)).toEqual([1, 198, 199, 200, 201, 202, 400]);
		expect(pageWindow(400, 400)).toEqual([1, 398, 399, 400]);
	});
});

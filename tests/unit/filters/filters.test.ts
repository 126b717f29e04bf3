import { describe, expect, it } from 'vitest';
import {
	applyFilters,
	countsAsProject,
	describeFilters,
	filtersFromParams,
	filtersToParams,
	NO_FILTERS,
	type FilterableItem,
	type Filters
} from '../../../src/lib/filters';

const base: FilterableItem = {
	week: '2023-09-04',
	section: 'investment',
	sectors: ['新材料'],
	amountYi: 107,
	title: '百色市氧化铝纤维制品项目',
	caption: '广西百色市政府与上海榕融新材料签署协议',
	body: '此项目共投资约 107 亿元',
	source: '上海市政府网站',
	location: { province: '广西壮族自治区', city: '百色市', county: null, zone: null }
};

const other = { caption: null, body: '正文', source: '陕西省政府网站' };
const items: FilterableItem[] = [
	base,
	{
		...base,
		...other,
		week: '2023-09-11',
		sectors: ['生物医药'],
		amountYi: 10,
		title: '疫苗项目',
		location: null
	},
	{
		...base,
		...other,
		week: '2023-09-18',
		section: 'news',
		sectors: ['新能源', '新材料'],
		amountYi: null,
		title: '光伏基地'
	},
	{
		...base,
		...other,
		week: '2023-09-18',
		section: 'policy',
		sectors: [],
		amountYi: null,
		title: '行动计划',
		location: null
	}
];

const titles = (filters: Partial<Filters>) =>
	applyFilters(items, { ...NO_FILTERS, ...filters }).map((i) => i.title);

describe('applyFilters', () => {
	it('keeps everything with no filters', () => {
		expect(titles({})).toHaveLength(4);
	});
	it('filters one week or an inclusive range', () => {
		expect(titles({ weekFrom: '2023-09-11', weekTo: '2023-09-11' })).toEqual(['疫苗项目']);
		expect(titles({ weekFrom: '2023-09-11', weekTo: null })).toEqual(['疫苗项目', '光伏基地', '行动计划']);
		expect(titles({ weekFrom: null, weekTo: '2023-09-11' })).toEqual([
			'百色市氧化铝纤维制品项目',
			'疫苗项目'
		]);
	});
	it('matches any of the chosen sectors', () => {
		expect(titles({ sectors: ['新材料'] })).toEqual(['百色市氧化铝纤维制品项目', '光伏基地']);
		expect(titles({ sectors: ['生物医药', '新能源'] })).toEqual(['疫苗项目', '光伏基地']);
	});
	it('filters sections', () => {
		expect(titles({ sections: ['news', 'policy'] })).toEqual(['光伏基地', '行动计划']);
	});
	it('drops items without an amount only while an amount bound is set', () => {
		expect(titles({ amountMin: 50 })).toEqual(['百色市氧化铝纤维制品项目']);
		expect(titles({ amountMax: 50 })).toEqual(['疫苗项目']);
		expect(titles({ amountMin: 10, amountMax: 107 })).toEqual(['百色市氧化铝纤维制品项目', '疫苗项目']);
	});
	it('searches text, source and place names case-insensitively', () => {
		// 光伏基地 matches through its place name only; 行动计划 has no place and no 百色 in its text.
		expect(titles({ query: '百色' })).toEqual(['百色市氧化铝纤维制品项目', '光伏基地']);
		expect(titles({ query: '陕西省政府' })).toEqual(['疫苗项目', '光伏基地', '行动计划']);
		expect(titles({ query: '疫苗' })).toEqual(['疫苗项目']);
		expect(titles({ query: '  ' })).toHaveLength(4);
	});
});

describe('URL parameters', () => {
	it('round-trip every filter', () => {
		const filters: Filters = {
			weekFrom: '2023-09-04',
			weekTo: '2023-09-18',
			sectors: ['新材料', '生物医药'],
			sections: ['investment'],
			amountMin: 1.5,
			amountMax: 200,
			query: '光谷 芯片',
			events: 'include'
		};
		const params = filtersToParams(filters);
		expect(params.get('week')).toBe('2023-09-04..2023-09-18');
		expect(filtersFromParams(new URLSearchParams(params.toString()))).toEqual(filters);
	});
	it('writes a single week once and leaves unset filters out', () => {
		const params = filtersToParams({ ...NO_FILTERS, weekFrom: '2023-09-04', weekTo: '2023-09-04' });
		expect(params.toString()).toBe('week=2023-09-04');
		expect(filtersFromParams(params)).toMatchObject({ weekFrom: '2023-09-04', weekTo: '2023-09-04' });
		expect(filtersToParams(NO_FILTERS).toString()).toBe('');
	});
	it('keeps other parameters and ignores unreadable values', () => {
		const params = new URLSearchParams('city=320600&week=yesterday&min=abc&section=investment,bogus');
		const filters = filtersFromParams(params);
		expect(filters).toMatchObject({
			weekFrom: null,
			weekTo: null,
			amountMin: null,
			sections: ['investment']
		});
		expect(filtersToParams(filters, params).get('city')).toBe('320600');
	});
	it('ignores week bounds that are not calendar dates', () => {
		expect(filtersFromParams(new URLSearchParams('week=2023-02-30..2023-09-18'))).toMatchObject({
			weekFrom: null,
			weekTo: '2023-09-18'
		});
	});
	it('reads open-ended week ranges', () => {
		expect(filtersFromParams(new URLSearchParams('week=..2023-09-18'))).toMatchObject({
			weekFrom: null,
			weekTo: '2023-09-18'
		});
	});
});

describe('describeFilters', () => {
	it('names every active filter', () => {
		const parts = describeFilters(
			{
				...NO_FILTERS,
				weekFrom: '2023-09-04',
				weekTo: '2023-09-04',
				sectors: ['新材料'],
				amountMin: 10,
				query: '光谷'
			},
			{ investment: '招商引资', news: '综合资讯', policy: '政策法规' }
		);
		expect(parts).toEqual(['周 2023-09-04', '新材料', '10–∞ 亿元', '“光谷”']);
	});
});

describe('events', () => {
	const event: FilterableItem = { ...base, title: '重大项目集中签约', kind: 'event' };
	it('are left out of project totals unless the URL says events=include', () => {
		const excluded = filtersFromParams(new URLSearchParams('week=2023-09-04'));
		expect(excluded.events).toBe('exclude');
		expect(countsAsProject(event, excluded)).toBe(false);
		expect(countsAsProject(base, excluded)).toBe(true);
		const included = filtersFromParams(new URLSearchParams('events=include'));
		expect(countsAsProject(event, included)).toBe(true);
		expect(filtersToParams(included).toString()).toBe('events=include');
		expect(filtersToParams(excluded).has('events')).toBe(false);
	});
	it('stay in the filtered list either way: only totals change', () => {
		for (const events of ['exclude', 'include'] as const)
			expect(applyFilters([base, event], { ...NO_FILTERS, events }).map((i) => i.title)).toContain(
				'重大项目集中签约'
			);
	});
	it('an item without a kind counts as a project', () => {
		expect(countsAsProject({}, NO_FILTERS)).toBe(true);
	});
});

describe('describeFilters options', () => {
	const filters: Filters = {
		...NO_FILTERS,
		weekFrom: '2023-09-04',
		weekTo: '2023-09-04',
		sections: ['investment', 'news'],
		events: 'include'
	};
	it('speaks English and can leave the week to the caller', () => {
		const labels = { investment: 'Investment', news: 'News', policy: 'Policy' };
		expect(describeFilters(filters, labels, { lang: 'en' })).toEqual([
			'week 2023-09-04',
			'Investment, News',
			'events included'
		]);
		expect(describeFilters(filters, labels, { lang: 'en', withWeek: false })).toEqual([
			'Investment, News',
			'events included'
		]);
	});
});

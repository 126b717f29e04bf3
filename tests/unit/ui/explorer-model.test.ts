import { describe, expect, it } from 'vitest';
import { matchesFilters, NO_FILTERS, type Filters } from '../../../src/lib/filters';
import { formatYi } from '../../../src/lib/i18n';
import { cityKey } from '../../../src/lib/map/grouping';
import { OTHER_COLOUR } from '../../../src/lib/map/palette';
import { DENSE_THRESHOLD } from '../../../src/lib/map/style';
import type { WeekItem } from '../../../src/lib/report/types';
import {
	chartRows,
	cityRadius,
	explorerData,
	explorerFigures,
	highlightedMarker,
	provinceChartRows,
	regionView,
	sectorChartRows,
	sectorsByFrequency,
	selectedCity
} from '../../../src/lib/ui/explorer-model';
import { sampleItems } from '../map/sample';

const NANTONG = '320600';

/** The sample with item `id` turned into an event of 8 projects. */
function withEvent(id = 'a'): WeekItem[] {
	return sampleItems().map((i) => (i.id === id ? { ...i, kind: 'event' as const, projectCount: 8 } : i));
}

/** The project figures worked out item by item, as a reader of the list would. */
function expected(items: WeekItem[], filters: Filters) {
	const counted = items.filter(
		(i) => matchesFilters(i, filters) && (filters.events === 'include' || i.kind !== 'event')
	);
	return {
		count: counted.length,
		totalYi: counted.reduce((s, i) => s + (i.amountYi ?? 0), 0),
		known: counted.filter((i) => i.amountYi !== null).length
	};
}

const VARIATIONS: Partial<Filters>[] = [
	{},
	{ sectors: ['新材料'] },
	{ weekFrom: '2023-09-11', weekTo: '2023-09-18' },
	{ sections: ['investment'], amountMin: 10 },
	{ query: '项目' },
	{ events: 'include' },
	{ sectors: ['新能源'], events: 'include' }
];

describe('explorer figures', () => {
	it.each(VARIATIONS)('count, total and known amounts agree with the item filter (%o)', (patch) => {
		for (const items of [sampleItems(), withEvent('a'), withEvent('g')]) {
			const filters = { ...NO_FILTERS, ...patch };
			const figures = explorerFigures(explorerData(items), filters);
			const want = expected(items, filters);
			expect(figures.projects.count).toBe(want.count);
			expect(figures.projects.totalYi).toBeCloseTo(want.totalYi, 9);
			expect(figures.projects.known).toBe(want.known);
		}
	});

	it('counts events apart unless the filter takes them in', () => {
		const items = withEvent('a');
		const data = explorerData(items);
		const out = explorerFigures(data, NO_FILTERS);
		expect(out.eventsOut).toBe(true);
		expect(out.eventTally.count).toBe(1);
		expect(out.shownEvents.map((x) => x.item.id)).toEqual(['a']);
		// 南通: a (the event, 107), b (12.5, in 崇川区) and h (0.5).
		const nantong = out.cityRows.find((r) => r.key === NANTONG)!;
		expect(nantong).toMatchObject({ count: 2, totalYi: 13, known: 2 });
		expect(out.bySector.get('新材料')).toBeCloseTo(38, 9);
		expect(out.weekTotals.get('2023-09-04')).toEqual({ count: 2, totalYi: 13 });

		const included = explorerFigures(data, { ...NO_FILTERS, events: 'include' });
		expect(included.eventsOut).toBe(false);
		expect(included.cityRows.find((r) => r.key === NANTONG)).toMatchObject({
			count: 3,
			totalYi: 120,
			known: 3
		});
		expect(included.bySector.get('新材料')).toBeCloseTo(145, 9);
		expect(included.weekTotals.get('2023-09-04')).toEqual({ count: 3, totalYi: 120 });
	});

	it('lists cities by shown total, then count, as grouping the shown items gives them', () => {
		const items = sampleItems();
		const filters = { ...NO_FILTERS, sectors: ['新材料', '新能源'] };
		const rows = explorerFigures(explorerData(items), filters).cityRows;
		const byCity = new Map<string, number>();
		for (const i of items.filter((x) => x.location && matchesFilters(x, filters)))
			byCity.set(cityKey(i.location!), (byCity.get(cityKey(i.location!)) ?? 0) + (i.amountYi ?? 0));
		expect(rows.map((r) => r.key)).toEqual([...byCity].sort((a, b) => b[1] - a[1]).map(([k]) => k));
		for (const r of rows) expect(r.totalYi).toBeCloseTo(byCity.get(r.key)!, 9);
	});

	it('keeps items without an amount: counted, not summed, and known apart', () => {
		const data = explorerData(sampleItems());
		// c (苏州, no amount) and d (上海, 55).
		const figures = explorerFigures(data, { ...NO_FILTERS, weekFrom: '2023-09-11', weekTo: '2023-09-11' });
		expect(figures.projects).toEqual({ count: 2, totalYi: 55, known: 1 });
		const suzhou = figures.cityRows.find((r) => r.name === '苏州市')!;
		expect(suzhou).toMatchObject({ count: 1, totalYi: 0, known: 0 });
		// Only positive totals make bars: 苏州's unknown amount draws none.
		expect(provinceChartRows(figures.byProvince, 'zh').map((r) => r.key)).toEqual(['上海市']);
	});

	it('lists the shown unlocated items, never as a city', () => {
		const items = sampleItems();
		const filters = { ...NO_FILTERS, sectors: ['新材料'] };
		const figures = explorerFigures(explorerData(items), filters);
		expect(figures.unlocated.map((x) => x.item.id)).toEqual(['g']);
		expect(figures.unlocated[0].index).toBe(items.findIndex((i) => i.id === 'g'));
		expect(figures.cityRows.reduce((n, r) => n + r.count, 0)).toBe(expected(items, filters).count - 1);
	});

	it('sets each city feature the number of shown projects and a radius to match', () => {
		const data = explorerData(sampleItems());
		const all = explorerFigures(data, NO_FILTERS);
		const none = explorerFigures(data, { ...NO_FILTERS, query: 'no such text' });
		const n = data.groups.findIndex((g) => g.key === NANTONG);
		expect(all.cityStates[n].n).toBe(3);
		expect(all.cityStates[n].r).toBeGreaterThanOrEqual(6);
		expect(none.cityStates.every((s) => s.n === 0 && s.r === 0)).toBe(true);
	});
});

describe('explorer data', () => {
	it('orders sectors by how many items name them, ties in Chinese order', () => {
		// 新材料 in a, f, g; 新能源 in a, h; three sectors once each.
		const order = sectorsByFrequency(sampleItems());
		expect(order.slice(0, 2)).toEqual(['新材料', '新能源']);
		expect(order.slice(2)).toEqual(
			['生物医药', '新一代信息技术', '新能源汽车'].sort((a, b) => a.localeCompare(b, 'zh'))
		);
	});

	it('is dense above the threshold of located items, and sizes city markers on its own scale then', () => {
		const items = sampleItems();
		const located = items.filter((i) => i.location);
		const many: WeekItem[] = [];
		while (many.length <= DENSE_THRESHOLD)
			many.push(...located.map((i) => ({ ...i, id: `${i.id}${many.length}` })));
		const sparse = explorerData(items);
		const dense = explorerData([...many, ...items.filter((i) => !i.location)]);
		expect(sparse.dense).toBe(false);
		expect(dense.dense).toBe(true);
		expect(dense.located).toBe(many.length);
		// One project: no ring on a sparse map, a circle on a dense one.
		expect(cityRadius(sparse, 1, 10)).toBe(0);
		expect(cityRadius(dense, 1, 10)).toBeGreaterThanOrEqual(3);
		expect(cityRadius(sparse, 2, 10)).toBeGreaterThanOrEqual(6);
		expect(cityRadius(dense, 0, 0)).toBe(0);
	});
});

describe('selected city', () => {
	it("lists the city's shown items largest first and counts its projects", () => {
		const items = withEvent('b');
		const data = explorerData(items);
		const figures = explorerFigures(data, NO_FILTERS);
		const city = selectedCity(data, figures, NANTONG)!;
		expect(city.name).toBe('南通市');
		expect(city.items.map((x) => x.item.id)).toEqual(['a', 'b', 'h']);
		expect(city.items.map((x) => items[x.index].id)).toEqual(['a', 'b', 'h']);
		// b is an event: listed, not counted.
		expect(city).toMatchObject({ count: 2, totalYi: 107.5, known: 2 });
		const included = explorerFigures(data, { ...NO_FILTERS, events: 'include' });
		expect(selectedCity(data, included, NANTONG)).toMatchObject({ count: 3, totalYi: 120 });
	});

	it('follows the filters, and is null for no city or an unknown one', () => {
		const data = explorerData(sampleItems());
		const figures = explorerFigures(data, { ...NO_FILTERS, sectors: ['新能源'] });
		expect(selectedCity(data, figures, NANTONG)!.items.map((x) => x.item.id)).toEqual(['a', 'h']);
		expect(selectedCity(data, figures, null)).toBeNull();
		expect(selectedCity(data, figures, '999900')).toBeNull();
	});

	it('highlights a project only while it is shown and located', () => {
		const items = sampleItems();
		const data = explorerData(items);
		const a = items.findIndex((i) => i.id === 'a');
		const g = items.findIndex((i) => i.id === 'g');
		const all = explorerFigures(data, NO_FILTERS).summary.shown;
		const marker = highlightedMarker(data, all, a)!;
		expect([marker.lon, marker.lat]).toEqual([items[a].location!.lon, items[a].location!.lat]);
		expect(marker.r).toBeGreaterThan(0);
		expect(highlightedMarker(data, all, g)).toBeNull();
		expect(highlightedMarker(data, all, null)).toBeNull();
		const hidden = explorerFigures(data, { ...NO_FILTERS, sectors: ['生物医药'] }).summary.shown;
		expect(highlightedMarker(data, hidden, a)).toBeNull();
	});
});

describe('chart rows', () => {
	const totals = new Map([
		['甲', 3],
		['乙', 10],
		['', 5],
		['丙', 0],
		['丁', 1]
	]);

	it('keeps the largest positive totals, largest first, up to the limit', () => {
		const rows = chartRows(totals, 3, 'en');
		expect(rows.map((r) => r.key)).toEqual(['乙', '-', '甲']);
		expect(rows.map((r) => r.value)).toEqual([10, 5, 3]);
		expect(rows[0].valueText).toBe(formatYi(10, 'en'));
		expect(chartRows(totals, 10, 'zh')).toHaveLength(4);
	});

	it('colours sectors as the map does and names the items without one', () => {
		const rows = sectorChartRows(totals, 'zh', (s) => `colour of ${s}`, '未分类');
		expect(rows.find((r) => r.key === '-')).toMatchObject({ label: '未分类', colour: OTHER_COLOUR });
		expect(rows.find((r) => r.key === '乙')).toMatchObject({ label: '乙', colour: 'colour of 乙' });
		const many = new Map(Array.from({ length: 12 }, (_, k) => [`s${k}`, k + 1]));
		expect(sectorChartRows(many, 'zh', () => '#000', '-')).toHaveLength(8);
		expect(provinceChartRows(many, 'zh')).toHaveLength(10);
		expect(provinceChartRows(many, 'zh')[0]).toEqual({
			key: 's11',
			label: 's11',
			value: 12,
			valueText: formatYi(12, 'zh')
		});
	});
});

describe('a city whose only amount is an event', () => {
	it('reads as unknown while events are left out, and known once they count', () => {
		// 上海: d (55) as an event, and a project of the same week without an amount.
		const items = withEvent('d');
		const d = items.find((i) => i.id === 'd')!;
		items.push({ ...d, id: 'x', kind: 'project', projectCount: null, amountYi: null, title: '浦东另一项目' });
		const data = explorerData(items);
		const shanghai = (filters: Filters) =>
			explorerFigures(data, filters).cityRows.find((r) => r.key === cityKey(d.location!));
		expect(shanghai(NO_FILTERS)).toMatchObject({ count: 1, totalYi: 0, known: 0 });
		expect(shanghai({ ...NO_FILTERS, events: 'include' })).toMatchObject({ count: 2, totalYi: 55, known: 1 });
	});
});

describe('region view', () => {
	it('is null in the point view, and totals the shown projects by region, events as the figures count them', () => {
		const items = withEvent();
		const data = explorerData(items);
		const shown = explorerFigures(data, NO_FILTERS).summary.shown;
		expect(regionView(data, shown, NO_FILTERS, 'points', 'province')).toBeNull();
		const count = (filters: Filters) => {
			const view = regionView(
				data,
				explorerFigures(data, filters).summary.shown,
				filters,
				'regions',
				'province'
			);
			return [...view!.totals.values()].reduce((n, t) => n + t.count, 0);
		};
		const located = items.filter((i) => i.location !== null);
		expect(count({ ...NO_FILTERS, events: 'include' })).toBe(located.length);
		expect(count({ ...NO_FILTERS, events: 'exclude' })).toBe(
			located.filter((i) => i.kind !== 'event').length
		);
		const prefectures = regionView(data, shown, NO_FILTERS, 'regions', 'prefecture');
		expect(prefectures?.level).toBe('prefecture');
		expect(prefectures?.totals.has(NANTONG)).toBe(true);
	});
});

import { describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE, tableQuery } from '../../../src/lib/filters/table-query';
import { tablePage, tableRow } from '../../../src/lib/server/table-page';
import { syntheticItems } from '../../../src/lib/map/synthetic';
import { decodeMapItems, encodeMapItems, WIRE_FIELDS } from '../../../src/lib/map/wire';
import type { WeekItem } from '../../../src/lib/report/types';

function items(n: number) {
	return Array.from({ length: n }, (_, i) => ({
		id: `i${i}`,
		week: `2023-09-${String(4 + 7 * (i % 3)).padStart(2, '0')}`,
		section: (['investment', 'news', 'policy'] as const)[i % 3],
		title: `项目 ${String(i).padStart(3, '0')}`,
		date: i % 5 === 0 ? null : `2023-09-${String(1 + (i % 28)).padStart(2, '0')}`,
		amountYi: i % 4 === 0 ? null : (i * 37) % 101,
		amountText: null,
		sectors: ['新材料'],
		source: null,
		location: i % 7 === 0 ? null : { province: '江苏省', city: `市${i % 9}`, county: null, zone: null },
		caption: null,
		body: '正文'.repeat(i),
		corrected: []
	}));
}

const params = (q: string) => new URLSearchParams(q);

describe('table paging', () => {
	it('reads page, size, sort and dir with defaults and bounds', () => {
		expect(tableQuery(params(''))).toEqual({ page: 1, size: 25, sort: null, dir: 'asc' });
		expect(tableQuery(params('page=3&size=20&sort=amount&dir=desc'))).toEqual({
			page: 3,
			size: 20,
			sort: 'amount',
			dir: 'desc'
		});
		expect(tableQuery(params('page=-1&size=99999&sort=body&dir=up'))).toEqual({
			page: 1,
			size: MAX_PAGE_SIZE,
			sort: null,
			dir: 'asc'
		});
		expect(tableQuery(params('page=0x10&size=1e3'))).toMatchObject({ page: 1, size: 25 });
	});

	it('cuts the filtered items into pages that cover each exactly once', () => {
		const all = items(95);
		const seen: string[] = [];
		for (let p = 1, pages = 1; p <= pages; p++) {
			const page = tablePage(all, params(`size=20&page=${p}&section=investment,news`));
			expect(page.total).toBe(all.filter((i) => i.section !== 'policy').length);
			expect(page.pages).toBe(Math.ceil(page.total / 20));
			pages = page.pages;
			seen.push(...page.rows.map((r) => r.id));
		}
		expect(new Set(seen).size).toBe(seen.length);
		expect(seen.length).toBe(all.filter((i) => i.section !== 'policy').length);
	});

	it('clamps a page past the end to the last page', () => {
		const page = tablePage(items(30), params('size=10&page=99'));
		expect(page.page).toBe(3);
		expect(page.rows.map((r) => r.id)).toEqual([
			'i20',
			'i21',
			'i22',
			'i23',
			'i24',
			'i25',
			'i26',
			'i27',
			'i28',
			'i29'
		]);
	});

	it.each(['asc', 'desc'] as const)('sorts by amount %s with unknown amounts last', (dir) => {
		const rows = tablePage(items(60), params(`size=500&sort=amount&dir=${dir}`)).rows;
		const amounts = rows.map((r) => r.amountYi);
		const known = amounts.filter((a): a is number => a !== null);
		const firstNull = amounts.indexOf(null);
		expect(amounts.slice(firstNull).every((a) => a === null)).toBe(true);
		const sorted = [...known].sort((a, b) => (dir === 'asc' ? a - b : b - a));
		expect(known).toEqual(sorted);
	});

	it('sorts by title, date and city', () => {
		const rows = tablePage(items(40), params('size=500&sort=title&dir=desc')).rows;
		expect(rows[0].title).toBe('项目 039');
		// An undated item sorts by its report's week.
		const byDate = tablePage(items(40), params('size=500&sort=date&dir=asc')).rows.map(
			(r) => r.date ?? r.week
		);
		expect(byDate).toEqual([...byDate].sort());
		const cities = tablePage(items(40), params('size=500&sort=city')).rows;
		expect(cities.at(-1)!.location).toBeNull();
	});

	it('sums the amounts of every matching item, not only the page', () => {
		const all = items(50);
		const page = tablePage(all, params('size=5'));
		expect(page.totalYi).toBe(all.reduce((s, i) => s + (i.amountYi ?? 0), 0));
	});

	it('rows clip long text and put the place in words', () => {
		const [long] = items(200).slice(199);
		const row = tableRow(long);
		expect(row.body.length).toBeLessThan(long.body.length);
		expect(row.clipped).toBe(true);
		expect(row.place).toBe('江苏省 市1');
		expect(tableRow(items(1)[0]).place).toBeNull();
	});
});

describe('map data wire format', () => {
	it('round-trips items', () => {
		const mapItems = items(20).map(({ corrected: _c, ...rest }, i) => ({
			...rest,
			kind: i % 5 === 0 ? 'event' : 'project',
			projectCount: i % 5 === 0 ? 12 : null
		})) as unknown as WeekItem[];
		const decoded = decodeMapItems({ fields: WIRE_FIELDS, rows: encodeMapItems(mapItems) });
		expect(decoded).toEqual(mapItems.map((i) => ({ ...i, location: i.location ?? null })));
	});

	it('reads rows whose fields come in another order or with extra fields', () => {
		const fields = ['extra', ...[...WIRE_FIELDS].reverse()];
		const item = items(2)[1];
		const row = [
			1,
			...[...WIRE_FIELDS].reverse().map((f) => (item as unknown as Record<string, unknown>)[f])
		];
		expect(decodeMapItems({ fields, rows: [row] })[0].title).toBe(item.title);
	});

	it('sends the kind of synthetic projects and events as they are', () => {
		const synthetic = syntheticItems(120, { '320600': [120.89, 31.98] });
		const decoded = decodeMapItems({ fields: WIRE_FIELDS, rows: encodeMapItems(synthetic) });
		expect(decoded.map((i) => [i.kind, i.projectCount])).toEqual(
			synthetic.map((i) => [i.kind, i.projectCount])
		);
		expect(new Set(decoded.map((i) => i.kind))).toEqual(new Set(['project', 'event']));
	});

	it('says which fields are missing', () => {
		expect(() => decodeMapItems({ fields: ['id'], rows: [] })).toThrow(/week/);
	});
});

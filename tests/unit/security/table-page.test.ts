import { describe, expect, it } from 'vitest';
import { NO_FILTERS, filtersFromParams } from '../../../src/lib/filters';
import { clipRow, ROW_BODY_CHARS, tablePage } from '../../../src/lib/server/table-page';
import { decodeMapItems, encodeMapItems, WIRE_FIELDS } from '../../../src/lib/map/wire';
import type { MapItem } from '../../../src/lib/map/types';

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

const page = (all: ReturnType<typeof items>, q: string) => {
	const params = new URLSearchParams(q);
	return tablePage(all, params, filtersFromParams(params));
};

describe('table paging on the server', () => {
	it('cuts the filtered items into pages that cover each exactly once', () => {
		const all = items(95);
		const expected = all.filter((i) => i.section !== 'policy').length;
		const seen: string[] = [];
		for (let p = 1, pages = 1; p <= pages; p++) {
			const result = page(all, `size=20&page=${p}&section=investment,news`);
			expect(result.total).toBe(expected);
			expect(result.pages).toBe(Math.ceil(expected / 20));
			pages = result.pages;
			seen.push(...result.rows.map((r) => r.id));
		}
		expect(new Set(seen).size).toBe(seen.length);
		expect(seen.length).toBe(expected);
	});

	it('keeps the stored order without a sort, and clamps a page past the end', () => {
		const result = page(items(30), 'size=10&page=99');
		expect(result.page).toBe(3);
		expect(result.rows.map((r) => r.id)).toEqual(Array.from({ length: 10 }, (_, i) => `i${20 + i}`));
	});

	it.each(['asc', 'desc'] as const)('sorts every matching item by amount %s before paging', (dir) => {
		const all = items(60);
		const first = page(all, `size=10&sort=amount&dir=${dir}`).rows.map((r) => r.amountYi);
		const known = all.map((i) => i.amountYi).filter((a): a is number => a !== null);
		const best = dir === 'asc' ? Math.min(...known) : Math.max(...known);
		expect(first[0]).toBe(best);
	});

	it('sums the amounts of every matching item, not only the page', () => {
		const all = items(50);
		const result = page(all, 'size=5');
		expect(result.totalYi).toBe(all.reduce((s, i) => s + (i.amountYi ?? 0), 0));
		expect(result.known).toBe(all.filter((i) => i.amountYi !== null).length);
		expect(tablePage(all, new URLSearchParams(), NO_FILTERS).rows).toHaveLength(50);
	});

	it('rows clip long text and keep short text as it is', () => {
		const long = items(200)[199];
		const clipped = clipRow(long);
		expect(clipped.body.length).toBe(ROW_BODY_CHARS + 1);
		expect(clipped.id).toBe(long.id);
		const short = items(3)[2];
		expect(clipRow(short)).toBe(short);
	});
});

describe('map data wire format', () => {
	it('round-trips items', () => {
		const mapItems = items(20).map(({ corrected: _c, ...rest }) => rest) as unknown as MapItem[];
		const decoded = decodeMapItems({ fields: WIRE_FIELDS, rows: encodeMapItems(mapItems) });
		expect(decoded).toEqual(mapItems);
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

	it('says which fields are missing', () => {
		expect(() => decodeMapItems({ fields: ['id'], rows: [] })).toThrow(/week/);
	});
});

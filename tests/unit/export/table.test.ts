import { describe, expect, it } from 'vitest';
import {
	A4_CSS,
	drawTablePage,
	paginateTable,
	tableCells,
	tablePageText
} from '../../../src/lib/export/table';
import { RecordingContext } from './fake-canvas';
import { item, UNLOCATED } from './fixtures';

/** Paginates an item and an unlocated one, and draws the first page on a recording context. */
function drawFirstPage() {
	const ctx = new RecordingContext();
	const pages = paginateTable(ctx, [item(), UNLOCATED]);
	const text = tablePageText(ctx, pages[0], 0, 1, '园区项目地图 2023-W36');
	ctx.calls = [];
	drawTablePage(ctx, pages[0], text);
	return { ctx, pages, text };
}

describe('PDF table pages', () => {
	it('lists every item once, in order, across pages that fit A4', () => {
		const ctx = new RecordingContext();
		const items = Array.from({ length: 120 }, (_, i) =>
			item({ id: `id${i}`, title: '新材料项目'.repeat(i % 12) + i })
		);
		const pages = paginateTable(ctx, items);
		expect(pages.length).toBeGreaterThan(2);
		expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(items.map((i) => i.id));
		for (const page of pages) {
			const last = page.rows.at(-1)!;
			expect(last.y + last.height).toBeLessThanOrEqual(A4_CSS.height);
			for (const row of page.rows) expect(row.lines.title.length).toBeLessThanOrEqual(2);
		}
	});

	it('draws the rows with page numbers; unlocated items say so', () => {
		const { ctx } = drawFirstPage();
		const all = ctx.texts().map((t) => t.text);
		expect(all).toContain('第 1 / 1 页');
		expect(all).toContain('107');
		expect(all).toContain('未定位');
		expect(all.join('')).toContain('广西壮族自治区 百色市');
		expect(ctx.balanced).toBe(true);
		expect(tableCells(UNLOCATED, 0).amount).toBe('—');
	});

	it('gives the text layer every line exactly where the page draws it', () => {
		const { ctx, pages, text } = drawFirstPage();
		const drawn = ctx.calls.filter((c) => c.op === 'fillText').map((c) => c.args);
		expect(drawn).toEqual(text.map((r) => [r.text, r.x, r.baseline]));
		const cellLines = pages[0].rows.flatMap((row) => Object.values(row.lines).flat()).filter(Boolean);
		for (const line of cellLines) expect(text.map((r) => r.text)).toContain(line);
		// Right-aligned cells (amounts, page number) end at their right edge, measured as drawn.
		const amount = text.find((r) => r.text === '107')!;
		const pageNo = text.find((r) => r.text === '第 1 / 1 页')!;
		expect(pageNo.x + pageNo.width).toBeCloseTo(A4_CSS.width - 36, 5);
		expect(amount.width).toBeCloseTo(ctx.measureText('107').width, 5);
		for (const r of text) {
			expect(r.x).toBeGreaterThanOrEqual(0);
			expect(r.x + r.width).toBeLessThanOrEqual(A4_CSS.width);
		}
	});

	it('numbers pages of the whole document and keeps every sector name whole', () => {
		const ctx = new RecordingContext();
		const sectors = ['新一代信息技术', '高端装备制造', '生物医药', '新材料', '节能环保', '现代物流'];
		const pages = paginateTable(ctx, [item({ sectors })]);
		const lines = pages[0].rows[0].lines.sectors;
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join('')).toBe(sectors.join('、'));
		expect(lines.join('')).not.toContain('…');
		// Table page 1 is the PDF's page 2 of 3 (the map is page 1).
		const text = tablePageText(ctx, pages[0], 1, 3, 'T').map((r) => r.text);
		expect(text).toContain('第 2 / 3 页');
		const en = tablePageText(ctx, paginateTable(ctx, [UNLOCATED], 'en')[0], 1, 2, 'T', 'en').map(
			(r) => r.text
		);
		expect(en).toEqual(expect.arrayContaining(['Page 2 of 2', 'Title', 'Sector', 'not located']));
	});

	it('an empty list still gives one page', () => {
		expect(paginateTable(new RecordingContext(), [])).toHaveLength(1);
	});
});

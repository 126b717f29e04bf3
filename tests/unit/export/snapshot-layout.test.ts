import { describe, expect, it } from 'vitest';
import { attributionLines, DATA_SOURCES } from '../../../src/lib/export/attribution';
import { computeLayout, drawSnapshot, type SnapshotContent } from '../../../src/lib/export/layout';
import { legendSpec } from '../../../src/lib/export/legend';
import { pixelSize } from '../../../src/lib/export/options';
import { metresPerPixel, scaleBar } from '../../../src/lib/export/scalebar';
import { sectorPalette } from '../../../src/lib/map/palette';
import { radiusScale } from '../../../src/lib/map/scales';
import { RecordingContext } from './fake-canvas';

const items = [{ sectors: ['新材料'] }, { sectors: ['新材料', '生物医药'] }, { sectors: ['新能源'] }];

function content(over: Partial<SnapshotContent> = {}): SnapshotContent {
	return {
		title: '园区项目地图 2023-W36',
		filters: ['新材料'],
		weekRange: '2023-W36',
		totals: { projects: 12, amountYi: 1234.5, unlocated: 2 },
		legend: legendSpec(sectorPalette(items), radiusScale([107, 5, 20])),
		dataDate: '2023-W36 周报',
		attribution: attributionLines(),
		exportedOn: '2024-01-02',
		...over
	};
}

const inside = (r: { x: number; y: number; width: number; height: number }, x: number, y: number) =>
	x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;

describe('snapshot layout', () => {
	it.each(['a4', '1080p'] as const)('%s: bands tile the image; the map is whole CSS pixels', (size) => {
		const px = pixelSize(size, { width: 0, height: 0, pixelRatio: 1 });
		const layout = computeLayout(new RecordingContext(), px, content());
		expect(layout.header.y).toBe(0);
		expect(layout.map.y).toBe(layout.header.height);
		expect(layout.map.y + layout.map.height).toBe(layout.footer.y);
		expect(layout.footer.y + layout.footer.height).toBe(px.height);
		expect(layout.map.width).toBe(px.width);
		expect(Number.isInteger(layout.map.height / px.scale)).toBe(true);
		expect(layout.map.height).toBeGreaterThan(px.height * 0.6);
		// Legend and scale bar sit inside the map, apart from each other.
		for (const r of [layout.legend, layout.scaleBar]) {
			expect(inside(layout.map, r.x, r.y)).toBe(true);
			expect(inside(layout.map, r.x + r.width, r.y + r.height)).toBe(true);
		}
		expect(layout.legend.x + layout.legend.width).toBeLessThan(layout.scaleBar.x);
	});

	it('draws title, filters, totals, legend, scale bar, data date and every source', () => {
		const ctx = new RecordingContext();
		const px = pixelSize('a4', { width: 0, height: 0, pixelRatio: 1 });
		const c = content();
		const layout = computeLayout(ctx, px, c);
		ctx.calls = [];
		drawSnapshot(ctx, layout, c, {} as CanvasImageSource, metresPerPixel(35, 4) / px.scale);
		expect(ctx.balanced).toBe(true);
		const texts = ctx.texts();
		const all = texts.map((t) => t.text).join('\n');
		const title = texts.find((t) => t.text === '园区项目地图 2023-W36');
		expect(title && inside(layout.header, title.x, title.y)).toBe(true);
		expect(title?.font).toMatch(/bold 52px/);
		expect(all).toContain('新材料');
		expect(all).toContain('12 个项目 · 1,235 亿元');
		expect(all).toContain('其中 2 个未定位');
		expect(all).toContain('数据：2023-W36 周报');
		expect(all).toMatch(/\d+ 公里/);
		// Every source's licence is in the footer (wrapped lines joined back).
		const footer = texts
			.filter((t) => inside(layout.footer, t.x, t.y))
			.map((t) => t.text)
			.join('');
		for (const s of DATA_SOURCES) expect(footer).toContain(s.licence);
		// The legend names each colour (the sector families of the items' first sectors) and draws
		// its circles inside the legend box.
		for (const sector of ['材料·化工', '能源·环保', '投资额（亿元）', '金额不详']) {
			const t = texts.find((x) => x.text === sector);
			expect(t && inside(layout.legend, t.x, t.y), sector).toBe(true);
		}
		const arcs = ctx.calls.filter((k) => k.op === 'arc');
		expect(arcs.length).toBeGreaterThanOrEqual(c.legend.colours.length + c.legend.sizes.length + 1);
		for (const a of arcs) expect(inside(layout.legend, a.args[0] as number, a.args[1] as number)).toBe(true);
		// The map image fills the map rect.
		const image = ctx.calls.find((k) => k.op === 'drawImage');
		expect(image?.args).toEqual([layout.map.x, layout.map.y, layout.map.width, layout.map.height]);
	});

	it('legend circles are the map circles at the output scale', () => {
		const ctx = new RecordingContext();
		const px = pixelSize('a4', { width: 0, height: 0, pixelRatio: 1 });
		const c = content();
		drawSnapshot(ctx, computeLayout(ctx, px, c), c, null, null);
		const radii = ctx.calls.filter((k) => k.op === 'arc').map((k) => k.args[2] as number);
		for (const s of c.legend.sizes) expect(radii).toContain(s.radius * px.scale);
		// No scale bar without a scale.
		expect(ctx.texts().some((t) => /公里|米$/.test(t.text))).toBe(false);
	});

	it('shortens a very long title instead of running into the totals', () => {
		const ctx = new RecordingContext();
		const px = pixelSize('1080p', { width: 0, height: 0, pixelRatio: 1 });
		const c = content({ title: '很长的标题'.repeat(60) });
		drawSnapshot(ctx, computeLayout(ctx, px, c), c, null, null);
		const title = ctx.texts().find((t) => t.text.startsWith('很长的标题'));
		expect(title?.text.endsWith('…')).toBe(true);
		expect(ctx.measureText(title!.text).width).toBeLessThan(px.width);
	});
});

describe('scale bar', () => {
	it('picks a round distance that fits', () => {
		expect(scaleBar(1000, 120)).toEqual({ metres: 100_000, pixels: 100, label: '100 公里' });
		expect(scaleBar(3, 120)).toMatchObject({ metres: 200, label: '200 米' });
		expect(scaleBar(0, 120)).toBeNull();
		// Zoom 0 at the equator: 40075 km over 512 pixels.
		expect(metresPerPixel(0, 0)).toBeCloseTo(78271.5, 0);
		expect(metresPerPixel(60, 1)).toBeCloseTo(78271.5 / 4, 0);
	});
});

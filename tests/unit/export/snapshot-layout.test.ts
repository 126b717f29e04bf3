import { describe, expect, it } from 'vitest';
import { attributionLines, DATA_SOURCES } from '../../../src/lib/map/attribution';
import { CHINA_BOUNDS, dataBounds, topCities } from '../../../src/lib/export/frame';
import {
	computeLayout,
	drawCityLabels,
	drawSnapshot,
	type SnapshotContent
} from '../../../src/lib/export/layout';
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
		expect(title?.font).toMatch(/bold 78px/);
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
		for (const sector of ['材料·化工', '能源·环保', '投资额（亿元）', '金额未知']) {
			expect(
				texts.some((x) => x.text === sector && inside(layout.legend, x.x, x.y)),
				sector
			).toBe(true);
		}
		const arcs = ctx.calls.filter((k) => k.op === 'arc');
		expect(arcs.length).toBeGreaterThanOrEqual(c.legend.colours.length + c.legend.sizes.length + 1);
		for (const a of arcs) expect(inside(layout.legend, a.args[0] as number, a.args[1] as number)).toBe(true);
		// The map image fills the map rect.
		const image = ctx.calls.find((k) => k.op === 'drawImage');
		expect(image?.args).toEqual([layout.map.x, layout.map.y, layout.map.width, layout.map.height]);
	});

	it('speaks English in English mode: totals, notes, legend, footer, scale bar', () => {
		const ctx = new RecordingContext();
		const px = pixelSize('1080p', { width: 0, height: 0, pixelRatio: 1 });
		const palette = sectorPalette(items);
		const c = content({
			lang: 'en',
			totals: { projects: 3, amountYi: 12, unlocated: 1, events: 2, eventsIncluded: false },
			legend: legendSpec(palette, radiusScale([107, 5, 20]), { lang: 'en', items: [] })
		});
		drawSnapshot(ctx, computeLayout(ctx, px, c), c, null, metresPerPixel(35, 4));
		const all = ctx
			.texts()
			.map((t) => t.text)
			.join('\n');
		expect(all).toContain('3 projects · 12 亿元');
		expect(all).toContain('plus 2 events (not in the total)');
		expect(all).toContain('1 not located');
		expect(all).toContain('Data: 2023-W36');
		expect(all).toMatch(/\d+ km/);
		expect(all).not.toMatch(/个项目|未定位|数据：|公里|来源：/);
	});

	it('says the week once: the week range leads, the filters follow without it', () => {
		const ctx = new RecordingContext();
		const px = pixelSize('1080p', { width: 0, height: 0, pixelRatio: 1 });
		const c = content({ title: '长三角项目', filters: ['招商引资', '新材料'] });
		drawSnapshot(ctx, computeLayout(ctx, px, c), c, null, null);
		const subtitle = ctx.texts().find((t) => t.text.includes('招商引资'))!.text;
		expect(subtitle).toBe('2023-W36 · 招商引资 · 新材料');
		// A title that names the week already: the subtitle does not say it again.
		const ctx2 = new RecordingContext();
		const d = content({ filters: ['招商引资'] });
		drawSnapshot(ctx2, computeLayout(ctx2, px, d), d, null, null);
		expect(ctx2.texts().map((t) => t.text)).toContain('招商引资');
		const e = content({ filters: [] });
		const ctx3 = new RecordingContext();
		drawSnapshot(ctx3, computeLayout(ctx3, px, e), e, null, null);
		expect(ctx3.texts().map((t) => t.text)).toContain('全部项目');
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

describe('print type and city labels', () => {
	it('A4 at 300 dpi: legend text and city names are at least 8 pt', () => {
		const ctx = new RecordingContext();
		const px = pixelSize('a4', { width: 0, height: 0, pixelRatio: 1 });
		const c = content({ labels: [{ name: '百色市', lon: 106.6, lat: 23.9, totalYi: 107 }] });
		const layout = computeLayout(ctx, px, c);
		drawSnapshot(ctx, layout, c, null, null, [[layout.map.width / 2, layout.map.height / 2]]);
		const pt = (font: string) => (Number(/([\d.]+)px/.exec(font)![1]) / 300) * 72;
		const texts = ctx.texts();
		for (const name of ['材料·化工', '投资额（亿元）', '百色市']) {
			const t = texts.find((x) => x.text === name)!;
			expect(pt(t.font), name).toBeGreaterThanOrEqual(8);
		}
	});

	it('names the largest cities where there is room, never over the legend or a larger name', () => {
		const ctx = new RecordingContext();
		const px = pixelSize('1080p', { width: 0, height: 0, pixelRatio: 1 });
		const labels = ['南通市', '苏州市', '百色市', '上海市'].map((name, i) => ({
			name,
			lon: 0,
			lat: 0,
			totalYi: 100 - i
		}));
		const c = content({ labels });
		const layout = computeLayout(ctx, px, c);
		const legendPoint: [number, number] = [layout.legend.x + 4, layout.legend.y + 10 - layout.map.y];
		const drawn = drawCityLabels(ctx, layout, labels, [
			[600, 300],
			[600, 302], // on top of 南通市's name: left out
			legendPoint, // under the legend: left out
			[1200, 500]
		]);
		const names = ctx.calls.filter((k) => k.op === 'fillText').map((k) => k.args[0]);
		expect(names).toEqual(['南通市', '上海市']);
		expect(drawn).toHaveLength(2);
		// Each name has a halo drawn under it.
		expect(ctx.calls.filter((k) => k.op === 'strokeText').map((k) => k.args[0])).toEqual(names);
	});
});

describe('framing', () => {
	const at = (lon: number, lat: number) => ({ location: { lon, lat } });
	it('fits the data with room around it; one city gets its surroundings', () => {
		const [w, s, e, n] = dataBounds([at(120, 31), at(121, 32), { location: null }]);
		expect(w).toBeLessThan(120);
		expect(e).toBeGreaterThan(121);
		expect(e - w).toBeGreaterThanOrEqual(6 - 1e-9);
		expect(n - s).toBeGreaterThanOrEqual(6 - 1e-9);
		expect((w + e) / 2).toBeCloseTo(120.5, 6);
	});
	it('frames China when the data spreads over most of it, or when nothing is located', () => {
		expect(dataBounds([at(80, 40), at(125, 25)])).toEqual(CHINA_BOUNDS);
		expect(dataBounds([{ location: null }])).toEqual(CHINA_BOUNDS);
	});
	it('labels the cities with the largest known totals', () => {
		const loc = (city: string, adcode: string) => ({
			province: '江苏省',
			city,
			county: null,
			zone: null,
			adcode,
			level: 'city' as const,
			lon: 120,
			lat: 32
		});
		const items = [
			{ amountYi: 5, location: loc('南通市', '320600') },
			{ amountYi: 50, location: loc('苏州市', '320500') },
			{ amountYi: null, location: loc('无锡市', '320200') },
			{ amountYi: 10, location: loc('南通市', '320600') }
		];
		expect(topCities(items, 5).map((c) => [c.name, c.totalYi])).toEqual([
			['苏州市', 50],
			['南通市', 15]
		]);
		expect(topCities(items, 1, { '320500': [120.6, 31.3] })[0]).toMatchObject({ lon: 120.6, lat: 31.3 });
	});
});

describe('legend in use', () => {
	const palette = sectorPalette([
		{ sectors: ['新材料'] },
		{ sectors: ['新材料'] },
		{ sectors: ['生物医药'] },
		{ sectors: ['新能源'] }
	]);
	const scale = radiusScale([107, 5, 20]);
	const at = { lon: 1, lat: 1 };

	it('lists only the colours and symbols the picture shows', () => {
		const spec = legendSpec(palette, scale, {
			items: [{ sectors: ['生物医药'], amountYi: 5, location: at }]
		});
		expect(spec.colours.map((c) => c.label)).toEqual(['生物医药']);
		expect(spec.sizes.length).toBeGreaterThan(0);
		expect(spec.unknownRadius).toBeNull();
	});

	it('shows the hollow circle only for unknown amounts, the sizes only for known ones', () => {
		const spec = legendSpec(palette, scale, {
			items: [
				{ sectors: ['未列出的行业'], amountYi: null, location: at },
				// Not on the map: not in the legend.
				{ sectors: ['新材料'], amountYi: 9, location: null }
			],
			lang: 'en'
		});
		expect(spec.colours.map((c) => c.label)).toEqual(['Other / unclassified']);
		expect(spec.sizes).toEqual([]);
		expect(spec.unknownRadius).not.toBeNull();
	});

	it('without items, lists the whole palette', () => {
		expect(legendSpec(palette, scale).colours).toHaveLength(palette.named.length + 1);
	});
});

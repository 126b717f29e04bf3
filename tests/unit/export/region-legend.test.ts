import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { attributionLines } from '../../../src/lib/map/attribution';
import { topCities } from '../../../src/lib/export/frame';
import { computeLayout, drawSnapshot, type SnapshotContent } from '../../../src/lib/export/layout';
import { legendSpec } from '../../../src/lib/export/legend';
import { pixelSize } from '../../../src/lib/export/options';
import { withoutMapLabels } from '../../../src/lib/export/snapshot';
import { choropleth, NO_DATA_COLOUR, UNKNOWN_COLOUR, type RegionItem } from '../../../src/lib/map/choropleth';
import { filterColours, sectorPalette } from '../../../src/lib/map/palette';
import { radiusScale } from '../../../src/lib/map/scales';
import { LAYER_CITY_LABELS } from '../../../src/lib/map/style';
import { RecordingContext } from './fake-canvas';

const at = (adcode: string) => ({ adcode, level: 'city' as const, lon: 1, lat: 1 });
const regionItems: RegionItem[] = [
	{ location: at('320500'), amountYi: 500 },
	{ location: at('420100'), amountYi: 280 },
	{ location: at('610100'), amountYi: 140 },
	{ location: at('440300'), amountYi: 25 },
	{ location: at('370200'), amountYi: 15 },
	{ location: at('310100'), amountYi: null },
	{ location: { adcode: '450000', level: 'province' }, amountYi: 107 }
];
const palette = sectorPalette([{ sectors: ['新材料'] }, { sectors: ['新一代信息技术'] }]);
const scale = radiusScale([107, 5]);

function content(legend: SnapshotContent['legend'], lang: 'zh' | 'en' = 'zh'): SnapshotContent {
	return {
		lang,
		title: '园区项目地图',
		filters: [],
		weekRange: null,
		totals: { projects: 7, amountYi: 1067, unlocated: 0 },
		legend,
		dataDate: null,
		attribution: attributionLines(),
		exportedOn: '2024-01-02'
	};
}

describe('snapshot legend of the region view', () => {
	it('replaces colours and sizes with the classes, neutral rows and the unplaced note', () => {
		const view = choropleth(regionItems, null, 'prefecture', false);
		const spec = legendSpec(palette, scale, { regions: view, lang: 'zh' });
		expect(spec.colours).toEqual([]);
		expect(spec.sizes).toEqual([]);
		expect(spec.regions?.title).toBe('各地市投资额（亿元）');
		const colours = spec.regions!.classes.map((c) => c.colour);
		expect(colours.slice(0, view.colours.length)).toEqual([...view.colours]);
		expect(colours.slice(view.colours.length)).toEqual([UNKNOWN_COLOUR, NO_DATA_COLOUR]);
		// 广西 is known only as a province: the prefecture totals leave it out, and say so.
		expect(spec.regions?.note).toContain('1');
		const province = legendSpec(palette, scale, {
			regions: choropleth(regionItems, null, 'province', false)
		});
		expect(province.regions?.title).toBe('各省投资额（亿元）');
		expect(province.regions?.note).toBeNull();
	});

	it('by how many projects: counts as labels, no unknown-amount row, the title says so', () => {
		for (const [lang, title] of [
			['zh', '各省项目数'],
			['en', 'Projects by province']
		] as const) {
			const view = choropleth(regionItems, null, 'province', false, 'count');
			const spec = legendSpec(palette, scale, { regions: view, lang });
			expect(spec.regions?.title).toBe(title);
			// Class bounds are project counts: none beyond the largest region's count.
			const most = Math.max(...[...view.totals.values()].map((t) => t.count));
			const bounds = view.colours
				.map((_, k) => spec.regions!.classes[k].label)
				.flatMap((label) => label.match(/[\d,.]+/g) ?? [])
				.map((n) => Number(n.replace(/,/g, '')));
			expect(bounds.length).toBeGreaterThan(0);
			for (const n of bounds) expect(n).toBeLessThanOrEqual(most);
			expect(spec.regions!.classes.map((c) => c.colour)).not.toContain(UNKNOWN_COLOUR);
			expect(spec.regions!.classes.at(-1)?.colour).toBe(NO_DATA_COLOUR);
		}
	});

	it('draws the title, a swatch and label per class inside the legend box (English too)', () => {
		for (const lang of ['zh', 'en'] as const) {
			const view = choropleth(regionItems, null, 'prefecture', false);
			const c = content(legendSpec(palette, scale, { regions: view, lang }), lang);
			const ctx = new RecordingContext();
			const px = pixelSize('1080p', { width: 0, height: 0, pixelRatio: 1 });
			const layout = computeLayout(ctx, px, c);
			ctx.calls = [];
			drawSnapshot(ctx, layout, c, null, null);
			expect(ctx.balanced).toBe(true);
			const l = layout.legend;
			const inLegend = (x: number, y: number) =>
				x >= l.x && x <= l.x + l.width && y >= l.y && y <= l.y + l.height;
			const texts = ctx.texts().filter((t) => inLegend(t.x, t.y));
			expect(texts.map((t) => t.text)).toContain(c.legend.regions!.title);
			for (const row of c.legend.regions!.classes) expect(texts.map((t) => t.text)).toContain(row.label);
			const swatches = ctx.calls.filter(
				(k) => k.op === 'fillRect' && inLegend(k.args[0] as number, k.args[1] as number)
			);
			const filled = new Set(swatches.map((k) => String(k.fillStyle).toLowerCase()));
			for (const row of c.legend.regions!.classes) expect(filled).toContain(row.colour.toLowerCase());
		}
	});
});

describe('snapshot legend under a sector filter', () => {
	it('lists the chosen sectors in the colours the map draws them, not their families', () => {
		const colours = filterColours(['新材料', '现代化工']);
		const spec = legendSpec(palette, scale, {
			sectorColours: colours,
			items: [
				{ sectors: ['新材料'], amountYi: 5, location: {} },
				{ sectors: ['新一代信息技术', '现代化工'], amountYi: 3, location: {} }
			]
		});
		expect(spec.colours).toEqual([
			{ label: '新材料', colour: colours['新材料'] },
			{ label: '现代化工', colour: colours['现代化工'] }
		]);
		// Both chosen sectors are materials: the filter tells them apart, their family would not.
		expect(colours['新材料']).not.toBe(colours['现代化工']);
	});

	it('leaves out a chosen sector no drawn project is coloured by', () => {
		const colours = filterColours(['新材料', '现代化工']);
		const spec = legendSpec(palette, scale, {
			sectorColours: colours,
			items: [{ sectors: ['现代化工', '新材料'], amountYi: 5, location: {} }]
		});
		expect(spec.colours.map((c) => c.label)).toEqual(['现代化工']);
	});
});

describe('snapshot legend of events', () => {
	it('explains the diamond when an event is drawn, and sizes only the projects’ circles', () => {
		const spec = legendSpec(palette, scale, {
			items: [
				{ sectors: ['新材料'], amountYi: null, location: {} },
				{ sectors: ['新材料'], amountYi: 400, location: {}, kind: 'event' }
			]
		});
		expect(spec.events).toBe(true);
		expect(spec.sizes).toEqual([]);
		expect(spec.unknownRadius).not.toBeNull();
		const c = content(spec);
		const ctx = new RecordingContext();
		const layout = computeLayout(ctx, pixelSize('1080p', { width: 0, height: 0, pixelRatio: 1 }), c);
		drawSnapshot(ctx, layout, c, null, null);
		const l = layout.legend;
		const label = ctx.texts().find((t) => t.text.startsWith('菱形'));
		expect(label && label.x >= l.x && label.y >= l.y && label.y <= l.y + l.height).toBe(true);
		const without = legendSpec(palette, scale, {
			items: [{ sectors: ['新材料'], amountYi: 4, location: {} }]
		});
		expect(without.events).toBe(false);
	});
});

describe('withoutMapLabels', () => {
	const style: StyleSpecification = {
		version: 8,
		sources: {},
		layers: [
			{ id: 'sea', type: 'background' },
			{ id: LAYER_CITY_LABELS, type: 'symbol', source: 'cities', layout: { 'text-field': ['get', 'label'] } }
		]
	};

	it("hides the map's own name of the cities the snapshot names, and only those", () => {
		const labels = topCities(
			[
				{
					amountYi: 50,
					location: { ...at('320571'), province: '江苏省', city: '苏州市', county: null, zone: null }
				},
				{
					amountYi: 9,
					location: { ...at('420100'), province: '湖北省', city: '武汉市', county: null, zone: null }
				}
			],
			1
		);
		expect(labels.map((l) => l.key)).toEqual(['320500']);
		const out = withoutMapLabels(style, ['320500']);
		const layer = out.layers.find((l) => l.id === LAYER_CITY_LABELS)!;
		const filter = featureFilter('filter' in layer ? layer.filter : undefined, 'layers[1].filter');
		const shows = (key: string) =>
			filter.filter({ zoom: 5 }, { type: 1, properties: { key }, geometry: [] } as never);
		expect(shows('320500')).toBe(false);
		expect(shows('420100')).toBe(true);
		expect(out.layers[0]).toBe(style.layers[0]);
		expect(withoutMapLabels(style, [])).toBe(style);
	});
});

import { describe, expect, it } from 'vitest';
import { attributionLines } from '../../../src/lib/map/attribution';
import { computeLayout, drawSnapshot, type SnapshotContent } from '../../../src/lib/export/layout';
import { legendSpec } from '../../../src/lib/export/legend';
import { pixelSize } from '../../../src/lib/export/options';
import { SvgContext } from '../../../src/lib/export/svg';
import { sectorPalette } from '../../../src/lib/map/palette';
import { radiusScale } from '../../../src/lib/map/scales';
import { RecordingContext } from './fake-canvas';

const content: SnapshotContent = {
	title: '园区项目地图 <2023-W36> & "新"',
	filters: ['新材料'],
	weekRange: '2023-W36',
	totals: { projects: 3, amountYi: 120, unlocated: 0 },
	legend: legendSpec(sectorPalette([{ sectors: ['新材料'] }]), radiusScale([107, 5])),
	dataDate: '2023-W36 周报',
	attribution: attributionLines(),
	exportedOn: '2024-01-02',
	labels: [{ name: '百色市', lon: 106.6, lat: 23.9, totalYi: 107 }]
};

function draw(): { svg: string; layout: ReturnType<typeof computeLayout> } {
	const measure = new RecordingContext();
	const px = pixelSize('1080p', { width: 0, height: 0, pixelRatio: 1 });
	const layout = computeLayout(measure, px, content);
	const ctx = new SvgContext(
		px.width,
		px.height,
		(text, font) => {
			measure.font = font;
			return measure.measureText(text).width;
		},
		() => 'data:image/png;base64,AAAA'
	);
	drawSnapshot(ctx, layout, content, {} as CanvasImageSource, 2000, [[500, 300]]);
	return { svg: ctx.toString(), layout };
}

describe('SVG snapshot', () => {
	it('is an SVG document of the picture size, with the map as an embedded image', () => {
		const { svg, layout } = draw();
		expect(svg).toMatch(
			/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1920" height="1080"/
		);
		expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
		expect(svg).toContain(
			`<image href="data:image/png;base64,AAAA" x="0" y="${layout.map.y}" width="1920" height="${layout.map.height}"`
		);
	});

	it('keeps the title, legend, city names and sources as text a designer can edit, escaped', () => {
		const { svg } = draw();
		const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
		expect(texts).toContain('园区项目地图 &lt;2023-W36&gt; &amp; &quot;新&quot;');
		expect(texts).toContain('新材料');
		expect(texts).toContain('百色市');
		expect(texts.some((t) => t.startsWith('来源：'))).toBe(true);
		expect(svg).toMatch(/font: bold 26px/);
		// Legend circles are shapes; the legend's contents are clipped to its box.
		expect(svg).toMatch(/<path clip-path="url\(#clip0\)" d="M[\d.]+ [\d.]+a/);
	});
});

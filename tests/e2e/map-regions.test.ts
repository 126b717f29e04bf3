/**
 * The region view: the 点 / 地区 switch, province fills whose totals are the side panel's,
 * prefectures when zoomed in, its legend and tooltip, a filter change that uploads no polygons,
 * and snapshots (PNG, SVG) that carry the fills and the legend. Also the snapshots' copy of the
 * point view: chosen-sector colours in the legend and the largest cities named.
 * Screenshots go to test-results/ at 1440×900 and 390×844.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { topCities } from '../../src/lib/export/frame';
import { countsAsProject, matchesFilters, NO_FILTERS } from '../../src/lib/filters';
import { formatCount, formatTotalYi, formatYi } from '../../src/lib/i18n';
import { CLASS_COLOURS, MAX_CLASSES } from '../../src/lib/map/choropleth';
import { Store, type StoredItem } from '../../src/lib/server/store';
import labelPoints from '../../data/label-points.json' with { type: 'json' };
import { idle, launchBrowser, openMap } from './browser';
import { pageExport } from './export-helpers';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let items: StoredItem[];

type Hook = { map: import('maplibre-gl').Map; setFilters(f: object): void };
const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

beforeAll(async () => {
	const store = new Store(inject('dbPath'));
	items = store.items();
	store.close();
	browser = await launchBrowser();
	page = await browser.newPage({ viewport: WIDE, acceptDownloads: true });
	mkdirSync('test-results', { recursive: true });
});

afterAll(async () => {
	await browser?.close();
});

/** Waits until the fill of a level is shown and the map is idle. */
async function regionsShown(p: Page, level: 'province' | 'prefecture') {
	await p.waitForFunction(
		(id) => {
			const { map } = (window as unknown as { __parkmap: Hook }).__parkmap;
			return !!map.getLayer(id) && map.getLayoutProperty(id, 'visibility') === 'visible';
		},
		`region-fill-${level}`,
		{ timeout: 30_000 }
	);
	await idle(p);
}

/** The rendered region polygons of a level with their feature-state, one per region. */
function renderedRegions(p: Page, level: 'province' | 'prefecture') {
	return p.evaluate((layer) => {
		const { map } = (window as unknown as { __parkmap: Hook }).__parkmap;
		const out: Record<string, { name: string; t?: number; n?: number; k?: number; fill?: string }> = {};
		for (const f of map.queryRenderedFeatures({ layers: [layer] }))
			out[String(f.properties.adcode)] = { name: String(f.properties.name), ...f.state };
		return out;
	}, `region-fill-${level}`);
}

/** The basemap's province-name filter, as text (points leave out the places the markers name). */
function provinceNameFilter(p: Page) {
	return p.evaluate(() => {
		const { map } = (window as unknown as { __parkmap: Hook }).__parkmap;
		return JSON.stringify(map.getFilter('labels-province'));
	});
}

/** The side panel's province chart: province name → value text. */
function provinceChart(p: Page) {
	return p.evaluate(() => {
		const rows = document.querySelectorAll('svg[aria-label="各省投资额"] g');
		return Object.fromEntries(
			[...rows].map((g) => [g.querySelector('.label')!.textContent, g.querySelector('.value')!.textContent])
		);
	});
}

async function jumpTo(p: Page, lon: number, lat: number, zoom: number) {
	await p.evaluate(
		async ([lon, lat, zoom]) => {
			const { map } = (window as unknown as { __parkmap: Hook }).__parkmap;
			map.jumpTo({ center: [lon, lat], zoom });
			await new Promise((r) => map.once('idle', r));
		},
		[lon, lat, zoom]
	);
	await idle(p);
}

describe('region view', () => {
	it('switches on from the toggle: province fills whose totals are the side panel’s, markers hidden', async () => {
		const polygons: string[] = [];
		page.on('request', (r) => {
			if (/\/basemap\/(provinces|prefectures)\.json/.test(r.url())) polygons.push(r.url());
		});
		await openMap(page, baseUrl);
		// The point view loads and adds nothing of the region view.
		const before = await page.evaluate(() => {
			const { map } = (window as unknown as { __parkmap: Hook }).__parkmap;
			return map.getLayersOrder().filter((id) => id.startsWith('region'));
		});
		expect(before).toEqual([]);
		expect(polygons).toEqual([]);
		await page.getByTestId('mode-regions').click();
		await regionsShown(page, 'province');
		// Far out, only the provinces.
		expect(polygons.map((u) => u.replace(/.*\//, ''))).toEqual(['provinces.json']);
		await page.waitForURL(/layer=regions/);
		expect(await page.getByTestId('mode-regions').getAttribute('aria-pressed')).toBe('true');
		const regions = await renderedRegions(page, 'province');
		const chart = await provinceChart(page);
		expect(Object.keys(chart).length).toBeGreaterThan(3);
		const byName = new Map(Object.values(regions).map((r) => [r.name, r]));
		for (const [name, value] of Object.entries(chart)) {
			const region = byName.get(name!);
			expect(region, name!).toBeDefined();
			expect(formatYi(region!.t!, 'zh'), name!).toBe(value);
		}
		// Every located project (events apart) is in one province's count.
		const counted = items.filter((i) => i.location && countsAsProject(i, NO_FILTERS));
		const total = Object.values(regions).reduce((n, r) => n + (r.n ?? 0), 0);
		expect(total).toBe(counted.length);
		const hidden = await page.evaluate(() => {
			const { map } = (window as unknown as { __parkmap: Hook }).__parkmap;
			return ['projects', 'city-rings', 'city-labels'].map((id) => map.getLayoutProperty(id, 'visibility'));
		});
		expect(hidden).toEqual(['none', 'none', 'none']);
		// The markers' names are hidden: the basemap names every province, 上海 (with projects) too.
		expect(await provinceNameFilter(page)).not.toContain('310000');
	});

	it('has a legend of its classes in 亿元, and a tooltip per region', async () => {
		const legend = page.getByTestId('region-legend');
		await expect.poll(() => legend.getAttribute('data-level')).toBe('province');
		const text = (await legend.textContent())!;
		expect(text).toContain('各省投资额（亿元）');
		expect(text).toContain('无项目');
		const classes = await page.getByTestId('region-class').count();
		expect(classes).toBeGreaterThanOrEqual(2);
		expect(classes).toBeLessThanOrEqual(MAX_CLASSES);
		expect(text).toMatch(/≥ [\d,.]+/);
		// The fills use the legend's colours.
		const regions = await renderedRegions(page, 'province');
		const used = new Set(Object.values(regions).flatMap((r) => (r.fill ? [r.fill] : [])));
		for (const colour of CLASS_COLOURS[classes]) expect(used).toContain(colour);

		const [lon, lat] = labelPoints['320000'];
		const at = await page.evaluate(
			([lon, lat]) => {
				const { map } = (window as unknown as { __parkmap: Hook }).__parkmap;
				const pt = map.project([lon, lat]);
				const rect = map.getCanvas().getBoundingClientRect();
				return { x: rect.left + pt.x, y: rect.top + pt.y };
			},
			[lon, lat]
		);
		await page.mouse.move(at.x, at.y);
		const tip = page.locator('.parkmap-popup');
		await tip.waitFor({ timeout: 5_000 });
		const jiangsu = items.filter(
			(i) => i.location?.adcode.startsWith('32') && countsAsProject(i, NO_FILTERS)
		);
		const tipText = (await tip.textContent())!;
		expect(tipText).toContain('江苏省');
		expect(tipText).toContain(`${formatCount(jiangsu.length, 'zh')} 个项目`);
		await page.screenshot({ path: 'test-results/map-regions-1440x900.png' });
		await page.mouse.move(5, 5);
	});

	it('follows a filter change with feature-state alone: no polygons uploaded again', async () => {
		const sector = '新一代信息技术';
		await page.evaluate((sector) => {
			const hook = (window as unknown as { __parkmap: Hook & { reloads?: number } }).__parkmap;
			hook.reloads = 0;
			hook.map.on('sourcedata', (e) => {
				if (e.sourceId?.startsWith('regions-') && e.sourceDataType === 'content') hook.reloads!++;
			});
			hook.setFilters({ sectors: [sector] });
		}, sector);
		await page.waitForTimeout(300);
		await idle(page);
		const reloads = await page.evaluate(
			() => (window as unknown as { __parkmap: { reloads: number } }).__parkmap.reloads
		);
		expect(reloads).toBe(0);
		const regions = await renderedRegions(page, 'province');
		const chart = await provinceChart(page);
		const byName = new Map(Object.values(regions).map((r) => [r.name, r]));
		for (const [name, value] of Object.entries(chart))
			expect(formatYi(byName.get(name!)!.t!, 'zh')).toBe(value);
		const shown = items.filter(
			(i) =>
				i.location &&
				countsAsProject(i, NO_FILTERS) &&
				matchesFilters(i, { ...NO_FILTERS, sectors: [sector] })
		);
		expect(Object.values(regions).reduce((n, r) => n + (r.n ?? 0), 0)).toBe(shown.length);
		await page.evaluate(() =>
			(window as unknown as { __parkmap: Hook }).__parkmap.setFilters({ sectors: [] })
		);
	});

	it('zoomed in: prefecture polygons whose totals are the city list’s', async () => {
		await jumpTo(page, 119.5, 31.5, 6);
		await regionsShown(page, 'prefecture');
		await expect.poll(() => page.getByTestId('region-legend').getAttribute('data-level')).toBe('prefecture');
		expect(await page.getByTestId('region-legend').textContent()).toContain('各地市投资额（亿元）');
		const regions = await renderedRegions(page, 'prefecture');
		const withProjects = Object.entries(regions).filter(([, r]) => (r.n ?? 0) > 0);
		expect(withProjects.length).toBeGreaterThan(1);
		// Prefecture codes: 苏州 is one polygon (320500), not its province.
		expect(regions['320500']?.name).toBe('苏州市');
		const rows = await page.evaluate(() =>
			Object.fromEntries(
				[...document.querySelectorAll<HTMLElement>('[data-testid="city-list"] button[data-city]')].map(
					(b) => [b.dataset.city, [...b.querySelectorAll('.num')].map((s) => s.textContent)]
				)
			)
		);
		let compared = 0;
		for (const [code, r] of withProjects) {
			const row = rows[code];
			if (!row) continue;
			expect(row[0], code).toBe(`${formatCount(r.n!, 'zh')} 项`);
			// Class -2: projects, none with a known amount.
			expect(row[1], code).toBe(formatTotalYi(r.t!, r.k === -2 ? 0 : 1, 'zh'));
			compared++;
		}
		expect(compared).toBeGreaterThan(1);
	});

	it('switches back to the points', async () => {
		await page.getByTestId('mode-points').click();
		await page.waitForURL((url) => !url.search.includes('layer=regions'));
		await idle(page);
		const state = await page.evaluate(() => {
			const { map } = (window as unknown as { __parkmap: Hook }).__parkmap;
			return ['projects', 'region-fill-province', 'region-fill-prefecture'].map((id) =>
				map.getLayoutProperty(id, 'visibility')
			);
		});
		expect(state[0] ?? 'visible').toBe('visible');
		expect(state.slice(1)).toEqual(['none', 'none']);
		expect(await page.getByTestId('legend').count()).toBe(1);
		expect(await page.getByTestId('region-legend').count()).toBe(0);
		// Back to the markers, whose names stand for the basemap's where a city has projects.
		expect(await provinceNameFilter(page)).toContain('310000');
	});

	it('speaks English in English mode: the switch, the legend', async () => {
		await openMap(page, baseUrl, 'layer=regions&lang=en');
		await regionsShown(page, 'province');
		expect(await page.getByTestId('mode-points').textContent()).toBe('Points');
		expect(await page.getByTestId('mode-regions').textContent()).toBe('Regions');
		const text = (await page.getByTestId('region-legend').textContent())!;
		expect(text).toContain('Investment by province (亿元)');
		expect(text).toContain('No projects');
		expect(text).not.toMatch(/[无省]/);
	});

	it('on a phone: the switch and legend over the map', async () => {
		const phone = await browser.newPage({ viewport: PHONE });
		await openMap(phone, baseUrl, 'layer=regions');
		await regionsShown(phone, 'province');
		// Folded to its title and colours, so it covers little of the map; a tap opens it.
		const legend = phone.getByTestId('region-legend');
		expect(await legend.isVisible()).toBe(true);
		expect(await legend.getAttribute('open')).toBeNull();
		await legend.locator('summary').click();
		expect(await legend.getAttribute('open')).not.toBeNull();
		expect(await phone.getByTestId('region-class').first().isVisible()).toBe(true);
		await legend.locator('summary').click();
		expect(await phone.getByTestId('mode-points').isVisible()).toBe(true);
		await phone.screenshot({ path: 'test-results/map-regions-390x844.png' });
		await phone.close();
	});
});

/** Pixels within `box` close (each channel within 12) to each colour, from a PNG. */
async function colourCounts(
	p: Page,
	png: Uint8Array,
	box: (w: number, h: number) => number[],
	colours: string[]
) {
	return p.evaluate(
		async ({ base64, colours, fraction }) => {
			const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
			const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
			const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
			const ctx = canvas.getContext('2d')!;
			ctx.drawImage(bitmap, 0, 0);
			const [x, y, w, h] = fraction.map((f, k) =>
				Math.round(f * (k % 2 === 0 ? bitmap.width : bitmap.height))
			);
			const data = ctx.getImageData(x, y, w, h).data;
			const targets = colours.map((c) => [1, 3, 5].map((k) => parseInt(c.slice(k, k + 2), 16)));
			const counts = colours.map(() => 0);
			for (let i = 0; i < data.length; i += 4)
				targets.forEach((t, k) => {
					if (
						Math.abs(data[i] - t[0]) <= 12 &&
						Math.abs(data[i + 1] - t[1]) <= 12 &&
						Math.abs(data[i + 2] - t[2]) <= 12
					)
						counts[k]++;
				});
			return counts;
		},
		{ base64: Buffer.from(png).toString('base64'), colours, fraction: box(1, 1) }
	);
}

describe('snapshots', () => {
	// The legend sits in the lower left of the map; the darkest class colour is the telling one.
	const legendBox = () => [0, 0.5, 0.2, 0.45];
	const darkest = CLASS_COLOURS[MAX_CLASSES][MAX_CLASSES - 1];

	it('colours by how many projects on request: the legend says so, the URL keeps it, more projects never a lighter class', async () => {
		await openMap(page, baseUrl, 'layer=regions');
		await regionsShown(page, 'province');
		await page.getByTestId('region-metric-count').click();
		await page.waitForURL(/metric=count/);
		await expect.poll(() => page.getByTestId('region-legend').textContent()).toContain('各省项目数');
		expect(await page.getByTestId('region-metric-count').getAttribute('aria-pressed')).toBe('true');
		// Classes of whole counts: 「1」, 「2–3」, 「≥ 4」.
		const labels = await page.getByTestId('region-class').allTextContents();
		expect(labels.length).toBeGreaterThan(1);
		for (const label of labels) expect(label.trim()).toMatch(/^(≥ )?[\d,]+(–[\d,]+)?$/);
		await idle(page);
		const regions = Object.values(await renderedRegions(page, 'province')).filter((r) => (r.n ?? 0) > 0);
		expect(regions.length).toBeGreaterThan(3);
		// Every province with projects has a class (a count is never unknown), in the order of the counts.
		for (const r of regions) expect(r.k, r.name).toBeGreaterThanOrEqual(0);
		for (const a of regions)
			for (const b of regions)
				if (a.n! < b.n!) expect(a.k!, `${a.name} < ${b.name}`).toBeLessThanOrEqual(b.k!);
		const classes = new Set(regions.map((r) => r.k));
		expect(classes.size).toBeGreaterThan(1);
		await page.screenshot({ path: 'test-results/map-regions-count-1440.png' });
		// Back to the amounts.
		await page.getByTestId('region-metric-amount').click();
		await expect.poll(() => page.getByTestId('region-legend').textContent()).toContain('各省投资额（亿元）');
		await expect.poll(() => page.url()).not.toContain('metric=');
		// Back at the points too, the address has no query left, not even its「?」.
		await page.getByTestId('mode-points').click();
		await expect.poll(() => new URL(page.url()).search).toBe('');
		expect(page.url()).not.toMatch(/\?$/);
		await page.getByTestId('mode-regions').click();
		await regionsShown(page, 'province');
	});

	it('SVG of the region view by how many projects', async () => {
		const { bytes } = await pageExport(page, `${baseUrl}/?layer=regions&metric=count&export=svg&size=1080p`);
		const svg = new TextDecoder().decode(bytes);
		expect(svg).toContain('各省项目数');
		expect(svg).not.toContain('各省投资额（亿元）');
	});

	it('PNG with the region view on: the fills and their legend are drawn; without it, not', async () => {
		const on = await pageExport(page, `${baseUrl}/?layer=regions&export=png&size=1080p`);
		const off = await pageExport(page, `${baseUrl}/?export=png&size=1080p`);
		const [legendOn] = await colourCounts(page, on.bytes, legendBox, [darkest]);
		const [legendOff] = await colourCounts(page, off.bytes, legendBox, [darkest]);
		const [mapOn] = await colourCounts(page, on.bytes, () => [0.2, 0.1, 0.7, 0.8], [darkest]);
		expect(legendOn).toBeGreaterThan(100);
		expect(legendOff).toBeLessThan(20);
		expect(mapOn).toBeGreaterThan(2000);
	});

	it.each(['a4', 'screen'] as const)(
		'PNG at %s with the region view on: the legend is drawn',
		async (size) => {
			const { bytes } = await pageExport(page, `${baseUrl}/?layer=regions&export=png&size=${size}`);
			const [legend] = await colourCounts(page, bytes, legendBox, [darkest]);
			expect(legend).toBeGreaterThan(size === 'a4' ? 500 : 50);
		}
	);

	it('SVG with the region view on: the legend as text', async () => {
		const { bytes } = await pageExport(page, `${baseUrl}/?layer=regions&export=svg&size=1080p`);
		const svg = new TextDecoder().decode(bytes);
		expect(svg).toContain('各省投资额（亿元）');
		expect(svg).toContain('无项目');
		expect(svg).toMatch(/≥ [\d,.]+/);
		expect(svg).not.toContain('圆面积');
	});

	it('SVG of a sector filter: the chosen sectors in the legend, the largest cities named', async () => {
		const sectors = ['新材料', '现代化工'];
		const { bytes } = await pageExport(page, `${baseUrl}/?sector=${sectors.join(',')}&export=svg&size=1080p`);
		const svg = new TextDecoder().decode(bytes);
		for (const s of sectors) expect(svg).toContain(`>${s}<`);
		// Not the families the sectors belong to: the map colours them apart.
		expect(svg).not.toContain('材料·化工');
		const filters = { ...NO_FILTERS, sectors };
		const shown = items.filter((i) => matchesFilters(i, filters) && countsAsProject(i, filters));
		const top = topCities(shown, 3);
		expect(top.length).toBeGreaterThan(0);
		for (const city of top) expect(svg).toContain(`>${city.name}<`);
	});
});

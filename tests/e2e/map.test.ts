import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { countsAsProject, matchesFilters, NO_FILTERS, type Filters } from '../../src/lib/filters';
import { cityKey } from '../../src/lib/map/grouping';
import { precisionNote } from '../../src/lib/map/tooltip';
import { Store, type StoredItem } from '../../src/lib/server/store';
import { idle, launchBrowser, openBench, openMap } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let items: StoredItem[];

beforeAll(async () => {
	const store = new Store(inject('dbPath'));
	items = store.items();
	store.close();
	browser = await launchBrowser();
	page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});

afterAll(async () => {
	await browser?.close();
});

const seedWeek = () => items.find((i) => !i.reportId.startsWith('SYNTHETIC'))!.week;
const located = (filters: Filters) => items.filter((i) => i.location && matchesFilters(i, filters));

/**
 * Distinct project ids the map has drawn: rendered features, deduplicated across tiles, less
 * those hidden by feature-state (how maps that are not dense filter).
 */
function renderedIds(p: Page): Promise<string[]> {
	return p.evaluate(() => {
		const map = (window as unknown as { __parkmap: { map: import('maplibre-gl').Map } }).__parkmap.map;
		const ids = map
			.queryRenderedFeatures({ layers: ['projects', 'project-events'] })
			.filter((f) => f.state.shown !== false)
			.map((f) => String(f.properties.id));
		return [...new Set(ids)].sort();
	});
}

async function shownCount(p: Page): Promise<number> {
	return Number((await p.getByTestId('shown-count').textContent())!.replace(/[^\d]/g, ''));
}

/**
 * Compares two PNG pictures of the same size: the share of pixels more than 40 apart in any
 * channel (`differ`), of those apart at all (`changed`), and how many pixels of each are
 * coloured (markers, not the grey basemap).
 */
function pixelDifference(p: Page, a: Buffer, b: Buffer) {
	return p.evaluate(
		async ([a, b]) => {
			const pixels = async (b64: string) => {
				const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
				const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
				const c = new OffscreenCanvas(bitmap.width, bitmap.height);
				const g = c.getContext('2d')!;
				g.drawImage(bitmap, 0, 0);
				return g.getImageData(0, 0, bitmap.width, bitmap.height).data;
			};
			const [pa, pb] = [await pixels(a), await pixels(b)];
			let differ = 0;
			let changed = 0;
			let colouredA = 0;
			let colouredB = 0;
			const coloured = (p: Uint8ClampedArray, i: number) =>
				Math.max(p[i], p[i + 1], p[i + 2]) - Math.min(p[i], p[i + 1], p[i + 2]) > 60;
			for (let i = 0; i < pa.length; i += 4) {
				const d = Math.max(...[0, 1, 2].map((k) => Math.abs(pa[i + k] - pb[i + k])));
				if (d > 40) differ++;
				if (d > 2) changed++;
				if (coloured(pa, i)) colouredA++;
				if (coloured(pb, i)) colouredB++;
			}
			const n = pa.length / 4;
			return { differ: differ / n, changed: changed / n, colouredA, colouredB };
		},
		[a.toString('base64'), b.toString('base64')]
	);
}

describe('map explorer', () => {
	it('has SYNTHETIC fixture weeks besides the seed report', () => {
		const weeks = new Set(items.map((i) => i.week));
		expect(weeks.size).toBeGreaterThanOrEqual(4);
		expect(items.some((i) => i.id.startsWith('SYNTHETIC'))).toBe(true);
	});

	it('defines the test hook on its test page only, never on the product page', async () => {
		const week = seedWeek();
		await page.goto(`${baseUrl}/?week=${week}&debug=map`);
		await page.locator('canvas.maplibregl-canvas').waitFor();
		await expect.poll(() => shownCount(page)).toBeGreaterThan(0);
		expect(await page.evaluate(() => '__parkmap' in window)).toBe(false);
		await openMap(page, baseUrl, `week=${week}`);
		expect(await page.evaluate(() => '__parkmap' in window)).toBe(true);
		expect(
			await page.evaluate(() => (window as unknown as { __parkmap: { shown: number } }).__parkmap.shown)
		).toBe(items.filter((i) => matchesFilters(i, { ...NO_FILTERS, weekFrom: week, weekTo: week })).length);
	});

	it("draws the seed week's events, as the parser found them, with their own symbol", async () => {
		const week = seedWeek();
		const events = items.filter((i) => i.week === week && i.kind === 'event' && i.location);
		expect(events.length).toBeGreaterThanOrEqual(3);
		await openMap(page, baseUrl, `week=${week}`);
		const drawn = await page.evaluate(() => {
			const map = (window as unknown as { __parkmap: { map: import('maplibre-gl').Map } }).__parkmap.map;
			const ids = (layer: string) =>
				new Set(
					map
						.queryRenderedFeatures({ layers: [layer] })
						.filter((f) => f.state.shown !== false)
						.map((f) => String(f.properties.id))
				);
			return { events: [...ids('project-events')], projects: [...ids('projects')] };
		});
		expect(drawn.events.sort()).toEqual(events.map((i) => i.id).sort());
		for (const event of events) expect(drawn.projects).not.toContain(event.id);
		// Listed apart, ten at first; 显示更多 shows the rest (every event, unlocated ones too).
		const listed = page.getByTestId('events').locator('li');
		expect(await listed.count()).toBe(Math.min(10, events.length));
		while ((await page.getByTestId('more-events').count()) > 0) await page.getByTestId('more-events').click();
		expect(await listed.count()).toBeGreaterThanOrEqual(events.length);
	});

	it('loads the seed week and draws each of its located projects', async () => {
		const week = seedWeek();
		const filters = { ...NO_FILTERS, weekFrom: week, weekTo: week };
		await openMap(page, baseUrl, `week=${week}`);
		const expected = located(filters)
			.map((i) => i.id)
			.sort();
		expect(expected.length).toBeGreaterThan(10);
		expect(await renderedIds(page)).toEqual(expected);
		// The count is of projects: events are listed and counted apart.
		expect(await shownCount(page)).toBe(
			items.filter((i) => matchesFilters(i, filters) && countsAsProject(i, filters)).length
		);
		mkdirSync('test-results', { recursive: true });
		await page.screenshot({ path: 'test-results/e2e-seed-week.png' });
	});

	it('filters by week with the week controls (SYNTHETIC weeks)', async () => {
		await openMap(page, baseUrl);
		const all = await renderedIds(page);
		expect(all).toEqual(
			located(NO_FILTERS)
				.map((i) => i.id)
				.sort()
		);
		// 2023-09-18 also holds the example seed week; 2023-09-25 only SYNTHETIC items.
		await page.getByTestId('week-from').selectOption('2023-09-25');
		await page.getByTestId('week-to').selectOption('2023-09-25');
		await idle(page);
		const filters = { ...NO_FILTERS, weekFrom: '2023-09-25', weekTo: '2023-09-25' };
		const expected = located(filters)
			.map((i) => i.id)
			.sort();
		expect(expected.length).toBeGreaterThan(0);
		expect(expected.every((id) => id.startsWith('SYNTHETIC'))).toBe(true);
		expect(await renderedIds(page)).toEqual(expected);
		// The count is of projects: events are listed and counted apart.
		expect(await shownCount(page)).toBe(
			items.filter((i) => matchesFilters(i, filters) && countsAsProject(i, filters)).length
		);
	});

	it('a sector filter changes what is drawn and counted', async () => {
		await openMap(page, baseUrl);
		const before = await shownCount(page);
		const sector = '新材料';
		await page.locator(`input[type=checkbox][value="${sector}"]`).check();
		await idle(page);
		const filters = { ...NO_FILTERS, sectors: [sector] };
		const after = await shownCount(page);
		expect(after).toBe(items.filter((i) => matchesFilters(i, filters) && countsAsProject(i, filters)).length);
		expect(after).toBeLessThan(before);
		expect(await renderedIds(page)).toEqual(
			located(filters)
				.map((i) => i.id)
				.sort()
		);
	});

	it('clicking a city on the map lists exactly its projects', async () => {
		const week = seedWeek();
		const filters = { ...NO_FILTERS, weekFrom: week, weekTo: week };
		const shown = located(filters);
		const byCity = new Map<string, StoredItem[]>();
		for (const i of shown) byCity.set(cityKey(i.location!), [...(byCity.get(cityKey(i.location!)) ?? []), i]);
		const [key, cityItems] = [...byCity.entries()].sort((a, b) => b[1].length - a[1].length)[0];
		expect(cityItems.length).toBeGreaterThanOrEqual(2);
		await openMap(page, baseUrl, `week=${week}`);
		// Zoom to one of the city's projects and click it.
		const target = cityItems[0].location!;
		const point = await page.evaluate(
			async ([lon, lat]) => {
				const map = (window as unknown as { __parkmap: { map: import('maplibre-gl').Map } }).__parkmap.map;
				map.jumpTo({ center: [lon, lat], zoom: 9 });
				await new Promise((r) => map.once('idle', r));
				const p = map.project([lon, lat]);
				const rect = map.getCanvas().getBoundingClientRect();
				return { x: rect.left + p.x, y: rect.top + p.y };
			},
			[target.lon, target.lat]
		);
		await page.mouse.click(point.x, point.y);
		await expect.poll(() => page.getByTestId('city-title').count()).toBe(1);
		const listed = await page
			.locator('[data-testid=city-projects] article')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-item')));
		expect([...listed].sort()).toEqual(cityItems.map((i) => i.id).sort());
		// Where a point is not the place itself (a zone at its host county's seat), the entry says so.
		const noted = await page
			.locator('[data-testid=city-projects] article:has([data-testid=precision])')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-item')));
		const wantNoted = cityItems.filter((i) => precisionNote(i.location!, 'zh') !== null).map((i) => i.id);
		expect([...noted].sort()).toEqual(wantNoted.sort());
		expect(
			await page.evaluate(
				() => (window as unknown as { __parkmap: { selectedCity: string } }).__parkmap.selectedCity
			)
		).toBe(key);
		await page.screenshot({ path: 'test-results/e2e-city-panel.png' });
	});

	it('clicking a project in the city list rings it on the map, until the filters hide it', async () => {
		const week = seedWeek();
		const shown = located({ ...NO_FILTERS, weekFrom: week, weekTo: week });
		const target = shown.find((i) => i.sectors.length > 0 && i.amountYi !== null)!;
		await openMap(page, baseUrl, `week=${week}&city=${cityKey(target.location!)}`);
		await page.locator(`[data-testid=city-projects] article[data-item="${target.id}"] button.title`).click();
		type Hook = { map: import('maplibre-gl').Map };
		const rings = async () => {
			await idle(page);
			return page.evaluate(() => {
				const { map } = (window as unknown as { __parkmap: Hook }).__parkmap;
				return map
					.queryRenderedFeatures({ layers: ['projects-highlight'] })
					.map((f) => (f.geometry as GeoJSON.Point).coordinates);
			});
		};
		await expect.poll(async () => (await rings()).length, { timeout: 10_000 }).toBe(1);
		const [[lon, lat]] = await rings();
		expect(lon).toBeCloseTo(target.location!.lon, 3);
		expect(lat).toBeCloseTo(target.location!.lat, 3);
		// A sector the project does not have hides it, and its ring with it.
		const other = [...new Set(items.flatMap((i) => i.sectors))].find((s) => !target.sectors.includes(s))!;
		await page.evaluate(
			(sector) =>
				(window as unknown as { __parkmap: { setFilters(f: object): void } }).__parkmap.setFilters({
					sectors: [sector]
				}),
			other
		);
		await expect.poll(async () => (await rings()).length, { timeout: 10_000 }).toBe(0);
	});

	it('a dense map (SYNTHETIC, 4,000 projects) filters the projects it draws once zoomed in', async () => {
		await openBench(page, baseUrl, 4000);
		type Hook = {
			map: import('maplibre-gl').Map;
			setFilters(f: object): void;
			drawnProjects(): GeoJSON.Feature[];
		};
		const drawnSectors = async () => {
			await idle(page);
			return page.evaluate(() => {
				const hook = (window as unknown as { __parkmap: Hook }).__parkmap;
				const seen = new Map<string, string[]>();
				for (const f of hook.drawnProjects())
					seen.set(String(f.properties!.id), [f.properties!.s0, f.properties!.s1].filter(Boolean));
				return [...seen.values()];
			});
		};
		await page.evaluate(async () => {
			const { map } = (window as unknown as { __parkmap: Hook }).__parkmap;
			const city = map.queryRenderedFeatures({ layers: ['city-rings'] })[0];
			map.jumpTo({ center: (city.geometry as GeoJSON.Point).coordinates as [number, number], zoom: 6.5 });
		});
		await expect.poll(async () => (await drawnSectors()).length, { timeout: 20_000 }).toBeGreaterThan(20);
		const before = await drawnSectors();
		await page.evaluate(() =>
			(window as unknown as { __parkmap: Hook }).__parkmap.setFilters({ sectors: ['新材料'] })
		);
		await expect
			.poll(async () => (await drawnSectors()).length, { timeout: 20_000 })
			.toBeLessThan(before.length);
		const after = await drawnSectors();
		expect(after.length).toBeGreaterThan(0);
		for (const sectors of after) expect(sectors).toContain('新材料');
	});

	it("a dense map's point layer draws the circles MapLibre's circle layer draws, also under a sector filter", async () => {
		await openBench(page, baseUrl, 4000);
		type Hook = {
			map: import('maplibre-gl').Map;
			setFilters(f: object): void;
			snapshot(): { style: import('maplibre-gl').StyleSpecification; globalState: Record<string, unknown> };
			drawnProjects(): unknown[];
		};
		const canvas = page.locator('canvas.maplibregl-canvas');
		/** Draws the projects with the circle layer an export copies (or back with the point layer). */
		const drawWithCircles = (on: boolean) =>
			page.evaluate(async (on) => {
				const hook = (window as unknown as { __parkmap: Hook }).__parkmap;
				const { map } = hook;
				const source = map.getSource('projects') as import('maplibre-gl').GeoJSONSource;
				if (on) {
					const copy = hook.snapshot();
					const spec = copy.style.layers.find((l) => l.id === 'projects')!;
					const data = copy.style.sources.projects as { data: GeoJSON.FeatureCollection };
					source.setData(data.data);
					map.setGlobalStateProperty('filters', copy.globalState.filters);
					map.addLayer(
						{ ...spec, id: 'projects-as-circles' } as import('maplibre-gl').LayerSpecification,
						'projects'
					);
					map.setLayoutProperty('projects', 'visibility', 'none');
				} else {
					map.removeLayer('projects-as-circles');
					source.setData({ type: 'FeatureCollection', features: [] });
					map.setLayoutProperty('projects', 'visibility', 'visible');
				}
				map.triggerRepaint();
				await new Promise((r) => map.once('idle', r));
				return on ? map.queryRenderedFeatures({ layers: ['projects-as-circles'] }).length : 0;
			}, on);
		/** Hides (or shows again) every project, for a picture without them. */
		const hideProjects = (hide: boolean) =>
			page.evaluate(async (hide) => {
				const { map } = (window as unknown as { __parkmap: Hook }).__parkmap;
				map.setLayoutProperty('projects', 'visibility', hide ? 'none' : 'visible');
				await new Promise((r) => map.once('idle', r));
			}, hide);
		await page.evaluate(async () => {
			const { map } = (window as unknown as { __parkmap: Hook }).__parkmap;
			map.jumpTo({ center: [118.5, 31.5], zoom: 6 });
			await new Promise((r) => map.once('idle', r));
		});
		for (const sectors of [[], ['新材料', '生物医药']]) {
			await page.evaluate(
				(sectors) => (window as unknown as { __parkmap: Hook }).__parkmap.setFilters({ sectors }),
				sectors
			);
			await idle(page);
			const drawn = await page.evaluate(
				() => (window as unknown as { __parkmap: Hook }).__parkmap.drawnProjects().length
			);
			expect(drawn, sectors.join()).toBeGreaterThan(20);
			const points = await canvas.screenshot();
			await hideProjects(true);
			const none = await canvas.screenshot();
			await hideProjects(false);
			expect(await drawWithCircles(true), sectors.join()).toBeGreaterThan(20);
			const circles = await canvas.screenshot();
			await drawWithCircles(false);
			const same = await pixelDifference(page, points, circles);
			const without = await pixelDifference(page, points, none);
			// Both draw the projects in colour, pixels apart at most where circles stack in another
			// order (the circle layer orders them tile by tile); a picture without them is far apart.
			expect(same.colouredA, sectors.join()).toBeGreaterThan(2000);
			expect(same.colouredA / same.colouredB, sectors.join()).toBeGreaterThan(0.95);
			expect(same.colouredA / same.colouredB, sectors.join()).toBeLessThan(1.05);
			expect(same.differ, sectors.join()).toBeLessThan(0.002);
			expect(without.differ, sectors.join()).toBeGreaterThan(0.005);
		}
		await page.screenshot({ path: 'test-results/map-dense-point-layer-1440.png' });
	});

	it('draws the same map again after the WebGL context is lost and restored (dense map, far out and zoomed in)', async () => {
		await openBench(page, baseUrl, 4000);
		type Hook = { map: import('maplibre-gl').Map };
		const canvas = page.locator('canvas.maplibregl-canvas');
		const loseAndRestore = () =>
			page.evaluate(async () => {
				const { map } = (window as unknown as { __parkmap: Hook }).__parkmap;
				const gl = map.painter.context.gl;
				const ext = gl.getExtension('WEBGL_lose_context')!;
				const restyled = new Promise((r) => map.once('style.load', r));
				ext.loseContext();
				await new Promise((r) => setTimeout(r, 200));
				ext.restoreContext();
				await restyled;
			});
		for (const [center, zoom] of [
			[[110, 33], 4],
			[[118.5, 31.5], 6]
		] as const) {
			await page.evaluate(
				async ([center, zoom]) => {
					const { map } = (window as unknown as { __parkmap: Hook }).__parkmap;
					map.jumpTo({ center: [...center], zoom });
					await new Promise((r) => map.once('idle', r));
				},
				[center, zoom] as const
			);
			await idle(page);
			const before = await canvas.screenshot();
			await loseAndRestore();
			// The components put back what the rebuilt style lacks on the next frames.
			await expect
				.poll(
					async () => (
						await idle(page),
						(await pixelDifference(page, before, await canvas.screenshot())).changed
					),
					{
						timeout: 20_000
					}
				)
				.toBeLessThan(0.005);
			const after = await pixelDifference(page, before, await canvas.screenshot());
			expect(after.colouredA, `zoom ${zoom}`).toBeGreaterThan(1000);
			expect(after.colouredB / after.colouredA, `zoom ${zoom}`).toBeGreaterThan(0.99);
			expect(after.differ, `zoom ${zoom}`).toBeLessThan(0.002);
		}
	});

	it("a dense map far out draws no projects, hands them to its point layer once idle, and the export's snapshot carries them with the filter", async () => {
		await openBench(page, baseUrl, 4000);
		await page.evaluate(() =>
			(window as unknown as { __parkmap: { setFilters(f: object): void } }).__parkmap.setFilters({
				sectors: ['新材料']
			})
		);
		const seen = () =>
			page.evaluate(() => {
				type Style = import('maplibre-gl').StyleSpecification;
				const hook = (
					window as unknown as {
						__parkmap: {
							map: import('maplibre-gl').Map;
							snapshot(): { style: Style; globalState: Record<string, unknown> };
							drawnProjects(): unknown[];
						};
					}
				).__parkmap;
				const features = (style: Style, id: string) => {
					const source = style.sources[id];
					return source.type === 'geojson' && typeof source.data === 'object' && 'features' in source.data
						? source.data.features.length
						: -1;
				};
				const copy = hook.snapshot();
				return {
					liveEvents: features(hook.map.getStyle(), 'events'),
					copyEvents: features(copy.style, 'events'),
					drawn:
						hook.drawnProjects().length +
						hook.map.queryRenderedFeatures({ layers: ['project-events'] }).length,
					copy: features(copy.style, 'projects') + features(copy.style, 'events'),
					// The copy draws the projects with MapLibre's circle layer, under the filter.
					copyLayer: copy.style.layers.find((l) => l.id === 'projects')?.type,
					copySectors: (copy.globalState.filters as { sectors: string[] }).sectors
				};
			});
		await expect.poll(async () => (await seen()).copySectors).toEqual(['新材料']);
		const { copy, copyEvents, ...rest } = await seen();
		// Every located project (a few SYNTHETIC ones have no place): more than a dense map's threshold.
		expect(copy).toBeGreaterThan(3000);
		expect(copyEvents).toBeGreaterThan(0);
		expect(rest).toMatchObject({ drawn: 0, copyLayer: 'circle', copySectors: ['新材料'] });
		// Loaded once the first view is idle (projects and events together), so the first zoom-in
		// does not wait for it.
		await expect.poll(async () => (await seen()).liveEvents, { timeout: 15_000 }).toBe(copyEvents);
		// With the projects loaded, the far view still draws none of them.
		const canvas = page.locator('canvas.maplibregl-canvas');
		const withLayer = await canvas.screenshot();
		const setVisible = (visible: boolean) =>
			page.evaluate(async (visible) => {
				const { map } = (window as unknown as { __parkmap: { map: import('maplibre-gl').Map } }).__parkmap;
				map.setLayoutProperty('projects', 'visibility', visible ? 'visible' : 'none');
				map.triggerRepaint();
				await new Promise((r) => map.once('idle', r));
			}, visible);
		await setVisible(false);
		const withoutLayer = await canvas.screenshot();
		await setVisible(true);
		expect((await pixelDifference(page, withLayer, withoutLayer)).changed).toBe(0);
	});

	it('loads prefecture borders only once zoomed in, and exports name them from the start', async () => {
		await openMap(page, baseUrl);
		type Hook = {
			map: import('maplibre-gl').Map;
			snapshot(): { style: import('maplibre-gl').StyleSpecification };
		};
		const count = () =>
			page.evaluate(() => {
				const { map } = (window as unknown as { __parkmap: Hook }).__parkmap;
				return map.querySourceFeatures('prefecture-borders').length;
			});
		expect(await count()).toBe(0);
		const sourceData = await page.evaluate(() => {
			const hook = (window as unknown as { __parkmap: Hook }).__parkmap;
			const live = hook.map.getStyle().sources['prefecture-borders'];
			const copy = hook.snapshot().style.sources['prefecture-borders'];
			return [live, copy].map((source) => (source.type === 'geojson' ? source.data : null));
		});
		// The live map holds the borders back; the export's copy names the file.
		expect(sourceData[0]).not.toEqual(sourceData[1]);
		expect(String(sourceData[1])).toMatch(/\/basemap\/prefecture-borders\.json$/);
		await page.evaluate(() => {
			const { map } = (window as unknown as { __parkmap: Hook }).__parkmap;
			map.jumpTo({ center: [118.8, 32.05], zoom: 6 });
		});
		await expect.poll(async () => (await idle(page), count()), { timeout: 20_000 }).toBeGreaterThan(0);
	});

	it('draws nothing for the transparent sky: a frame with every layer hidden has no draw calls', async () => {
		await openMap(page, baseUrl);
		const draws = await page.evaluate(() => {
			const { map } = (window as unknown as { __parkmap: { map: import('maplibre-gl').Map } }).__parkmap;
			const gl = map.getCanvas().getContext('webgl2')!;
			const layers = map.getStyle().layers.map((l) => l.id);
			for (const id of layers) map.setLayoutProperty(id, 'visibility', 'none');
			let count = 0;
			const drawElements = gl.drawElements;
			gl.drawElements = (...args) => (count++, drawElements.apply(gl, args));
			map.redraw();
			gl.drawElements = drawElements;
			for (const id of layers) map.setLayoutProperty(id, 'visibility', 'visible');
			return count;
		});
		expect(draws).toBe(0);
	});

	it('the city list is reachable by keyboard and opens a city', async () => {
		await openMap(page, baseUrl);
		const first = page.locator('[data-testid=city-list] button').first();
		await first.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.getByTestId('city-title').count()).toBe(1);
	});

	it('lists the items without a place for review, each linked to where its place is corrected', async () => {
		await openMap(page, baseUrl);
		const unlocated = items.filter((i) => !i.location);
		expect(unlocated.length).toBeGreaterThan(0);
		const entries = page.getByTestId('unlocated').locator('article');
		expect(await entries.count()).toBe(Math.min(unlocated.length, 10));
		const first = entries.first();
		const id = (await first.getAttribute('data-item'))!;
		expect(unlocated.map((i) => i.id)).toContain(id);
		await first.getByTestId('correct-place').click();
		await page.waitForURL(/\/table\?/);
		expect(await page.locator(`tbody tr[data-id="${id}"]`).count()).toBe(1);
		expect(await page.locator(`tbody tr[data-id="${id}"]`).getByTestId('place').textContent()).toMatch(
			/^待核实/
		);
	});

	it('round-trips its state through the URL', async () => {
		const week = seedWeek();
		await openMap(page, baseUrl, `week=${week}`);
		await page.locator('input[type=checkbox][value="新材料"]').check();
		await page.locator('[data-testid=city-list] button').first().click();
		await page.evaluate(() => {
			const map = (window as unknown as { __parkmap: { map: import('maplibre-gl').Map } }).__parkmap.map;
			map.jumpTo({ center: [118.5, 31.5], zoom: 5.5 });
		});
		await expect
			.poll(() => new URL(page.url()).searchParams.get('view'), { timeout: 5000 })
			.toBe('118.5000,31.5000,5.50');
		const url = page.url();
		const params = new URL(url).searchParams;
		expect(params.get('sector')).toBe('新材料');
		expect(params.get('week')).toBe(week);
		const city = params.get('city');
		expect(city).toMatch(/^\d{6}$/);

		const second = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await second.goto(url);
		await second.waitForFunction(
			() => !!(window as unknown as { __parkmap?: { map: unknown } }).__parkmap?.map
		);
		const state = await second.evaluate(() => {
			const h = (
				window as unknown as {
					__parkmap: { map: import('maplibre-gl').Map; filters: Filters; selectedCity: string };
				}
			).__parkmap;
			const c = h.map.getCenter();
			return { filters: h.filters, city: h.selectedCity, lon: c.lng, lat: c.lat, zoom: h.map.getZoom() };
		});
		expect(state.filters.sectors).toEqual(['新材料']);
		expect(state.filters.weekFrom).toBe(week);
		expect(state.city).toBe(city);
		expect(state.lon).toBeCloseTo(118.5, 3);
		expect(state.lat).toBeCloseTo(31.5, 3);
		expect(state.zoom).toBeCloseTo(5.5, 2);
		// The server renders the same filtered state before any script runs.
		expect(await second.getByTestId('city-title').count()).toBe(1);
		await second.close();
	});

	it('renders English on request, keeps screenshots, and folds the phone sheet', async () => {
		await openMap(page, baseUrl, 'lang=en');
		await expect.poll(() => page.getByTestId('totals').textContent()).toContain('Showing');
		await page.screenshot({ path: 'test-results/e2e-map-en.png' });
		await openMap(page, baseUrl);
		await page.screenshot({ path: 'test-results/e2e-map.png' });
		const phone = await browser.newPage({
			viewport: { width: 390, height: 844 },
			isMobile: true,
			hasTouch: true
		});
		await openMap(phone, baseUrl);
		await phone.screenshot({ path: 'test-results/e2e-map-phone.png', fullPage: false });
		// The bottom sheet starts folded to its handle, leaving the map in view; a tap opens it.
		const handle = phone.getByTestId('sheet-handle');
		expect(await handle.getAttribute('aria-expanded')).toBe('false');
		expect(await phone.getByTestId('city-list').isVisible()).toBe(false);
		const map = await phone.locator('.map-area').boundingBox();
		const sheet = await phone.locator('.panel-area').boundingBox();
		expect(sheet!.y).toBeGreaterThanOrEqual(map!.y + map!.height - 1);
		await handle.tap();
		expect(await phone.getByTestId('city-list').isVisible()).toBe(true);
		await phone.getByTestId('city-list').locator('button').first().tap();
		await phone.getByTestId('city-title').waitFor();
		expect(await handle.getAttribute('aria-expanded')).toBe('true');
		await phone.close();
	});
});

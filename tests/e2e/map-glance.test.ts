/**
 * The map read at a glance: tooltips and picking, labels beside the markers, colour that follows
 * the sector filter, events as diamonds, `?city=` links, and a legend that covers no data.
 * Each test looks at what the map drew (rendered features, pixels). Screenshots go to
 * test-results/ at 1440×900 and 390×844.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { matchesFilters, NO_FILTERS } from '../../src/lib/filters';
import { shortName } from '../../src/lib/map/geojson';
import { cityKey, cityName } from '../../src/lib/map/grouping';
import { filterColours, sectorColour } from '../../src/lib/map/palette';
import { Store, type StoredItem } from '../../src/lib/server/store';
import { idle, launchBrowser, openBench, openMap } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let items: StoredItem[];

type Hook = {
	map: import('maplibre-gl').Map;
	selectedCity: string | null;
	drawnProjects(): GeoJSON.Feature<GeoJSON.Point>[];
};
const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

beforeAll(async () => {
	const store = new Store(inject('dbPath'));
	items = store.items();
	store.close();
	browser = await launchBrowser();
	page = await browser.newPage({ viewport: WIDE });
	mkdirSync('test-results', { recursive: true });
});

afterAll(async () => {
	await browser?.close();
});

const seedWeek = () => items.find((i) => !i.reportId.startsWith('SYNTHETIC'))!.week;
const weekItems = () => {
	const week = seedWeek();
	return items.filter(
		(i) => i.location && matchesFilters(i, { ...NO_FILTERS, weekFrom: week, weekTo: week })
	);
};

/** Moves the map and returns where a place lands, in page pixels. */
async function jumpTo(p: Page, lon: number, lat: number, zoom: number) {
	const point = await p.evaluate(
		async ([lon, lat, zoom]) => {
			const { map } = (window as unknown as { __parkmap: Hook }).__parkmap;
			map.jumpTo({ center: [lon, lat], zoom });
			await new Promise((r) => map.once('idle', r));
			const pt = map.project([lon, lat]);
			const rect = map.getCanvas().getBoundingClientRect();
			return { x: rect.left + pt.x, y: rect.top + pt.y };
		},
		[lon, lat, zoom]
	);
	await idle(p);
	return point;
}

/** The RGB of one page pixel, read from a screenshot. */
async function pixelAt(p: Page, x: number, y: number): Promise<[number, number, number]> {
	const png = await p.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } });
	return p.evaluate(async (b64) => {
		const img = new Image();
		img.src = `data:image/png;base64,${b64}`;
		await img.decode();
		const c = document.createElement('canvas');
		c.width = c.height = 1;
		const g = c.getContext('2d')!;
		g.drawImage(img, 0, 0);
		const d = g.getImageData(0, 0, 1, 1).data;
		return [d[0], d[1], d[2]] as [number, number, number];
	}, png.toString('base64'));
}

const rgb = (hex: string) => [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16));
const distance = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/**
 * Drawn markers (project circles, event diamonds, city rings) and the labels that overlap the
 * inner square of any of them, in canvas pixels.
 */
function labelsUnderMarkers(p: Page) {
	return p.evaluate(() => {
		const { map } = (window as unknown as { __parkmap: Hook }).__parkmap;
		const labelLayers = ['city-labels', 'labels-city', 'labels-province'];
		const markers: { x: number; y: number; r: number }[] = [];
		for (const f of map.queryRenderedFeatures({ layers: ['projects', 'city-rings'] })) {
			const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates;
			const pt = map.project([lon, lat]);
			if (f.layer.id === 'projects' && f.state.shown !== false)
				markers.push({ ...pt, r: Number(f.properties.r) });
			if (f.layer.id === 'city-rings' && (f.state.n ?? 0) >= 2 && map.getZoom() < 8)
				markers.push({ ...pt, r: Number(f.state.r) + 3 });
		}
		const under: string[] = [];
		for (const m of markers) {
			const h = m.r * 0.7;
			const hits = map.queryRenderedFeatures(
				[
					[m.x - h, m.y - h],
					[m.x + h, m.y + h]
				],
				{ layers: labelLayers }
			);
			for (const f of hits)
				if (f.layer.id !== 'city-labels' || (f.state.n ?? 0) > 0) under.push(String(f.properties.label));
		}
		const labels = map
			.queryRenderedFeatures({ layers: ['city-labels'] })
			.filter((f) => (f.state.n ?? 0) > 0)
			.map((f) => String(f.properties.label));
		return { markers: markers.length, under: [...new Set(under)], labels: [...new Set(labels)] };
	});
}

/**
 * Projects of a dense map (SYNTHETIC) drawn at zoom 6 around Wuhan with no other project within
 * 0.06° (30 px at zoom 9), amount known, placed finer than a province, and with two sectors.
 */
function loneDenseProjects(p: Page) {
	return p.evaluate(async () => {
		const hook = (window as unknown as { __parkmap: Hook }).__parkmap;
		hook.map.jumpTo({ center: [114, 30.5], zoom: 6 });
		await new Promise((r) => hook.map.once('idle', r));
		const features = hook.drawnProjects();
		return features
			.filter((f) => f.properties!.s1 && f.properties!.a && f.properties!.lvl !== 'province')
			.map((f) => ({
				lon: f.geometry.coordinates[0],
				lat: f.geometry.coordinates[1],
				s0: String(f.properties!.s0),
				s1: String(f.properties!.s1),
				id: String(f.properties!.id)
			}))
			.filter(
				(t) =>
					!features.some(
						(o) =>
							String(o.properties!.id) !== t.id &&
							Math.hypot(o.geometry.coordinates[0] - t.lon, o.geometry.coordinates[1] - t.lat) < 0.06
					)
			);
	});
}

describe('map at a glance', () => {
	it('shows a tooltip and a pointer over a project, also a few pixels off a small dot', async () => {
		const target = weekItems().find((i) => i.amountYi !== null && i.date !== null)!;
		await openMap(page, baseUrl, `week=${seedWeek()}`);
		const at = await jumpTo(page, target.location!.lon, target.location!.lat, 9);
		await page.mouse.move(at.x + 3, at.y + 3);
		const popup = page.locator('.parkmap-popup');
		await expect.poll(() => popup.count()).toBe(1);
		const text = (await popup.textContent())!;
		expect(text).toContain(cityName(target.location!));
		expect(text).toContain(target.date!);
		expect(text).toMatch(/亿元/);
		expect(await page.evaluate(() => document.querySelector('canvas')!.style.cursor)).toBe('pointer');
		await page.screenshot({ path: 'test-results/map-glance-tooltip-1440.png' });
		// Far from every marker: no tooltip, the usual cursor.
		await page.mouse.move(at.x + 200, at.y - 200);
		await expect.poll(() => popup.count()).toBe(0);
		expect(await page.evaluate(() => document.querySelector('canvas')!.style.cursor)).toBe('');
	});

	it('says 金额未知 for a project without an amount', async () => {
		const target = weekItems().find((i) => i.amountYi === null);
		if (!target) return;
		await openMap(page, baseUrl, `week=${seedWeek()}`);
		const at = await jumpTo(page, target.location!.lon, target.location!.lat, 10);
		await page.mouse.move(at.x, at.y);
		await expect.poll(() => page.locator('.parkmap-popup').textContent()).toContain('金额未知');
	});

	it('shows a city tooltip for keyboard focus on the city list', async () => {
		await openMap(page, baseUrl, `week=${seedWeek()}`);
		const first = page.locator('[data-testid=city-list] button[data-city]').first();
		const key = await first.getAttribute('data-city');
		const name = weekItems().find((i) => cityKey(i.location!) === key)!;
		await first.focus();
		await expect.poll(() => page.locator('.parkmap-popup').textContent()).toContain(cityName(name.location!));
		await page.evaluate(() => (document.activeElement as HTMLElement).blur());
		await expect.poll(() => page.locator('.parkmap-popup').count()).toBe(0);
	});

	it('a tap on a phone selects the project’s city', async () => {
		const phone = await browser.newPage({ viewport: PHONE, hasTouch: true, isMobile: true });
		const target = weekItems().find((i) => i.amountYi !== null)!;
		await openMap(phone, baseUrl, `week=${seedWeek()}`);
		const at = await jumpTo(phone, target.location!.lon, target.location!.lat, 9);
		await phone.touchscreen.tap(at.x, at.y);
		await expect
			.poll(() => phone.evaluate(() => (window as unknown as { __parkmap: Hook }).__parkmap.selectedCity))
			.toBe(cityKey(target.location!));
		await phone.screenshot({ path: 'test-results/map-glance-tap-390.png' });
		await phone.close();
	});

	it('no label lies under a marker at zooms 4–8, and the cities with projects are named', async () => {
		const shown = weekItems();
		const cities = new Map<string, StoredItem>();
		for (const i of shown) cities.set(cityKey(i.location!), i);
		await openMap(page, baseUrl, `week=${seedWeek()}`);
		let checked = 0;
		for (const zoom of [4, 5, 6, 7, 8]) {
			// One view per group of cities: a city already in the middle of a view checked at this
			// zoom (within a quarter of the map's width, about 200 px) is not visited again.
			const quarter = (200 / (256 * 2 ** zoom)) * 360;
			const visited: { lon: number; lat: number }[] = [];
			for (const item of cities.values()) {
				const { lon, lat } = item.location!;
				if (visited.some((v) => Math.abs(v.lon - lon) < quarter && Math.abs(v.lat - lat) < quarter)) continue;
				visited.push({ lon, lat });
				await jumpTo(page, lon, lat, zoom);
				const r = await labelsUnderMarkers(page);
				checked += r.markers;
				expect(r.under, `zoom ${zoom} at ${cityName(item.location!)}`).toEqual([]);
			}
		}
		expect(checked).toBeGreaterThan(50);
		// Zoomed in on the Yangtze delta, the cities with projects there are named.
		const delta = [...cities.values()].filter(
			(i) =>
				i.location!.lon > 118 && i.location!.lon < 122.5 && i.location!.lat > 30.5 && i.location!.lat < 32.7
		);
		expect(delta.length).toBeGreaterThanOrEqual(3);
		for (const zoom of [6, 7, 8]) {
			await jumpTo(page, 120.3, 31.7, zoom);
			await page.screenshot({ path: `test-results/map-glance-delta-z${zoom}-1440.png` });
			const r = await labelsUnderMarkers(page);
			expect(r.under).toEqual([]);
			// Every city with projects whose marker is in view is named.
			const inView = await page.evaluate(
				([points]) => {
					const { map } = (window as unknown as { __parkmap: Hook }).__parkmap;
					const b = map.getBounds();
					return points.map(([lon, lat]) => b.contains([lon, lat]));
				},
				[delta.map((i) => [i.location!.lon, i.location!.lat])]
			);
			const names = new Set(delta.filter((_, k) => inView[k]).map((i) => shortName(cityName(i.location!))));
			expect(names.size).toBeGreaterThan(0);
			for (const name of names) expect(r.labels, `zoom ${zoom}`).toContain(name);
		}
	}, 240_000);

	it('spreads projects that overlap at one point, each to be read and picked', async () => {
		const byPoint = new Map<string, StoredItem[]>();
		for (const i of weekItems()) {
			const key = `${i.location!.lon.toFixed(3)},${i.location!.lat.toFixed(3)}`;
			byPoint.set(key, [...(byPoint.get(key) ?? []), i]);
		}
		const stack = [...byPoint.values()].sort((a, b) => b.length - a.length)[0];
		expect(stack.length).toBeGreaterThanOrEqual(2);
		await openMap(page, baseUrl, `week=${seedWeek()}`);
		const at = await jumpTo(page, stack[0].location!.lon, stack[0].location!.lat, 8);
		await page.mouse.move(at.x, at.y);
		const spread = () =>
			page.evaluate(() => {
				const { map } = (window as unknown as { __parkmap: Hook }).__parkmap;
				const rect = map.getCanvas().getBoundingClientRect();
				const seen = new Map<string, { x: number; y: number; r: number; title: string }>();
				for (const f of map.queryRenderedFeatures({ layers: ['spread-projects', 'spread-events'] })) {
					const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
					seen.set(String(f.properties.id), {
						x: rect.left + p.x,
						y: rect.top + p.y,
						r: Number(f.properties.r),
						title: String(f.properties.id)
					});
				}
				return [...seen.entries()];
			});
		await expect.poll(async () => (await spread()).length).toBeGreaterThanOrEqual(stack.length);
		const spreadOut = await spread();
		expect(spreadOut.map(([id]) => id)).toEqual(expect.arrayContaining(stack.map((i) => i.id)));
		for (const [a, pa] of spreadOut)
			for (const [b, pb] of spreadOut)
				if (a < b) expect(Math.hypot(pa.x - pb.x, pa.y - pb.y)).toBeGreaterThan(pa.r + pb.r);
		await page.screenshot({ path: 'test-results/map-glance-spread-1440.png' });
		// Each spread project has its tooltip, and a click picks it.
		const [id, p] = spreadOut.find(([sid]) => sid === stack[1].id)!;
		await page.mouse.move(p.x, p.y);
		await expect
			.poll(() => page.locator('.parkmap-popup').textContent())
			.toContain(stack[1].title.slice(0, 10));
		await page.mouse.click(p.x, p.y);
		expect(await page.evaluate(() => (window as unknown as { __parkmap: Hook }).__parkmap.selectedCity)).toBe(
			cityKey(stack[1].location!)
		);
		expect(id).toBe(stack[1].id);
		// Moving away folds the spread.
		await page.mouse.move(at.x + 300, at.y + 200);
		await expect.poll(async () => (await spread()).length).toBe(0);
	});

	it('under a sector filter colours a project by the chosen sector, not its first one', async () => {
		// A project whose first sector is of another family than a later one.
		const target = weekItems().find(
			(i) =>
				i.amountYi !== null &&
				i.sectors.length > 1 &&
				sectorColour(i.sectors[0]) !== sectorColour(i.sectors[1])
		);
		expect(target, 'a multi-family project in the seed week').toBeDefined();
		const chosen = target!.sectors[1];
		const before = rgb(sectorColour(target!.sectors[0]));
		const after = rgb(filterColours([chosen])[chosen]);
		const week = seedWeek();
		const colourAt = async () => {
			const at = await jumpTo(page, target!.location!.lon, target!.location!.lat, 11);
			await page.mouse.move(0, 0);
			return pixelAt(page, at.x, at.y);
		};
		await openMap(page, baseUrl, `week=${week}`);
		const plain = await colourAt();
		expect(distance(plain, before)).toBeLessThan(distance(plain, after));
		await openMap(page, baseUrl, `week=${week}&sector=${encodeURIComponent(chosen)}`);
		const filtered = await colourAt();
		expect(distance(filtered, after)).toBeLessThan(distance(filtered, before));
		// The legend names the chosen sector in that colour.
		await page.locator('[data-testid=legend] summary').click();
		await expect.poll(() => page.getByTestId('legend-colours').textContent()).toContain(chosen);
	});

	it('a dense map (SYNTHETIC) also colours by the chosen sector once zoomed in', async () => {
		await openBench(page, baseUrl, 4000);
		// A lone project whose two sectors differ in family.
		const target = await loneDenseProjects(page);
		const pick = target.find((t) => sectorColour(t.s0) !== sectorColour(t.s1));
		expect(pick, 'a lone two-family project').toBeDefined();
		const colourAt = async () => {
			const at = await jumpTo(page, pick!.lon, pick!.lat, 9);
			return pixelAt(page, at.x, at.y);
		};
		const before = rgb(sectorColour(pick!.s0));
		const after = rgb(filterColours([pick!.s1])[pick!.s1]);
		const plain = await colourAt();
		expect(distance(plain, before)).toBeLessThan(distance(plain, after));
		await page.evaluate((s) => {
			(window as unknown as { __parkmap: { setFilters(f: object): void } }).__parkmap.setFilters({
				sectors: [s]
			});
		}, pick!.s1);
		await idle(page);
		const filtered = await colourAt();
		expect(distance(filtered, after)).toBeLessThan(distance(filtered, before));
	});

	it('on a dense map (SYNTHETIC) too, a project has its tooltip and pointer, and a click picks it', async () => {
		await openBench(page, baseUrl, 4000);
		const [target] = await loneDenseProjects(page);
		expect(target, 'a lone project').toBeDefined();
		const at = await jumpTo(page, target.lon, target.lat, 9);
		const popup = page.locator('.parkmap-popup');
		const cursor = () => page.evaluate(() => document.querySelector('canvas')!.style.cursor);
		await page.mouse.move(at.x + 2, at.y + 2);
		const index = target.id.split('-')[1];
		// The title (no other project lies within 30 px), then the amount and the place.
		await expect.poll(() => popup.textContent()).toContain(`SYNTHETIC 项目 ${index}`);
		expect(await popup.textContent()).toMatch(/亿元SYNTHETIC 市/);
		expect(await cursor()).toBe('pointer');
		await page.mouse.click(at.x, at.y);
		const picked = await page.evaluate((id) => {
			const hook = (window as unknown as { __parkmap: Hook & { cityOf(id: string): string | null } })
				.__parkmap;
			return { selected: hook.selectedCity, city: hook.cityOf(id) };
		}, target.id);
		expect(picked.city).not.toBeNull();
		expect(picked.selected).toBe(picked.city);
		// Away from every marker: no tooltip, the usual cursor.
		await page.mouse.move(at.x + 150, at.y - 150);
		await expect.poll(() => popup.count()).toBe(0);
		expect(await cursor()).toBe('');
	});

	it('draws events as diamonds, never as project circles (SYNTHETIC)', async () => {
		await openBench(page, baseUrl, 1500);
		await idle(page);
		const drawn = await page.evaluate(() => {
			const { map } = (window as unknown as { __parkmap: Hook }).__parkmap;
			const ids = (layer: string) =>
				new Set(map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.id)));
			return { events: [...ids('project-events')], projects: [...ids('projects')] };
		});
		expect(drawn.events.length).toBeGreaterThan(5);
		// SYNTHETIC items whose index is 7 modulo 50 are events.
		for (const id of drawn.events) expect(Number(id.split('-')[1]) % 50).toBe(7);
		for (const id of drawn.projects) expect(Number(id.split('-')[1]) % 50).not.toBe(7);
		await page.screenshot({ path: 'test-results/map-glance-events-1440.png' });
	});

	it('hides events the filters leave out, also on a dense map once zoomed in (SYNTHETIC)', async () => {
		await openBench(page, baseUrl, 4000, `sector=${encodeURIComponent('新材料')}`);
		await jumpTo(page, 116.4, 39.9, 5.5);
		const events = await page.evaluate(() => {
			const { map } = (window as unknown as { __parkmap: Hook }).__parkmap;
			return map.queryRenderedFeatures({ layers: ['project-events'] }).map((f) => ({
				shown: f.state.shown !== false,
				sectors: [f.properties.s0, f.properties.s1].filter(Boolean).map(String)
			}));
		});
		expect(events.length).toBeGreaterThan(3);
		expect(events.some((e) => e.shown)).toBe(true);
		for (const e of events) expect(e.shown).toBe(e.sectors.includes('新材料'));
	});

	it('a ?city= link opens the panel and zooms to the city', async () => {
		const byCity = new Map<string, StoredItem[]>();
		for (const i of weekItems())
			byCity.set(cityKey(i.location!), [...(byCity.get(cityKey(i.location!)) ?? []), i]);
		const [key, cityItems] = [...byCity.entries()].find(([k]) => !k.endsWith('0000'))!;
		await openMap(page, baseUrl, `week=${seedWeek()}&city=${key}`);
		await expect.poll(() => page.getByTestId('city-title').count()).toBe(1);
		const view = await page.evaluate(
			([points]) => {
				const { map } = (window as unknown as { __parkmap: Hook }).__parkmap;
				const b = map.getBounds();
				return { zoom: map.getZoom(), inside: points.every(([lon, lat]) => b.contains([lon, lat])) };
			},
			[cityItems.map((i) => [i.location!.lon, i.location!.lat])]
		);
		expect(view.zoom).toBeGreaterThanOrEqual(6);
		expect(view.inside).toBe(true);
	});

	it('the legend covers no data on first view, wide and on a phone', async () => {
		for (const viewport of [WIDE, PHONE]) {
			const p = await browser.newPage({ viewport });
			await openMap(p, baseUrl, `week=${seedWeek()}`);
			const result = await p.evaluate(() => {
				const { map } = (window as unknown as { __parkmap: Hook }).__parkmap;
				const legend = document.querySelector('[data-testid=legend]')!.getBoundingClientRect();
				const canvas = map.getCanvas().getBoundingClientRect();
				const covered = map
					.queryRenderedFeatures({ layers: ['projects', 'project-events', 'city-rings'] })
					.filter((f) => f.state.shown !== false)
					.filter((f) => {
						const pt = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
						const x = canvas.left + pt.x;
						const y = canvas.top + pt.y;
						return x >= legend.left && x <= legend.right && y >= legend.top && y <= legend.bottom;
					});
				return {
					open: (document.querySelector('[data-testid=legend]') as HTMLDetailsElement).open,
					covered: covered.length
				};
			});
			expect(result.open).toBe(false);
			expect(result.covered).toBe(0);
			await p.screenshot({ path: `test-results/map-glance-first-view-${viewport.width}.png` });
			await p.close();
		}
	});
});

/**
 * Map benchmark: N SYNTHETIC projects (10,000 and 100,000) on the /bench page, and the same
 * points on a plain MapLibre page (/bench/plain: one circle layer, `setFilter`), in headless
 * Chromium at 1280×800, pixel ratio 1. Reports
 * - first render: navigation start → the first map `idle` once the project layers exist, i.e.
 *   the basemap and the projects (city circles on dense maps far out) are drawn;
 * - filter change → painted frame: the filters are set through the page's own path
 *   (`__parkmap.setFilters`, what the controls call), then the map's next `render` followed by
 *   `idle`, then one animation frame (the frame is on screen). A change that leaves the map as it
 *   was (no `render` within two animation frames) counts until the page's next frame.
 *   p50/p95 over a cycle of sector, week, amount, section and search changes;
 * - the same zoomed in: zoom 6 over the Yangtze delta and zoom 8 over Shanghai, each with the
 *   time from the jump there to the map's `idle` (the first one loads a dense map's projects),
 *   filter changes and pans (120 px back and forth → painted frame);
 * plus the first page's own JS, gzipped (the chunks the page loads up front, maplibre-gl
 * excluded: it is imported dynamically).
 *
 *   npm run build && npx tsx bench/map.ts [--n 10000,100000] [--changes 32] [--query layer=regions]
 *
 * `--query` adds URL parameters to ParkMap's page (layer=regions: the same in the region view).
 *
 * Prints a JSON object, then a short table. Needs the build; starts it itself on a free port.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { startApp } from '../tests/e2e/app';
import { launchBrowser } from '../tests/e2e/browser';

function arg(name: string, fallback: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const SIZES = arg('n', '10000,100000').split(',').map(Number);
const CHANGES = Math.max(30, Number(arg('changes', '32')));
const QUERY = arg('query', '');

const quantile = (values: number[], q: number) => {
	const s = [...values].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const round = (n: number) => Math.round(n * 10) / 10;

/** A cycle of realistic filter changes, each different from the one before. */
const FILTER_CYCLE = [
	{ sectors: ['新材料'] },
	{ sectors: ['新材料', '生物医药'] },
	{ sectors: [], weekFrom: '2023-09-18', weekTo: '2023-10-16' },
	{ weekFrom: null, weekTo: null, amountMin: 50 },
	{ amountMin: 10, amountMax: 200 },
	{ amountMin: null, amountMax: null, sections: ['investment'] },
	{ sections: [], query: '项目 12' },
	{ query: '' }
];

/** The zoomed-in views: centre and zoom. */
const VIEWS = [
	{ name: 'yangtze-delta-z6', center: [120.3, 31.7] as [number, number], zoom: 6 },
	{ name: 'shanghai-z8', center: [121.47, 31.23] as [number, number], zoom: 8 }
];

function stats(values: number[]) {
	return {
		p50: round(quantile(values, 0.5)),
		p95: round(quantile(values, 0.95)),
		max: round(Math.max(...values)),
		runs: values.length
	};
}

/**
 * Runs `change` in the page (a filter change or a pan) and times it to the painted frame: the
 * map's next `render`, then `idle`, then one animation frame; a change that leaves the map as it
 * was (no `render` within two animation frames) counts until the page's next frame.
 */
async function timeChange(page: Page, change: { filters?: unknown; panX?: number }): Promise<number> {
	return page.evaluate(async (change) => {
		type Hook = { map: import('maplibre-gl').Map; setFilters(f: unknown): void };
		const hook = (window as unknown as { __parkmap: Hook }).__parkmap;
		const t0 = performance.now();
		const painted = new Promise<number>((resolve) => {
			let rendered = false;
			hook.map.once('render', () => {
				rendered = true;
				hook.map.once('idle', () => requestAnimationFrame(() => resolve(performance.now())));
			});
			requestAnimationFrame(() =>
				requestAnimationFrame(() => {
					if (!rendered) resolve(performance.now());
				})
			);
		});
		if (change.filters) hook.setFilters(change.filters);
		if (change.panX) hook.map.panBy([change.panX, 0], { duration: 0 });
		return (await painted) - t0;
	}, change);
}

async function filterChanges(page: Page): Promise<number[]> {
	const out: number[] = [];
	for (let k = 0; k < CHANGES; k++)
		out.push(await timeChange(page, { filters: FILTER_CYCLE[k % FILTER_CYCLE.length] }));
	return out;
}

/** Jumps to a view (time to `idle`), then its filter changes and pans. */
async function zoomedIn(page: Page, view: (typeof VIEWS)[number]) {
	const firstIdleMs = await page.evaluate(
		async ([center, zoom]) => {
			const { map } = (window as unknown as { __parkmap: { map: import('maplibre-gl').Map } }).__parkmap;
			const t0 = performance.now();
			map.jumpTo({ center, zoom });
			await new Promise((r) => map.once('idle', r));
			return performance.now() - t0;
		},
		[view.center, view.zoom] as const
	);
	const filters = await filterChanges(page);
	const pans: number[] = [];
	for (let k = 0; k < CHANGES; k++) pans.push(await timeChange(page, { panX: k % 2 === 0 ? 120 : -120 }));
	return {
		view: view.name,
		firstIdleMs: round(firstIdleMs),
		filterChangeMs: stats(filters),
		panMs: stats(pans)
	};
}

/**
 * The pages compared: ParkMap's explorer (with `--query` added), and a plain MapLibre page drawing
 * the same points.
 */
const PAGES = [
	{ name: 'parkmap', path: '/bench', query: QUERY },
	{ name: 'plain maplibre', path: '/bench/plain', query: '' }
] as const;

async function measure(page: Page, baseUrl: string, n: number, target: (typeof PAGES)[number]) {
	// The data endpoint builds and compresses a body once (in the encoding a browser asks for) and
	// serves it from memory after, as the map data endpoint does for stored items: the timed load
	// is a served one, not the first build.
	await fetch(`${baseUrl}/bench/data?n=${n}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } }).then(
		(r) => r.arrayBuffer()
	);
	await page.goto(`${baseUrl}${target.path}?n=${n}${target.query ? `&${target.query}` : ''}`);
	const firstRender = await page.evaluate(async () => {
		type Hook = { map: import('maplibre-gl').Map | null };
		const w = window as unknown as { __parkmap?: Hook };
		// MapView marks the first `idle` after the basemap and the project layers have loaded
		// (FIRST_FRAME_MARK in src/lib/map/style.ts).
		let mark: PerformanceEntry | undefined;
		while (!(mark = performance.getEntriesByName('parkmap:first-frame')[0]))
			await new Promise((r) => setTimeout(r, 10));
		if (!w.__parkmap?.map?.getLayer('projects')) throw new Error('No project layer at the first frame.');
		return mark.startTime;
	});
	const changes = await filterChanges(page);
	const zoomed = [];
	for (const view of VIEWS) zoomed.push(await zoomedIn(page, view));
	const shown = await page.evaluate(
		() => (window as unknown as { __parkmap: { shown: number } }).__parkmap.shown
	);
	const pixelRatio = await page.evaluate(() => devicePixelRatio);
	return {
		n,
		page: target.name,
		firstRenderMs: round(firstRender),
		filterChangeMs: stats(changes),
		zoomed,
		shownAfterLastChange: shown,
		pixelRatio
	};
}

/**
 * Gzipped size of the JS the first page loads up front: the page's entry scripts and
 * modulepreloads plus everything they import statically, and the `/` route's node chunks
 * (SvelteKit imports those at start). Dynamic imports (maplibre-gl and its worker) are left out.
 */
async function firstPageJs(baseUrl: string) {
	const html = await (await fetch(`${baseUrl}/`)).text();
	const queue: string[] = [];
	for (const m of html.matchAll(/["'](\.{0,2}\/?_app\/immutable\/[^"']+\.js)["']/g))
		queue.push(new URL(m[1], `${baseUrl}/`).href);
	const seen = new Map<string, number>();
	while (queue.length > 0) {
		const url = queue.pop()!;
		if (seen.has(url) || /maplibre/i.test(url)) continue;
		const body = Buffer.from(await (await fetch(url)).arrayBuffer());
		seen.set(url, gzipSync(body, { level: 9 }).length);
		const text = body.toString('utf8');
		// Static imports only: `import … from "./x.js"` and `import "./x.js"`, not `import("./x.js")`.
		for (const m of text.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g))
			queue.push(new URL(m[1], url).href);
		// The app chunk names route nodes in `() => import("../nodes/N.js")`: include those of "/" (0: layout, 2: page).
		for (const m of text.matchAll(/import\(["']([^"']*nodes\/[02]\.[^"']*\.js)["']\)/g))
			queue.push(new URL(m[1], url).href);
	}
	const total = [...seen.values()].reduce((a, b) => a + b, 0);
	return { totalGzipBytes: total, totalGzipKB: round(total / 1024), chunks: seen.size };
}

async function main() {
	const dir = mkdtempSync(join(tmpdir(), 'parkmap-bench-'));
	const app = await startApp(join(dir, 'parkmap.sqlite'));
	const browser = await launchBrowser();
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		const results = [];
		for (const n of SIZES)
			for (const target of PAGES) results.push(await measure(page, app.baseUrl, n, target));
		const js = await firstPageJs(app.baseUrl);
		const version = JSON.parse(readFileSync('node_modules/maplibre-gl/package.json', 'utf8')).version;
		const report = {
			benchmark: 'map',
			maplibre: version,
			browser: browser.version(),
			viewport: '1280x800',
			results,
			firstPageJs: js
		};
		console.log(JSON.stringify(report, null, 2));
		console.log(
			'\nfirst render: navigation start → first map idle with the project layers; filter→frame: setFilters → map render → idle → next animation frame'
		);
		console.log('\n| projects | page | first render ms | filter→frame p50 ms | p95 ms | max ms |');
		console.log('| ---: | --- | ---: | ---: | ---: | ---: |');
		for (const r of results) {
			console.log(
				`| ${r.n.toLocaleString('en')} | ${r.page} | ${r.firstRenderMs} | ${r.filterChangeMs.p50} | ${r.filterChangeMs.p95} | ${r.filterChangeMs.max} |`
			);
		}
		console.log(
			'\n| projects | page | view | first idle ms | filter→frame p50 | p95 | pan→frame p50 | p95 |'
		);
		console.log('| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |');
		for (const r of results)
			for (const z of r.zoomed)
				console.log(
					`| ${r.n.toLocaleString('en')} | ${r.page} | ${z.view} | ${z.firstIdleMs} | ${z.filterChangeMs.p50} | ${z.filterChangeMs.p95} | ${z.panMs.p50} | ${z.panMs.p95} |`
				);
		console.log(`\nfirst page JS (without maplibre-gl): ${js.totalGzipKB} KB gzip in ${js.chunks} chunks`);
	} finally {
		await browser.close();
		app.stop();
		rmSync(dir, { recursive: true, force: true });
	}
}

await main();

import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { applyFilters, filtersFromParams } from '../../src/lib/filters';
import { Store, type StoredItem } from '../../src/lib/server/store';
import { launchBrowser } from './browser';
import { inspectPng, pageExport, pdfPages, pdfText, runCli } from './export-helpers';

const baseUrl = inject('baseUrl');
const dbPath = inject('dbPath');
const work = mkdtempSync(join(tmpdir(), 'parkmap-export-e2e-'));
let browser: Browser;
let page: Page;
let items: StoredItem[];

beforeAll(async () => {
	const store = new Store(dbPath);
	items = store.items();
	store.close();
	browser = await launchBrowser();
	const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 } });
	page = await context.newPage();
});

afterAll(async () => {
	await browser?.close();
});

/** The first column (编号 / ID / id, whatever the headings' language) of every data row. */
function csvIds(bytes: Uint8Array): string[] {
	const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
	return Papa.parse<string[]>(text, { skipEmptyLines: true })
		.data.slice(1)
		.map((r) => r[0]);
}

/** Filters that keep some but not all projects: the most common sector of the seed week. */
function someFilter(): URLSearchParams {
	const week = items[0].week;
	const counts = new Map<string, number>();
	for (const i of items)
		if (i.week === week) for (const s of i.sectors) counts.set(s, (counts.get(s) ?? 0) + 1);
	const sector = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
	return new URLSearchParams({ week, sector });
}

describe('PNG snapshot', () => {
	it('1080p: requested size, not blank, title and legend drawn', async () => {
		const params = someFilter();
		params.set('export', 'png');
		params.set('size', '1080p');
		params.set('title', '测试标题 E2E');
		const { bytes, name } = await pageExport(page, `${baseUrl}/?${params}`);
		expect(name).toMatch(/^parkmap_\d{4}-W\d{2}_.+\.png$/);
		const info = await inspectPng(page, bytes, {
			all: (w, h) => [0, 0, w, h],
			// Title: top-left of the header band.
			title: () => [0, 0, 640, 80],
			// Legend: lower-left corner of the map, above the footer.
			legend: (w, h) => [8, h * 0.45, 220, h * 0.4],
			// Footer with the attribution: the bottom strip.
			footer: (w, h) => [0, h - 40, w, 40]
		});
		expect(info.width).toBe(1920);
		expect(info.height).toBe(1080);
		expect(info.regions.all.colours).toBeGreaterThan(50);
		expect(info.regions.title.dark).toBeGreaterThan(500);
		expect(info.regions.legend.dark).toBeGreaterThan(200);
		// The legend lists only the colours in use: under one sector, a swatch or a few (~110 px each).
		expect(info.regions.legend.coloured).toBeGreaterThan(60);
		expect(info.regions.footer.dark).toBeGreaterThan(300);
	});

	it('A4 at 300 dpi is 3508 × 2480', async () => {
		const { bytes } = await pageExport(page, `${baseUrl}/?export=png&size=a4`);
		const info = await inspectPng(page, bytes, { map: (w, h) => [w * 0.25, h * 0.2, w * 0.5, h * 0.6] });
		expect([info.width, info.height]).toEqual([3508, 2480]);
		// The map itself was drawn: basemap and circles give many colours.
		expect(info.regions.map.colours).toBeGreaterThan(30);
	});
});

describe('PDF', () => {
	it('renders: page 1 the map, then the table listing every filtered project', async () => {
		const params = someFilter();
		const expected = applyFilters(items, filtersFromParams(params)).map((i) => i.id);
		params.set('export', 'pdf');
		const { bytes, name } = await pageExport(page, `${baseUrl}/?${params}`);
		expect(name.endsWith('.pdf')).toBe(true);
		const file = join(work, 'export.pdf');
		writeFileSync(file, bytes);
		const pages = pdfPages(file);
		expect(pages.length).toBeGreaterThanOrEqual(2);
		for (const p of pages) {
			// A4 landscape.
			expect(p.width / p.height).toBeCloseTo(297 / 210, 1);
			// Not blank: text, lines and circles.
			const drawn = p.pixels.filter((v) => v < 200).length;
			expect(drawn / p.pixels.length).toBeGreaterThan(0.003);
		}
		// Each table row carries its project id as text: the table lists exactly the filtered projects.
		const text = pdfText(file);
		const ids = [...new Set(text.match(/\b[0-9a-f]{16}\b/g) ?? [])];
		expect(ids.sort()).toEqual([...expected].sort());
		// The table's Chinese text is selectable text too (an invisible layer over the page images).
		const squeeze = (t: string) => t.replace(/\s+/g, '');
		const extracted = squeeze(text);
		for (const item of items.filter((i) => expected.includes(i.id)))
			expect(extracted).toContain(squeeze(item.title).slice(0, 8));
	});
});

describe('command line', () => {
	it('CSV from the CLI holds the same projects as the page under the same URL filters', async () => {
		const params = someFilter();
		const cli = await runCli(
			['export', '--format', 'csv', '--week', params.get('week')!, '--sector', params.get('sector')!],
			{
				PARKMAP_DB: dbPath
			}
		);
		expect(cli.code, cli.stderr).toBe(0);
		params.set('export', 'csv');
		const fromPage = await pageExport(page, `${baseUrl}/?${params}`);
		const cliIds = csvIds(cli.stdout);
		expect(cliIds.length).toBeGreaterThan(0);
		expect(cliIds.length).toBeLessThan(items.length);
		expect(csvIds(fromPage.bytes)).toEqual(cliIds);
		// The page's own count agrees: it counts projects, events apart.
		const shown = Number((await page.getByTestId('shown-count').textContent())!.replace(/[^\d]/g, ''));
		const events = new Set(items.filter((i) => i.kind === 'event').map((i) => i.id));
		expect(shown).toBe(cliIds.filter((id) => !events.has(id)).length);
	});

	it('PNG from the CLI (headless Chromium against the build)', async () => {
		expect(existsSync('build/index.js')).toBe(true);
		const out = join(work, 'cli.png');
		const cli = await runCli(
			['export', '--format', 'png', '--size', '1080p', '--out', out, '--sector', '新材料'],
			{
				PARKMAP_DB: dbPath
			}
		);
		expect(cli.code, cli.stderr).toBe(0);
		const info = await inspectPng(page, new Uint8Array((await import('node:fs')).readFileSync(out)), {
			all: (w, h) => [0, 0, w, h]
		});
		expect([info.width, info.height]).toEqual([1920, 1080]);
		expect(info.regions.all.colours).toBeGreaterThan(50);
	});

	it('SVG of the region view from the CLI with --layer regions', async () => {
		const svg = async (layer: string) => {
			const cli = await runCli(['export', '--format', 'svg', '--size', '1080p', '--layer', layer], {
				PARKMAP_DB: dbPath
			});
			expect(cli.code, cli.stderr).toBe(0);
			return cli.stdout.toString('utf8');
		};
		const regions = await svg('regions');
		expect(regions).toContain('各省投资额（亿元）');
		expect(regions).not.toContain('圆面积');
		const points = await svg('points');
		expect(points).not.toContain('各省投资额（亿元）');
		expect(points).toContain('圆面积');
	});

	it('a bad option fails with a message', async () => {
		const cli = await runCli(['export', '--format', 'png', '--size', 'huge'], { PARKMAP_DB: dbPath });
		expect(cli.code).toBe(2);
		expect(cli.stderr).toMatch(/size/);
	});
});

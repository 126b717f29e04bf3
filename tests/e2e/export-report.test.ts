/**
 * Report-ready exports and the explorer's honest panels, looked at as the user gets them: the
 * downloaded files' names, text and pixels, and the page in both languages at desktop and phone
 * sizes (screenshots under test-results/).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { applyFilters, filtersFromParams } from '../../src/lib/filters';
import { Store, type StoredItem } from '../../src/lib/server/store';
import { launchBrowser } from './browser';
import type { Report } from '../../src/lib/report/types';
import { startApp, type RunningApp } from './app';
import { inspectPng, pageExport, pdfPages, pdfText } from './export-helpers';

const baseUrl = inject('baseUrl');
const dbPath = inject('dbPath');
const work = mkdtempSync(join(tmpdir(), 'parkmap-report-e2e-'));
let browser: Browser;
let page: Page;
let items: StoredItem[];
let week: string;

beforeAll(async () => {
	const store = new Store(dbPath);
	items = store.items();
	store.close();
	week = items[0].week;
	mkdirSync('test-results', { recursive: true });
	browser = await launchBrowser();
	const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 } });
	page = await context.newPage();
});

afterAll(async () => {
	await browser?.close();
});

/** Waits until the map has replaced its loading note (for screenshots that show it). */
async function mapDrawn(p: Page): Promise<void> {
	await p.locator('canvas.maplibregl-canvas').waitFor();
	await p.getByText('正在加载地图…').waitFor({ state: 'detached', timeout: 60_000 });
}

function csvRows(bytes: Uint8Array): string[][] {
	const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
	return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

describe("spreadsheets in the reader's language", () => {
	it('CSV: Chinese headings and section names by default, English in English mode', async () => {
		const zh = await pageExport(page, `${baseUrl}/?week=${week}&export=csv`);
		const [head, ...rows] = csvRows(zh.bytes);
		expect(head.slice(0, 6)).toEqual(['编号', '周', '栏目', '标题', '日期', '投资额（亿元）']);
		expect(new Set(rows.map((r) => r[2]))).toContain('招商引资');
		// Amounts are plain numbers (the unit is in the heading).
		for (const r of rows) if (r[5] !== '') expect(Number.isFinite(Number(r[5]))).toBe(true);
		const en = await pageExport(page, `${baseUrl}/?week=${week}&export=csv&lang=en`);
		const [enHead, ...enRows] = csvRows(en.bytes);
		expect(enHead.slice(0, 4)).toEqual(['ID', 'Week', 'Section', 'Title']);
		expect(new Set(enRows.map((r) => r[2]))).toContain('Investment');
		expect(enRows.map((r) => r[0])).toEqual(rows.map((r) => r[0]));
	});

	it('XLSX: headings and sheet names in the language, amounts as numbers', async () => {
		const { bytes } = await pageExport(page, `${baseUrl}/?week=${week}&export=xlsx&lang=en`);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(
			bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
		);
		const sheet = workbook.getWorksheet('Projects')!;
		const head = (sheet.getRow(1).values as unknown[]).slice(1);
		expect(head).toContain('Investment (亿元 = 100 M CNY)');
		const col = head.indexOf('Investment (亿元 = 100 M CNY)') + 1;
		const amounts = [];
		for (let r = 2; r <= sheet.rowCount; r++) amounts.push(sheet.getRow(r).getCell(col).value);
		expect(amounts.some((a) => typeof a === 'number')).toBe(true);
		expect(amounts.every((a) => a === null || typeof a === 'number')).toBe(true);
		expect(workbook.getWorksheet('About')).toBeDefined();
	});
});

describe('report-ready snapshots', () => {
	it('file names carry the size; the fixed sizes frame the projects across the picture', async () => {
		const png = await pageExport(page, `${baseUrl}/?week=${week}&export=png&size=1080p`);
		expect(png.name).toMatch(/_1920x1080\.png$/);
		writeFileSync('test-results/snapshot-1080p.png', png.bytes);
		// The map band: below the header, above the footer.
		const band = { top: 90, bottom: 70 };
		const info = await inspectPng(page, png.bytes, {
			map: (w, h) => [0, band.top, w, h - band.top - band.bottom]
		});
		const map = info.regions.map;
		// Framed to the data, the circles span most of the picture's height or width (China alone
		// used 40–45 % of the width with the rest empty).
		const across = (map.colouredMaxX - map.colouredMinX) / info.width;
		const down = (map.colouredMaxY - map.colouredMinY) / (info.height - band.top - band.bottom);
		expect(Math.max(across, down)).toBeGreaterThan(0.7);
	});

	it('SVG: the same composition with its words as text, the map as an embedded picture', async () => {
		const params = new URLSearchParams({ week, export: 'svg', size: '1080p', title: 'SVG 测试 & 标题' });
		const { bytes, name } = await pageExport(page, `${baseUrl}/?${params}`);
		expect(name).toMatch(/_1920x1080\.svg$/);
		const svg = new TextDecoder().decode(bytes);
		writeFileSync('test-results/snapshot-1080p.svg', svg);
		expect(svg).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1920" height="1080"/);
		const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
		expect(texts).toContain('SVG 测试 &amp; 标题');
		expect(texts.some((t) => /个项目/.test(t))).toBe(true);
		const image = /<image href="data:image\/png;base64,([^"]+)"/.exec(svg);
		expect(image).not.toBeNull();
		// The embedded map is a real picture of the map, not an empty canvas.
		const map = await inspectPng(page, Buffer.from(image![1], 'base64'), { all: (w, h) => [0, 0, w, h] });
		expect(map.regions.all.colours).toBeGreaterThan(30);
		// The browser renders the SVG file itself.
		const rendered = await page.evaluate(async (text) => {
			const img = new Image();
			img.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
			await img.decode();
			return [img.naturalWidth, img.naturalHeight];
		}, svg);
		expect(rendered).toEqual([1920, 1080]);
	});

	it('A4 is named as such', async () => {
		const a4 = await pageExport(page, `${baseUrl}/?week=${week}&sector=生物医药&export=png&size=a4`);
		expect(a4.name).toMatch(/_A4\.png$/);
		writeFileSync('test-results/snapshot-a4.png', a4.bytes);
	});

	it('PDF: table pages numbered after the map page; sector names whole', async () => {
		const params = new URLSearchParams({ week });
		const expected = applyFilters(items, filtersFromParams(params));
		params.set('export', 'pdf');
		const { bytes } = await pageExport(page, `${baseUrl}/?${params}`);
		const file = join(work, 'report.pdf');
		writeFileSync(file, bytes);
		const count = pdfPages(file).length;
		expect(count).toBeGreaterThanOrEqual(3);
		const text = pdfText(file);
		const numbers = [...text.matchAll(/第 (\d+) \/ (\d+) 页/g)].map((m) => [Number(m[1]), Number(m[2])]);
		expect(numbers).toEqual(Array.from({ length: count - 1 }, (_, i) => [i + 2, count]));
		const squeezed = text.replace(/\s+/g, '');
		for (const item of expected) for (const sector of item.sectors) expect(squeezed).toContain(sector);
	});
});

describe('explorer panels', () => {
	it('with only 政策法规, totals and charts agree with the map instead of saying there is nothing', async () => {
		const policy = applyFilters(items, filtersFromParams(new URLSearchParams({ week, section: 'policy' })));
		expect(policy.length).toBeGreaterThan(0);
		await page.goto(`${baseUrl}/?week=${week}&section=policy`);
		await page.getByTestId('shown-count').waitFor();
		await expect.poll(() => page.getByTestId('shown-count').textContent()).toBe(String(policy.length));
		const total = (await page.getByTestId('shown-total').textContent())!;
		if (policy.every((i) => i.amountYi === null)) {
			expect(total).toBe('金额未知');
			expect(await page.locator('.summary-box').textContent()).toContain(
				`筛选出的 ${policy.length} 项都没有投资额`
			);
		}
		expect(await page.locator('.summary-box').textContent()).not.toContain('当前筛选下没有项目');
		// No city reads 「0 亿元」.
		expect(await page.getByTestId('city-list').textContent()).not.toMatch(/(^|[^\d.])0 亿元/);
	});

	it('the city list fills the panel; 显示更多 brings the new rows into view; every sector is listed', async () => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(`${baseUrl}/`);
		const list = page.getByTestId('city-list');
		await list.waitFor();
		const panel = page.locator('.panel-area');
		const panelBox = (await panel.boundingBox())!;
		const rows = list.locator('li');
		const shown = await rows.count();
		await mapDrawn(page);
		await page.screenshot({ path: 'test-results/explorer-1440x900.png' });
		// The list is not a box of its own: its rows run on to the panel's bottom edge and beyond,
		// and the panel scrolls.
		expect(await list.evaluate((ul) => ul.scrollHeight - ul.clientHeight)).toBeLessThanOrEqual(1);
		const last = (await rows.nth(shown - 1).boundingBox())!;
		expect(last.y + last.height).toBeGreaterThan(panelBox.y + panelBox.height);
		const cities = Number((await page.locator('.panel h2 .n').first().textContent())!.replace(/\D/g, ''));
		if (cities > shown) {
			await page.getByTestId('more-cities').click();
			await expect.poll(() => rows.count()).toBeGreaterThan(shown);
			const top = await page.evaluate(
				() => document.activeElement?.closest('li')?.getBoundingClientRect().top ?? -1
			);
			expect(top).toBeGreaterThanOrEqual(panelBox.y);
			expect(top).toBeLessThan(panelBox.y + panelBox.height);
		} else {
			// Every city is listed at once.
			expect(shown).toBe(cities);
			expect(await page.getByTestId('more-cities').count()).toBe(0);
		}
		// The sector list is not a box within a box.
		const sectors = page.locator('.sectors ul');
		expect(await sectors.evaluate((ul) => ul.scrollHeight - ul.clientHeight)).toBeLessThanOrEqual(1);
		await page.setViewportSize({ width: 1280, height: 800 });
	});

	it('English mode reaches the export panel and the header', async () => {
		await page.goto(`${baseUrl}/?lang=en`);
		await page.getByTestId('export-open').click();
		expect(await page.getByTestId('export-open').textContent()).toBe('Export');
		const panel = (await page.locator('.export').textContent())!;
		expect(panel).toContain('Title');
		expect(panel).toContain('Image size');
		expect(panel).not.toMatch(/[导标图]/);
		expect(await page.getByTestId('export-title').inputValue()).toMatch(/^ParkMap/);
		expect(await page.getByTestId('totals').textContent()).not.toMatch(/[个项亿](?!元)/);
	});

	it('reads on a phone', async () => {
		const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
		await phone.goto(`${baseUrl}/?week=${week}`);
		await phone.getByTestId('shown-count').waitFor();
		expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await mapDrawn(phone);
		await phone.screenshot({ path: 'test-results/explorer-390x844.png' });
		await phone.close();
	});
});

describe('a long city list', () => {
	let dir: string;
	let app: RunningApp;

	/** A SYNTHETIC week with one project in each of 60 cities, so the list grows past its first rows. */
	function manyCities(): Report {
		const provinces = [
			'13',
			'14',
			'21',
			'22',
			'23',
			'32',
			'33',
			'34',
			'35',
			'36',
			'37',
			'41',
			'42',
			'43',
			'44'
		];
		const items = Array.from({ length: 60 }, (_, k) => {
			const adcode = `${provinces[k % 15]}${String(1 + Math.floor(k / 15)).padStart(2, '0')}00`;
			return {
				id: `SYNTHETIC-city-${k}`,
				section: 'investment' as const,
				title: `SYNTHETIC 项目 ${k}`,
				date: '2024-01-02',
				amountYi: 60 - k,
				amountText: `${60 - k} 亿元`,
				sectors: ['新材料'],
				source: null,
				location: {
					province: `测试省${provinces[k % 15]}`,
					city: `测试市${k}`,
					county: null,
					zone: null,
					adcode,
					level: 'city' as const,
					lon: 105 + (k % 15),
					lat: 25 + Math.floor(k / 15) * 3
				},
				caption: null,
				body: 'SYNTHETIC',
				kind: 'project' as const,
				projectCount: null
			};
		});
		const report = {
			id: 'SYNTHETIC-many-cities',
			week: '2024-01-01',
			isoWeek: '2024-W01',
			year: 2024,
			weekSource: 'option' as const,
			title: 'SYNTHETIC 多城市周报',
			itemCount: items.length,
			warnings: []
		};
		return { report, items };
	}

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'parkmap-cities-'));
		app = await startApp(join(dir, 'cities.sqlite'));
		const store = new Store(join(dir, 'cities.sqlite'));
		store.ingest(manyCities(), 'synthetic');
		store.close();
	});
	afterAll(() => {
		app?.stop();
		rmSync(dir, { recursive: true, force: true });
	});

	it('显示更多 adds rows in view, focused, and the panel scrolls to them', async () => {
		const wide = await browser.newPage({ viewport: { width: 1440, height: 900 } });
		await wide.goto(`${app.baseUrl}/?week=2024-01-01`);
		const rows = wide.getByTestId('city-list').locator('li');
		await rows.first().waitFor();
		const shown = await rows.count();
		expect(shown).toBeLessThan(60);
		const panel = (await wide.locator('.panel-area').boundingBox())!;
		const more = wide.getByTestId('more-cities');
		await more.click();
		await expect.poll(() => rows.count()).toBeGreaterThan(shown);
		const focused = await wide.evaluate(() => {
			const li = document.activeElement?.closest('li');
			return li
				? { index: [...li.parentElement!.children].indexOf(li), top: li.getBoundingClientRect().top }
				: null;
		});
		expect(focused?.index).toBe(shown);
		expect(focused!.top).toBeGreaterThanOrEqual(panel.y);
		expect(focused!.top).toBeLessThan(panel.y + panel.height);
		await wide.screenshot({ path: 'test-results/explorer-more-cities-1440x900.png' });
		await wide.close();
	});
});

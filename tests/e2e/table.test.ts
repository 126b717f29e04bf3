/**
 * The project table and report upload, on an app of its own (a fresh database), so the reports
 * uploaded here do not change what the map tests see.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/lib/server/store';
import { pageWindow } from '../../src/lib/ui/table-view';
import { startApp, type RunningApp } from './app';
import { launchBrowser } from './browser';

const FIXTURES = join(process.cwd(), 'tests/fixtures/reports');

describe('project table and upload', () => {
	let dir: string;
	let app: RunningApp;
	let browser: Browser;
	let page: Page;
	/** What a first start stores: the seed weeks. */
	let seed: { reports: number; items: number; policy: number };

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'parkmap-table-'));
		app = await startApp(join(dir, 'table.sqlite'));
		const store = new Store(join(dir, 'table.sqlite'));
		const stored = store.items();
		seed = {
			reports: store.reports().length,
			items: stored.length,
			policy: stored.filter((i) => i.section === 'policy').length
		};
		store.close();
		browser = await launchBrowser();
		page = await browser.newPage();
	});
	afterAll(async () => {
		await browser?.close();
		app?.stop();
		rmSync(dir, { recursive: true, force: true });
	});

	const rowCount = () => page.locator('tbody tr').count();

	it('shows 25 rows a page by default, with links to the other pages', async () => {
		await page.goto(`${app.baseUrl}/table`);
		expect(await rowCount()).toBe(Math.min(25, seed.items));
		const pages = Math.ceil(seed.items / 25);
		expect(await page.getByTestId('pager').locator('a').count()).toBe(pageWindow(1, pages).length);
		const html = await (await fetch(`${app.baseUrl}/table`)).text();
		expect(Buffer.byteLength(html)).toBeLessThan(100_000);
	});

	it('lists the seed items and applies the URL filters', async () => {
		expect(seed.reports).toBe(2);
		expect(seed.policy).toBeGreaterThan(0);
		await page.goto(`${app.baseUrl}/table?size=500`);
		expect(await rowCount()).toBe(seed.items);
		await page.goto(`${app.baseUrl}/table?size=500&section=policy`);
		expect(await rowCount()).toBe(seed.policy);
		await page.goto(`${app.baseUrl}/table?size=500&min=100`);
		const amounts = await page.locator('tbody td.num').allTextContents();
		expect(amounts.length).toBeGreaterThan(0);
		for (const amount of amounts) expect(Number(amount.replace(/,/g, ''))).toBeGreaterThanOrEqual(100);
	});

	it('opens from the map under the map filters', async () => {
		await page.goto(`${app.baseUrl}/?section=policy`);
		await page.click('a.table-link');
		await page.waitForURL(/\/table\?/);
		expect(new URL(page.url()).searchParams.get('section')).toBe('policy');
		expect(await rowCount()).toBe(seed.policy);
	});

	/** Uploads a fixture report through the endpoint the reports page uses. */
	async function upload(name: string): Promise<Response> {
		const form = new FormData();
		form.set('file', new File([readFileSync(join(FIXTURES, name))], name));
		return fetch(`${app.baseUrl}/api/reports`, {
			method: 'POST',
			body: form,
			headers: { origin: app.baseUrl }
		});
	}

	it('links to the reports page, where uploads now live, instead of an upload form', async () => {
		await page.goto(`${app.baseUrl}/table`);
		expect(await page.locator('input[type=file]').count()).toBe(0);
		expect(await page.getByTestId('reports-link').getAttribute('href')).toMatch(/\/reports$/);
		await page.goto(`${app.baseUrl}/table?lang=en`);
		expect(await page.getByTestId('reports-link').textContent()).toBe('Upload and manage reports');
	});

	it('refuses a broken upload with a message and keeps what is stored', async () => {
		for (const name of ['truncated.pdf', 'no-items.txt']) {
			const res = await upload(name);
			expect(res.status).toBeGreaterThanOrEqual(400);
			expect((await res.json()).message.length).toBeGreaterThan(10);
		}
		await page.goto(`${app.baseUrl}/table?size=500`);
		expect(await rowCount()).toBe(seed.items);
	});

	it('ingests an uploaded PDF report once', async () => {
		expect((await upload('two-column.pdf')).status).toBe(201);
		const store = new Store(join(dir, 'table.sqlite'));
		const reports = store.reports().length;
		const items = store.items().length;
		store.close();
		expect(reports).toBe(seed.reports + 1);
		expect(items).toBeGreaterThan(seed.items);
		const again = await upload('two-column.pdf');
		expect(again.status).toBe(200);
		expect((await again.json()).added).toBe(false);
		await page.goto(`${app.baseUrl}/table?size=500`);
		expect(await rowCount()).toBe(items);
	});

	it('answers the upload endpoint with a clear error for an empty file', async () => {
		const form = new FormData();
		form.set('file', new File([''], 'empty.txt', { type: 'text/plain' }));
		const post = (referer: string) =>
			fetch(`${app.baseUrl}/api/reports`, {
				method: 'POST',
				body: form,
				headers: { origin: app.baseUrl, referer: `${app.baseUrl}${referer}` }
			});
		const res = await post('/reports?lang=en');
		expect(res.status).toBe(422);
		expect((await res.json()).message).toMatch(/empty/i);
		const zh = await post('/reports');
		expect(zh.status).toBe(422);
		expect((await zh.json()).message).toBe('文件是空的，未导入任何内容：请检查文件，或重新导出周报。');
	});

	it('corrects where a project lands by place name, and says when a place is unknown', async () => {
		await page.goto(`${app.baseUrl}/table`);
		const row = page.locator('tbody tr').first();
		const id = (await row.getAttribute('data-id'))!;
		const before = (await row.getByTestId('place').textContent())!;
		expect(before).not.toContain('南通');
		await row.locator('form[action="?/place"]').locator('xpath=ancestor::details[1]/summary').click();
		await row.locator('form[action="?/place"] input[name=place]').fill('火星基地');
		await row.locator('form[action="?/place"] button[type=submit]').click();
		await expect.poll(() => row.getByTestId('place-error').textContent()).toMatch(/火星基地/);
		expect(await row.getByTestId('place').textContent()).toBe(before);

		await row.locator('form[action="?/place"] input[name=place]').fill('南通高新区');
		await row.locator('form[action="?/place"] button[type=submit]').click();
		await expect.poll(() => row.getByTestId('place').textContent()).toContain('南通高新技术产业开发区');
		expect(await row.locator('.corrected').count()).toBe(1);
		const store = new Store(join(dir, 'table.sqlite'));
		expect(store.items().find((i) => i.id === id)).toMatchObject({
			location: { city: '南通市', level: 'zone' },
			corrected: ['location']
		});
		store.close();
	});

	it('sorts by a column heading, both ways, unknown amounts last', async () => {
		await page.goto(`${app.baseUrl}/table?size=500&week=2023-09-04`);
		await page.click('th a[data-sort=amount]');
		await page.waitForURL(/sort=amount/);
		const amounts = async () =>
			(await page.locator('tbody td.num').allTextContents()).map((t) => Number(t.replace(/,/g, '')));
		const down = await amounts();
		const known = down.filter((n) => Number.isFinite(n));
		expect(known.length).toBeGreaterThan(3);
		expect(known).toEqual([...known].sort((a, b) => b - a));
		// Unknown amounts say so, after every known one.
		const firstUnknown = down.findIndex((n) => !Number.isFinite(n));
		if (firstUnknown >= 0) expect(down.slice(firstUnknown).every((n) => !Number.isFinite(n))).toBe(true);
		expect(await page.locator('th[aria-sort=descending]').count()).toBe(1);
		await page.click('th a[data-sort=amount]');
		await page.waitForURL(/dir=asc/);
		const up = (await amounts()).filter((n) => Number.isFinite(n));
		expect(up).toEqual([...known].sort((a, b) => a - b));
	});

	it('shows the active filters as chips that remove one filter each', async () => {
		await page.goto(`${app.baseUrl}/table?size=500&section=policy,news`);
		const both = await rowCount();
		const chips = page.getByTestId('filter-chips').locator('a.chip');
		expect(await chips.allTextContents()).toEqual(['政策法规 ×', '综合资讯 ×']);
		await chips.first().click();
		await page.waitForURL((url) => url.searchParams.get('section') === 'news');
		expect(await rowCount()).toBeLessThan(both);
		expect(await rowCount()).toBeGreaterThan(0);
		expect(await chips.allTextContents()).toEqual(['综合资讯 ×']);
	});

	it('keeps 招商引资 on one line and reads on a phone as cards', async () => {
		mkdirSync('test-results', { recursive: true });
		const wide = await browser.newPage({ viewport: { width: 1440, height: 900 } });
		await wide.goto(`${app.baseUrl}/table?week=2023-09-04&sort=amount`);
		const cell = wide.locator('tbody tr td:nth-child(2)', { hasText: '招商引资' }).first();
		// One line of text: the cell's text lays out as a single line box.
		const lines = await cell.evaluate((el) => {
			const range = document.createRange();
			range.selectNodeContents(el);
			return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
		});
		expect(lines).toBe(1);
		await wide.screenshot({ path: 'test-results/table-1440x900.png' });
		await wide.close();

		const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
		await phone.goto(`${app.baseUrl}/table?week=2023-09-04&sort=amount`);
		// No sideways scrolling; each row is a card as wide as the screen with its cells stacked.
		expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		const row = phone.locator('tbody tr').first();
		expect(await row.evaluate((el) => getComputedStyle(el).display)).toBe('block');
		const cells = await row
			.locator('td')
			.evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().top));
		expect(cells).toEqual([...cells].sort((a, b) => a - b));
		expect(cells.at(-1)! - cells[0]).toBeGreaterThan(100);
		// Each cell names its column.
		expect(await row.locator('td.num').evaluate((td) => getComputedStyle(td, '::before').content)).toContain(
			'投资额'
		);
		// The column headings stay as sort buttons above the cards.
		const sortAmount = phone.locator('th a[data-sort=amount]');
		expect(await sortAmount.isVisible()).toBe(true);
		await sortAmount.click();
		await phone.waitForURL(/dir=asc/);
		await phone.screenshot({ path: 'test-results/table-390x844.png' });
		await phone.close();
	});

	it('speaks English in English mode, one language per message', async () => {
		await page.goto(`${app.baseUrl}/table?lang=en&section=investment`);
		expect(await page.locator('h1').textContent()).toBe('Project table');
		expect(await page.locator('th').allTextContents()).toContain('Title↕');
		expect(await page.getByTestId('filter-chips').textContent()).toContain('Investment');
		const row = page.locator('tbody tr').first();
		await row.locator('form[action="?/place"]').locator('xpath=ancestor::details[1]/summary').click();
		await row.locator('form[action="?/place"] input[name=place]').fill('火星基地');
		await row.locator('form[action="?/place"] button[type=submit]').click();
		await expect
			.poll(() => row.getByTestId('place-error').textContent())
			.toMatch(/gazetteer has no "火星基地"/);
		expect(await row.getByTestId('place-error').textContent()).not.toMatch(/地名库/);
	});
});

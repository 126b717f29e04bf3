/**
 * Reports in the browser: upload with progress → review → edit → publish → map; cancel; review a
 * stored week again and revert a correction; replace a week with a changed report; download the
 * original; delete a week; the same pages on a phone. On an app of its own (a fresh database).
 * Screenshots of each step go to test-results/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store, type StoredItem } from '../../src/lib/server/store';
import { startApp, type RunningApp } from './app';
import { launchBrowser, openMap } from './browser';

const FIXTURES = join(process.cwd(), 'tests/fixtures/reports');
const SHOTS = 'test-results';
const NEW_WEEK = '2024-09-09'; // interleaved-variations.txt
const SEED_WEEK = '2023-09-04';

describe('reports: upload, review, publish, replace, delete, revert', () => {
	let dir: string;
	let dbPath: string;
	let app: RunningApp;
	let browser: Browser;
	let page: Page;
	/** The weeks the app stores on first start (its embedded seed reports). */
	let seeded: string[];

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'parkmap-reports-'));
		dbPath = join(dir, 'reports.sqlite');
		app = await startApp(dbPath);
		browser = await launchBrowser();
		page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		seeded = stored((s) => s.reports().map((r) => r.week)).sort();
		mkdirSync(SHOTS, { recursive: true });
	});
	afterAll(async () => {
		await browser?.close();
		app?.stop();
		rmSync(dir, { recursive: true, force: true });
	});

	/** Reads the store the app writes (WAL: a fresh connection sees committed data). */
	function stored<T>(read: (store: Store) => T): T {
		const store = new Store(dbPath);
		try {
			return read(store);
		} finally {
			store.close();
		}
	}
	const itemsOfWeek = (week: string): StoredItem[] => stored((s) => s.items().filter((i) => i.week === week));
	const card = (title: string) => page.locator('article.card', { hasText: title });

	/** Uploads a fixture on the reports page, recording every stage the progress shows. */
	async function upload(p: Page, fixture: string): Promise<string[]> {
		await p.goto(`${app.baseUrl}/reports`, { waitUntil: 'networkidle' });
		await p.evaluate(() => {
			const seen: string[] = [];
			(window as unknown as { __stages: string[] }).__stages = seen;
			new MutationObserver(() => {
				const stage = document.querySelector('[data-testid=upload-progress]')?.getAttribute('data-stage');
				if (stage && seen.at(-1) !== stage) seen.push(stage);
			}).observe(document.body, { subtree: true, childList: true, attributes: true });
		});
		await p.setInputFiles('input[name=file]', join(FIXTURES, fixture));
		await p.getByTestId('upload').click();
		await p.getByTestId('review').waitFor();
		return p.evaluate(() => (window as unknown as { __stages: string[] }).__stages);
	}

	async function editCard(title: string, fill: (c: ReturnType<typeof card>) => Promise<void>) {
		const c = card(title);
		await c.getByRole('button', { name: '修改' }).click();
		await fill(c);
		await c.getByRole('button', { name: '完成' }).click();
		await expect.poll(() => c.getByTestId('edited').count()).toBe(1);
	}

	it('uploads with progress, reviews, edits two items and publishes; the map shows them', async () => {
		await page.goto(`${app.baseUrl}/reports`, { waitUntil: 'networkidle' });
		expect(seeded).toContain(SEED_WEEK);
		expect(await page.getByTestId('report-row').count()).toBe(seeded.length);
		await page.screenshot({ path: `${SHOTS}/reports-1-list.png`, fullPage: true });

		const stages = await upload(page, 'interleaved-variations.txt');
		expect(stages[0]).toBe('uploading');
		expect(stages.some((s) => ['reading', 'locating', 'checking'].includes(s))).toBe(true);
		expect(await page.locator('article.card').count()).toBe(6);
		// Under review, nothing is stored.
		expect(stored((s) => s.reports().map((r) => r.week)).sort()).toEqual(seeded);
		await page.screenshot({ path: `${SHOTS}/reports-2-review.png`, fullPage: true });

		await editCard('西安高新区', (c) => c.locator('input[name=amount]').fill('91.5'));
		await editCard('青岛港', async (c) => {
			await c.getByTestId('place-input').pressSequentially('南通高');
			const option = c
				.getByTestId('place-suggestions')
				.getByRole('button', { name: /南通高新技术产业开发区/ });
			await option.click();
			expect(await c.getByTestId('place-input').inputValue()).toBe('南通高新技术产业开发区');
		});
		await page.getByTestId('author').fill('王审核');
		await page.screenshot({ path: `${SHOTS}/reports-3-edited.png`, fullPage: true });
		await page.getByTestId('publish').click();
		await expect.poll(() => page.getByTestId('published').textContent()).toContain(NEW_WEEK);

		const items = itemsOfWeek(NEW_WEEK);
		expect(items).toHaveLength(6);
		const xian = items.find((i) => i.title.includes('西安高新区'))!;
		const qingdao = items.find((i) => i.title.includes('青岛港'))!;
		expect(xian).toMatchObject({ amountYi: 91.5, corrected: ['amountYi'] });
		expect(qingdao.location).toMatchObject({ zone: '南通高新技术产业开发区', city: '南通市' });
		const history = stored((s) => s.history(qingdao.id));
		// One step by the named reviewer; before it, the parsed place was in force.
		expect(history).toMatchObject([
			{ field: 'location', author: '王审核', value: { zone: '南通高新技术产业开发区' }, previous: undefined }
		]);
		await page.screenshot({ path: `${SHOTS}/reports-4-published.png`, fullPage: true });

		await openMap(page, app.baseUrl, `week=${NEW_WEEK}`);
		const drawn = await page.evaluate(() => {
			const map = (window as unknown as { __parkmap: { map: import('maplibre-gl').Map } }).__parkmap.map;
			return map
				.queryRenderedFeatures({ layers: ['projects', 'project-events'] })
				.map((f) => String(f.properties.id));
		});
		expect(drawn).toEqual(expect.arrayContaining([xian.id, qingdao.id]));
		await page.screenshot({ path: `${SHOTS}/reports-5-map.png` });
	});

	it('stores nothing when a review is cancelled or its tab is closed', async () => {
		await upload(page, 'dec-jan.txt');
		await page.getByTestId('cancel-review').click();
		await page.getByTestId('report-row').first().waitFor();
		expect(await page.getByTestId('report-row').count()).toBe(seeded.length + 1);
		const tab = await browser.newPage();
		await upload(tab, 'dec-jan.txt');
		await tab.close();
		expect(stored((s) => s.reports().map((r) => r.week)).sort()).toEqual([...seeded, NEW_WEEK].sort());
		await page.goto(`${app.baseUrl}/?week=2024-01-01`);
		expect(await page.getByTestId('shown-count').textContent()).toMatch(/^\D*0\D*$/);
	});

	it('reviews a stored week again, corrects an item and reverts one correction', async () => {
		await page.goto(`${app.baseUrl}/reports`, { waitUntil: 'networkidle' });
		await page.locator(`[data-week="${SEED_WEEK}"]`).getByTestId('open-review').click();
		await page.waitForURL(/\/reports\/[0-9a-f]+$/);
		await page.waitForLoadState('networkidle');
		const title = '上海展华电子（南通）二期项目开工';
		await editCard(title, async (c) => {
			await c.locator('input[name=amount]').fill('15');
			await c.getByTestId('place-input').fill('南通经济技术开发区');
		});
		await page.getByTestId('author').fill('李校正');
		await page.getByTestId('save').click();
		await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/2/);
		const before = itemsOfWeek(SEED_WEEK).find((i) => i.title === title)!;
		expect(before).toMatchObject({ amountYi: 15, location: { zone: '南通经济技术开发区' } });

		const history = card(title).locator('xpath=..').getByTestId('history');
		await history.locator('summary').click();
		await expect.poll(() => history.getByTestId('history-step').count()).toBe(2);
		await page.screenshot({ path: `${SHOTS}/reports-6-history.png`, fullPage: true });
		await history.locator('[data-field=amountYi]').getByTestId('revert').click();
		await expect.poll(() => history.getByTestId('history-step').count()).toBe(3);
		const after = itemsOfWeek(SEED_WEEK).find((i) => i.title === title)!;
		expect(after.amountYi).toBe(14.45);
		expect(after.corrected).toEqual(['location']);
		expect(stored((s) => s.history(after.id)).at(-1)).toMatchObject({
			field: 'amountYi',
			value: undefined,
			previous: 15,
			author: '李校正'
		});
		await page.screenshot({ path: `${SHOTS}/reports-7-reverted.png`, fullPage: true });

		// The table page shows the same history.
		await page.goto(`${app.baseUrl}/table?q=${encodeURIComponent(title)}`, { waitUntil: 'networkidle' });
		const row = page.locator(`tbody tr[data-id="${after.id}"]`);
		await row.locator('td.title > details > summary').click();
		await row.getByTestId('history').locator('summary').click();
		await expect.poll(() => row.getByTestId('history-step').count()).toBe(3);
		expect(await row.getByTestId('history').textContent()).toContain('李校正');
	});

	it('replaces a week with a changed report, showing the changes and carrying corrections over', async () => {
		await upload(page, 'seed-changed.txt');
		const counts = await page.getByTestId('diff-counts').textContent();
		expect(counts).toMatch(/新增\s*1.*删除\s*1.*变更\s*1/s);
		expect(await page.getByTestId('publish').isDisabled()).toBe(true);
		expect(await card('15 个科学城').getByTestId('change').textContent()).toBe('新增');
		expect(await card('上海展华电子').getByTestId('change').textContent()).toContain('amountYi');
		await page.screenshot({ path: `${SHOTS}/reports-8-replace.png`, fullPage: true });
		await page.getByTestId('confirm-replace').check();
		await page.getByTestId('publish').click();
		await expect.poll(() => page.getByTestId('published').textContent()).toContain(SEED_WEEK);

		const items = itemsOfWeek(SEED_WEEK);
		expect(stored((s) => s.reports().filter((r) => r.week === SEED_WEEK))).toHaveLength(1);
		expect(items).toHaveLength(47);
		expect(items.some((i) => i.title.includes('15 个科学城'))).toBe(true);
		expect(items.some((i) => i.title.includes('12 个科学城'))).toBe(false);
		const moved = items.find((i) => i.title === '上海展华电子（南通）二期项目开工')!;
		// The new report's amount; the place corrected before carried over with its history.
		expect(moved).toMatchObject({ amountYi: 16.8, location: { zone: '南通经济技术开发区' } });
		expect(stored((s) => s.history(moved.id)).map((h) => h.author)).toEqual(['李校正', '李校正', '李校正']);
		expect(itemsOfWeek(NEW_WEEK)).toHaveLength(6);
	});

	it('downloads the original file and deletes a week after confirmation', async () => {
		await page.goto(`${app.baseUrl}/reports`, { waitUntil: 'networkidle' });
		const row = page.locator(`[data-week="${NEW_WEEK}"]`);
		const href = (await row.getByTestId('download').getAttribute('href'))!;
		const text = await page.evaluate((url) => fetch(url).then((r) => r.text()), href);
		expect(text).toBe(readFileSync(join(FIXTURES, 'interleaved-variations.txt'), 'utf8'));

		const ids = itemsOfWeek(NEW_WEEK).map((i) => i.id);
		await row.getByTestId('delete').click();
		await page.screenshot({ path: `${SHOTS}/reports-9-delete.png`, fullPage: true });
		await row.getByTestId('confirm-delete').click();
		await expect.poll(() => page.locator(`[data-week="${NEW_WEEK}"]`).count()).toBe(0);
		expect(itemsOfWeek(NEW_WEEK)).toEqual([]);
		expect(stored((s) => ids.flatMap((id) => s.history(id)))).toEqual([]);
		expect(itemsOfWeek(SEED_WEEK)).toHaveLength(47);
		expect((await fetch(`${app.baseUrl}${href}`)).status).toBe(404);
	});

	it('answers requests it cannot act on with a clear error and stores nothing', async () => {
		const send = (path: string, body: unknown) =>
			fetch(`${app.baseUrl}${path}`, {
				method: 'POST',
				headers: {
					origin: app.baseUrl,
					referer: `${app.baseUrl}/reports?lang=en`,
					'content-type': 'application/json'
				},
				body: typeof body === 'string' ? body : JSON.stringify(body)
			});
		const before = stored((s) => s.items().length);
		const unknown = await send('/api/reports/drafts/no-such-draft/publish', {});
		expect(unknown.status).toBe(404);
		expect((await unknown.json()).message).toMatch(/Upload the report again/);
		expect((await send('/api/reports/drafts/x/publish', '{not json')).status).toBe(400);
		const badEdit = await send('/api/reports/drafts/x/publish', { edits: { a: { amountYi: -2 } } });
		expect(badEdit.status).toBe(400);
		expect((await badEdit.json()).message).toMatch(/amountYi/);
		expect((await send('/api/reports/corrections/999999/revert', {})).status).toBe(404);
		const places = await fetch(`${app.baseUrl}/api/places?q=${encodeURIComponent('南通高')}`);
		expect((await places.json())[0].name).toBe('南通高新技术产业开发区');
		expect(stored((s) => s.items().length)).toBe(before);
	});

	it('works on a phone (390×844): list, upload and review fit the screen', async () => {
		const phone = await browser.newPage({
			viewport: { width: 390, height: 844 },
			isMobile: true,
			hasTouch: true
		});
		const overflow = () => phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		await phone.goto(`${app.baseUrl}/reports`, { waitUntil: 'networkidle' });
		expect(await overflow()).toBeLessThanOrEqual(0);
		await phone.screenshot({ path: `${SHOTS}/reports-phone-list.png`, fullPage: true });
		await upload(phone, 'dec-jan.txt');
		expect(await overflow()).toBeLessThanOrEqual(0);
		await phone.screenshot({ path: `${SHOTS}/reports-phone-review.png`, fullPage: true });
		await phone.getByTestId('cancel-review').click();
		await phone.locator(`[data-week="${SEED_WEEK}"]`).getByTestId('open-review').click();
		await phone.waitForURL(/\/reports\/[0-9a-f]+$/);
		expect(await overflow()).toBeLessThanOrEqual(0);
		await phone.screenshot({ path: `${SHOTS}/reports-phone-stored.png` });
		await phone.close();
	});
});

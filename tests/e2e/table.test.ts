/**
 * The project table and report upload, on an app of its own (a fresh database), so the reports
 * uploaded here do not change what the map tests see.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/lib/store';
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

	it('lists the seed items and applies the URL filters', async () => {
		expect(seed.reports).toBe(2);
		expect(seed.policy).toBeGreaterThan(0);
		await page.goto(`${app.baseUrl}/table`);
		expect(await rowCount()).toBe(seed.items);
		await page.goto(`${app.baseUrl}/table?section=policy`);
		expect(await rowCount()).toBe(seed.policy);
		await page.goto(`${app.baseUrl}/table?min=100`);
		const amounts = await page.locator('tbody td.num').allTextContents();
		expect(amounts.length).toBeGreaterThan(0);
		for (const amount of amounts) expect(Number(amount)).toBeGreaterThanOrEqual(100);
	});

	it('opens from the map under the map filters', async () => {
		await page.goto(`${app.baseUrl}/?section=policy`);
		await page.click('a.table-link');
		await page.waitForURL(/\/table\?/);
		expect(new URL(page.url()).searchParams.get('section')).toBe('policy');
		expect(await rowCount()).toBe(seed.policy);
	});

	it('refuses a broken upload with a message and keeps what is stored', async () => {
		await page.goto(`${app.baseUrl}/table`);
		await page.setInputFiles('input[name=file]', join(FIXTURES, 'truncated.pdf'));
		await page.click('button[type=submit]');
		await expect.poll(() => page.getByTestId('upload-error').textContent()).toMatch(/truncated\.pdf/);
		await page.setInputFiles('input[name=file]', join(FIXTURES, 'no-items.txt'));
		await page.click('button[type=submit]');
		await expect.poll(() => page.getByTestId('upload-error').textContent()).toMatch(/no-items\.txt/);
		await page.goto(`${app.baseUrl}/table`);
		expect(await rowCount()).toBe(seed.items);
	});

	it('ingests an uploaded PDF report once', async () => {
		await page.goto(`${app.baseUrl}/table`);
		await page.setInputFiles('input[name=file]', join(FIXTURES, 'two-column.pdf'));
		await page.click('button[type=submit]');
		await expect.poll(() => page.getByTestId('upload-result').textContent()).toMatch(/已导入/);
		const store = new Store(join(dir, 'table.sqlite'));
		const reports = store.reports().length;
		const items = store.items().length;
		store.close();
		expect(reports).toBe(seed.reports + 1);
		expect(items).toBeGreaterThan(seed.items);

		await page.setInputFiles('input[name=file]', join(FIXTURES, 'two-column.pdf'));
		await page.click('button[type=submit]');
		await expect.poll(() => page.getByTestId('upload-result').textContent()).toMatch(/未作更改/);
		await page.goto(`${app.baseUrl}/table`);
		expect(await rowCount()).toBe(items);
	});

	it('answers the upload endpoint with a clear error for an empty file', async () => {
		const form = new FormData();
		form.set('file', new File([''], 'empty.txt', { type: 'text/plain' }));
		const res = await fetch(`${app.baseUrl}/api/reports`, {
			method: 'POST',
			body: form,
			headers: { origin: app.baseUrl }
		});
		expect(res.status).toBe(422);
		expect((await res.json()).message).toMatch(/empty/i);
	});

	it('corrects where a project lands by place name, and says when a place is unknown', async () => {
		await page.goto(`${app.baseUrl}/table`);
		const row = page.locator('tbody tr').first();
		const id = (await row.getAttribute('data-id'))!;
		const before = (await row.getByTestId('place').textContent())!;
		expect(before).not.toContain('南通');
		await row.locator('.place summary').click();
		await row.locator('input[name=place]').fill('火星基地');
		await row.locator('.place button[type=submit]').click();
		await expect.poll(() => row.getByTestId('place-error').textContent()).toMatch(/火星基地/);
		expect(await row.getByTestId('place').textContent()).toBe(before);

		await row.locator('input[name=place]').fill('南通高新区');
		await row.locator('.place button[type=submit]').click();
		await expect.poll(() => row.getByTestId('place').textContent()).toContain('南通高新技术产业开发区');
		expect(await row.locator('.corrected').count()).toBe(1);
		const store = new Store(join(dir, 'table.sqlite'));
		expect(store.items().find((i) => i.id === id)).toMatchObject({
			location: { city: '南通市', level: 'zone' },
			corrected: ['location']
		});
		store.close();
	});
});

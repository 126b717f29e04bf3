/**
 * The server started exactly as the README starts it: the `start` script of package.json, with no
 * variable but those the README names (PORT, PARKMAP_DB), opened at http://localhost as a new
 * user would. Uploads and corrections through the page must work there, and failures must show
 * on the page. (The build step of `npm start` is skipped: the suite has just built the app.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, waitUntilAnswering } from '../../src/lib/server/local-app';
import { launchBrowser } from './browser';

const SHOTS = 'test-results/readme-start';

/** The command `npm start` runs after its build step. */
function startCommand(): string {
	const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
	const match = /^npm run build && (.+)$/.exec(scripts.start);
	if (!match) throw new Error(`package.json's start script changed shape: ${scripts.start}`);
	return match[1];
}

describe('the server as the README starts it', () => {
	let dir: string;
	let child: ChildProcess;
	let baseUrl: string;
	let browser: Browser;
	let page: Page;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'parkmap-readme-'));
		mkdirSync(SHOTS, { recursive: true });
		const port = await freePort();
		baseUrl = `http://localhost:${port}`;
		let log = '';
		child = spawn('sh', ['-c', startCommand()], {
			// Only what a person's shell has, plus the variables the README names.
			env: {
				PATH: process.env.PATH,
				HOME: process.env.HOME,
				PORT: String(port),
				PARKMAP_DB: join(dir, 'db.sqlite')
			},
			stdio: ['ignore', 'pipe', 'pipe']
		});
		child.stdout?.on('data', (c: Buffer) => (log += c));
		child.stderr?.on('data', (c: Buffer) => (log += c));
		await waitUntilAnswering(`${baseUrl}/`, { exited: () => child.exitCode !== null, log: () => log });
		browser = await launchBrowser();
		page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
	});
	afterAll(async () => {
		await browser?.close();
		child?.kill('SIGTERM');
		rmSync(dir, { recursive: true, force: true });
	});

	it('takes an upload from its own page: review, then publish', async () => {
		await page.goto(`${baseUrl}/reports`);
		await page.setInputFiles('input[name=file]', 'tests/fixtures/reports/two-column.pdf');
		await page.getByTestId('upload').click();
		await page.getByTestId('review').waitFor();
		await page.screenshot({ path: `${SHOTS}/review.png` });
		await page.getByTestId('publish').click();
		await expect.poll(() => page.getByTestId('published').textContent()).toMatch(/\d{4}-\d{2}-\d{2}/);
		await page.screenshot({ path: `${SHOTS}/published.png` });
	});

	it('takes a correction from its own page', async () => {
		await page.goto(`${baseUrl}/table`);
		const row = page.locator('tbody tr').first();
		await row.locator('.place summary').click();
		await row.locator('input[name=place]').fill('南通高新区');
		await row.locator('.place button[type=submit]').click();
		await expect.poll(() => row.getByTestId('place').textContent()).toContain('南通高新技术产业开发区');
	});

	it('shows a failed post on the page instead of replacing it', async () => {
		await page.goto(`${baseUrl}/table`);
		await page.route('**/table?/place', (route) => route.abort('connectionrefused'));
		const row = page.locator('tbody tr').nth(1);
		await row.locator('.place summary').click();
		await row.locator('input[name=place]').fill('百色市');
		await row.locator('.place button[type=submit]').click();
		await expect.poll(() => page.getByTestId('form-failure').textContent()).toMatch(/无法连接服务器/);
		expect(await page.locator('h1').textContent()).toBe('项目表');
		await page.screenshot({ path: `${SHOTS}/network-failure.png` });
		await page.unroute('**/table?/place');
	});

	it('names a refused oversized upload on the page', async () => {
		await page.goto(`${baseUrl}/reports`);
		const big = join(dir, 'big.txt');
		writeFileSync(big, Buffer.alloc(53 * 1024 * 1024, 0x41));
		await page.setInputFiles('input[name=file]', big);
		await page.getByTestId('upload').click();
		await expect
			.poll(() => page.getByTestId('upload-error').textContent(), { timeout: 30_000 })
			.toMatch(/50 MB/);
		await page.screenshot({ path: `${SHOTS}/too-large.png` });
	});

	it('refuses a post from another site', async () => {
		const form = new FormData();
		form.set('id', 'x');
		form.set('place', '百色市');
		const response = await fetch(`${baseUrl}/table?/place`, {
			method: 'POST',
			body: form,
			headers: { origin: 'http://evil.test', 'x-sveltekit-action': 'true' }
		});
		expect(response.status).toBe(403);
		expect((await response.json()).error.message).toMatch(/写入被拒绝/);
	});
});

/**
 * Security of the running app: 65 script-injection vectors in every field of a stored report, shown
 * on the map's panels, the table (details opened), a correction's error and an upload's file name,
 * must never run; every response carries the security headers; writes need the token wherever the
 * server listens beyond loopback. Apps of their own, with fresh databases.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEntry, freePort, waitUntilAnswering } from '../../src/lib/server/local-app';
import { parseReportFile } from '../../src/lib/server/pipeline';
import { Store } from '../../src/lib/server/store';
import { XSS_VECTORS, xssReport } from '../fuzz/xss';
import { startApp, type RunningApp } from './app';
import { launchBrowser, openMap } from './browser';

describe('script injection and headers', () => {
	let dir: string;
	let app: RunningApp;
	let browser: Browser;
	let page: Page;
	const dialogs: string[] = [];

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'parkmap-security-'));
		const reportPath = join(dir, 'xss-report.txt');
		writeFileSync(reportPath, xssReport());
		const dbPath = join(dir, 'security.sqlite');
		const store = new Store(dbPath);
		store.ingest(await parseReportFile(reportPath, { week: '2023-09-04' }), 'xss-report.txt');
		store.close();
		app = await startApp(dbPath);
		browser = await launchBrowser();
		page = await browser.newPage();
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
	});
	afterAll(async () => {
		await browser?.close();
		app?.stop();
		rmSync(dir, { recursive: true, force: true });
	});

	/** Markup that came from report text: event handlers, javascript: links, scripts with content. */
	const injected = () =>
		page.evaluate(() => {
			const found: string[] = [];
			for (const el of document.querySelectorAll('body *')) {
				for (const attr of el.attributes) {
					if (/^on/i.test(attr.name)) found.push(`${el.tagName} ${attr.name}`);
					if (/^\s*(javascript|data):/i.test(attr.value) && /href|src|action|data/i.test(attr.name))
						found.push(`${el.tagName} ${attr.name}=${attr.value}`);
				}
				// The app's own scripts: its modules and SvelteKit's start-up (which holds the data, escaped).
				if (el.tagName === 'SCRIPT' && !el.getAttribute('src') && !/__sveltekit/.test(el.textContent ?? ''))
					found.push('script');
				if (
					['IFRAME', 'OBJECT', 'EMBED', 'BASE', 'META', 'FRAMESET', 'MARQUEE', 'VIDEO', 'AUDIO'].includes(
						el.tagName
					)
				)
					found.push(el.tagName);
			}
			return found;
		});

	it('the map and its city panels show the vectors as text', async () => {
		await openMap(page, app.baseUrl);
		expect(await page.getByTestId('shown-count').textContent()).toMatch(String(XSS_VECTORS.length));
		for (const city of ['320600', '451000', '320200']) {
			await openMap(page, app.baseUrl, `city=${city}`);
			await expect.poll(() => page.getByTestId('city-projects').locator('li').count()).toBeGreaterThan(5);
			await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
			await page.waitForTimeout(300);
			expect(await injected()).toEqual([]);
		}
		const text = await page.getByTestId('city-projects').textContent();
		expect(text).toContain('<img src=x onerror=');
		expect(dialogs).toEqual([]);
	});

	it('the table shows them as text, details open, and so do correction errors', async () => {
		await page.goto(`${app.baseUrl}/table?size=500`);
		await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
		await page.waitForTimeout(300);
		expect(await page.locator('tbody tr').count()).toBe(XSS_VECTORS.length);
		expect(await injected()).toEqual([]);
		const place = page.locator('input[name=place]').first();
		// Hydration may close the details opened above (their `open` follows the row's state): open
		// them again until the place box shows.
		await expect
			.poll(async () => {
				await page.evaluate(() =>
					document.querySelectorAll<HTMLDetailsElement>('td.place details').forEach((d) => (d.open = true))
				);
				return place.isVisible();
			})
			.toBe(true);
		await place.fill(XSS_VECTORS[1]);
		await place.press('Enter');
		await expect.poll(() => page.getByTestId('place-error').textContent()).toContain('onerror');
		expect(await injected()).toEqual([]);
		expect(dialogs).toEqual([]);
	});

	it('an upload over the size limit or an empty file gets a message, not a bare status', async () => {
		const upload = async (name: string, bytes: number, lang = 'zh') => {
			const form = new FormData();
			form.set('file', new Blob([new Uint8Array(bytes).fill(0x41)], { type: 'text/plain' }), name);
			const response = await fetch(`${app.baseUrl}/table?/upload`, {
				method: 'POST',
				body: form,
				headers: {
					origin: app.baseUrl,
					referer: `${app.baseUrl}/table${lang === 'en' ? '?lang=en' : ''}`,
					'x-sveltekit-action': 'true',
					accept: 'application/json'
				}
			});
			return (await response.json()) as { type: string; status: number; data: string };
		};
		// The test app runs with the adapter's default body limit (512 KB), well under this file.
		// One language per message: the page's (lang=en in the address of the page that posts).
		const big = await upload('big.txt', 2 * 1024 * 1024);
		expect(big).toMatchObject({ type: 'failure', status: 413 });
		expect(big.data).toMatch(/超过了 50 MB 的上限/);
		expect(big.data).not.toMatch(/too large|limit/);
		expect((await upload('big.txt', 2 * 1024 * 1024, 'en')).data).toMatch(/over the limit of 50 MB/);
		const empty = await upload('<img src=x onerror=alert(1)>.txt', 0);
		expect(empty).toMatchObject({ type: 'failure', status: 400 });
		expect(empty.data).toMatch(/空文件/);
		expect(empty.data).not.toMatch(/empty/);
		expect((await upload('empty.txt', 0, 'en')).data).toMatch(/is empty \(0 bytes\)/);
	});

	it('every response carries the security headers; the page CSP forbids framing, <base> and foreign forms', async () => {
		for (const path of ['/', '/table', '/api/map-data', '/api/reports', '/no-such-page']) {
			const response = await fetch(`${app.baseUrl}${path}`);
			const csp = response.headers.get('content-security-policy') ?? '';
			expect(csp, path).toMatch(/frame-ancestors 'none'/);
			expect(csp, path).toMatch(/base-uri 'none'/);
			expect(csp, path).toMatch(/form-action '(self|none)'/);
			expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
			expect(response.headers.get('x-frame-options'), path).toBe('DENY');
			expect(response.headers.get('referrer-policy'), path).toBeTruthy();
		}
	});

	it('static files of the built app carry nosniff, no framing and the referrer policy', async () => {
		const page = await (await fetch(`${app.baseUrl}/`)).text();
		const script = /\/_app\/immutable\/[^"']+\.js/.exec(page)?.[0];
		expect(script).toBeTruthy();
		for (const path of [script!, '/basemap/basemap.json', '/favicon.svg']) {
			const response = await fetch(`${app.baseUrl}${path}`, { headers: { 'accept-encoding': 'br' } });
			expect(response.status, path).toBe(200);
			expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
			expect(response.headers.get('x-frame-options'), path).toBe('DENY');
			expect(response.headers.get('referrer-policy'), path).toBe('same-origin');
			await response.arrayBuffer();
		}
	});

	it('the map data endpoint revalidates by ETag and compresses', async () => {
		const first = await fetch(`${app.baseUrl}/api/map-data`, { headers: { 'accept-encoding': 'gzip' } });
		expect(first.headers.get('content-encoding')).toBe('gzip');
		const etag = first.headers.get('etag')!;
		expect((await first.json()).count).toBe(XSS_VECTORS.length);
		const again = await fetch(`${app.baseUrl}/api/map-data`, { headers: { 'if-none-match': etag } });
		expect(again.status).toBe(304);
	});

	it('refuses oversized query strings with a short message', async () => {
		const response = await fetch(`${app.baseUrl}/table?q=${'园'.repeat(600)}`);
		expect(response.status).toBe(414);
		expect((await response.text()).length).toBeLessThan(2000);
	});
});

describe('write access beyond loopback', () => {
	let dir: string;
	const children: ChildProcess[] = [];

	/** `node build` on all interfaces, as a public server would run. */
	async function publicServer(env: Record<string, string>): Promise<string> {
		const port = await freePort();
		const child = spawn(process.execPath, [buildEntry()], {
			env: {
				...process.env,
				HOST: '0.0.0.0',
				PORT: String(port),
				ORIGIN: `http://127.0.0.1:${port}`,
				PARKMAP_DB: join(dir, `${port}.sqlite`),
				...env
			},
			stdio: 'ignore'
		});
		children.push(child);
		const base = `http://127.0.0.1:${port}`;
		await waitUntilAnswering(`${base}/api/reports`, { exited: () => child.exitCode !== null, log: () => '' });
		return base;
	}

	const post = (base: string, headers: Record<string, string> = {}) =>
		fetch(`${base}/api/reports`, {
			method: 'POST',
			body: new FormData(),
			// As if from another machine through a proxy: a loopback request without one is local.
			headers: { origin: base, accept: 'application/json', 'x-forwarded-for': '203.0.113.5', ...headers }
		});

	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'parkmap-access-'));
	});
	afterAll(() => {
		for (const child of children) child.kill('SIGTERM');
		rmSync(dir, { recursive: true, force: true });
	});

	it('without a token such a server reads but refuses writes, saying how to enable them', async () => {
		const base = await publicServer({ PARKMAP_ADMIN_TOKEN: '' });
		expect((await fetch(`${base}/api/map-data`)).status).toBe(200);
		const refused = await post(base);
		expect(refused.status).toBe(403);
		expect((await refused.json()).message).toContain('PARKMAP_ADMIN_TOKEN');
	});

	it('with a token, writes need it; the right one reaches the route', async () => {
		const base = await publicServer({ PARKMAP_ADMIN_TOKEN: 'a-long-admin-token' });
		expect((await post(base)).status).toBe(401);
		expect((await post(base, { authorization: 'Bearer wrong' })).status).toBe(403);
		// Past the check: the route itself answers (no file attached).
		const passed = await post(base, { authorization: 'Bearer a-long-admin-token' });
		expect(passed.status).toBe(400);
	});
});

/**
 * Review benchmark (build first: `npm run build`):
 * - review ready: a 50-item report uploaded on /reports in headless Chromium against the built app;
 *   time from the upload finishing (XMLHttpRequest upload `load`) to the review screen showing all
 *   50 items. Median and worst of several runs.
 * - publish: a 50-item draft with 10 edits (places, amounts, sectors, titles) published into the
 *   store in one transaction, in this process: first publish of the week, and replacing it.
 *   npx tsx bench/review.ts
 * Prints one JSON object, then a short table.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ItemEdit } from '../src/lib/review';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, startBuiltApp, type RunningApp } from '../src/lib/server/local-app';

const PLACES = [
	'百色市',
	'南通高新区',
	'达拉特旗',
	'光谷',
	'龙岩市',
	'汕头澄海区',
	'鄂尔多斯',
	'重庆两江新区'
];

/** A one-column report of `n` investment items, each with a place, a date and an amount. */
function syntheticReport(n: number): string {
	let text = '园区周报\n2024.1.15-2024.1.21\n\n一、招商引资\n\n';
	for (let i = 0; i < n; i++) {
		const place = PLACES[i % PLACES.length];
		const yi = 5 + i;
		text +=
			`●${place}签约第 ${i + 1} 号新材料项目,总投资${i % 7 === 0 ? '约' : ''} ${yi} 亿元\n` +
			`1 月 ${16 + (i % 5)} 日,${place}与企业签署投资协议.\n` +
			`█第 ${i + 1} 号项目总投资 ${yi} 亿元,主要生产新材料,达产后年产值约 ${2 * yi} 亿元(${place}政府网站).\n\n`;
	}
	return text;
}

/** The same items typeset as an A4 PDF by Chromium: about 16 items a page. */
async function syntheticPdf(browser: Browser, n: number): Promise<Uint8Array> {
	const paragraphs = syntheticReport(n)
		.split('\n')
		.filter((line) => line !== '')
		.map((line) => `<p>${line}</p>`)
		.join('');
	const page = await browser.newPage();
	await page.setContent(
		`<html><head><meta charset="utf-8"><style>body{font-family:"Noto Sans CJK SC",sans-serif;font-size:10.5pt} p{margin:2pt 0}</style></head><body>${paragraphs}</body></html>`
	);
	const pdf = await page.pdf({ format: 'A4' });
	await page.close();
	return new Uint8Array(pdf);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 10) / 10;

/** Marks the moment an upload's bytes have all gone up, and records the page's long tasks. */
async function instrument(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { __uploaded: number; __longest: number };
		w.__longest = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
		}).observe({ type: 'longtask', buffered: true });
		const send = XMLHttpRequest.prototype.send;
		XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body) {
			this.upload.addEventListener('load', () => (w.__uploaded = performance.now()));
			return send.call(this, body);
		};
	});
}

/** Uploads `file` and waits for its `items` review cards; ms from the upload finishing, and the longest main-thread task. */
async function uploadToReview(page: Page, app: RunningApp, file: string, items: number) {
	await page.goto(`${app.baseUrl}/reports`);
	await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
	await page.setInputFiles('input[name=file]', file);
	await page.getByTestId('upload').click();
	await page.waitForFunction(
		(n) => document.querySelectorAll('[data-testid=review] article.card').length === n,
		items,
		{ timeout: 120_000 }
	);
	const [readyMs, longestTaskMs] = await page.evaluate(() => {
		const w = window as unknown as { __uploaded: number; __longest: number };
		return [performance.now() - w.__uploaded, w.__longest];
	});
	await page.getByTestId('cancel-review').click();
	return { readyMs, longestTaskMs };
}

/** While `during` runs, asks the server for place suggestions every 100 ms; the slowest answer. */
async function slowestAnswer(app: RunningApp, during: Promise<unknown>): Promise<number> {
	let slowest = 0;
	let done = false;
	void during.finally(() => (done = true));
	while (!done) {
		const t0 = performance.now();
		await fetch(`${app.baseUrl}/api/places?q=${encodeURIComponent('南通')}`);
		slowest = Math.max(slowest, performance.now() - t0);
		await new Promise((r) => setTimeout(r, 100));
	}
	return slowest;
}

async function browserRuns(dir: string, file50: string, runs: number) {
	const app = await startBuiltApp({ dbPath: join(dir, 'bench.sqlite'), timeoutMs: 60_000 });
	const browser = await launchChromium();
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await instrument(page);
		const ready: number[] = [];
		for (let r = 0; r < runs; r++) ready.push((await uploadToReview(page, app, file50, 50)).readyMs);
		const bigFile = join(dir, 'report-large.pdf');
		writeFileSync(bigFile, await syntheticPdf(browser, LARGE_ITEMS));
		const big = uploadToReview(page, app, bigFile, LARGE_ITEMS);
		const serverSlowestMs = await slowestAnswer(app, big);
		return { ready, large: { ...(await big), serverSlowestMs } };
	} finally {
		await browser.close();
		app.stop();
	}
}

async function publishTimes(bytes: Uint8Array, dir: string, runs: number) {
	process.env.PARKMAP_DB = join(dir, 'publish.sqlite');
	const { appStore } = await import('../src/lib/server/pipeline');
	const { createDraft, publishDraft } = await import('../src/lib/server/review');
	const store = await appStore();
	const first: number[] = [];
	const replace: number[] = [];
	for (let r = 0; r < runs; r++) {
		const draft = await createDraft(bytes, 'bench.txt');
		const edits: Record<string, ItemEdit> = {};
		draft.items.slice(0, 10).forEach((item, i) => {
			edits[item.id] = [
				{ place: PLACES[(i + 3) % PLACES.length] },
				{ amountYi: 1 + i },
				{ sectors: ['生物医药', '新能源'] },
				{ title: `${item.title}（核实）` }
			][i % 4];
		});
		const stored = store.reports().filter((rep) => rep.week === draft.report.week);
		const t0 = performance.now();
		const result = await publishDraft(draft.draftId, {
			edits,
			author: 'bench',
			replace: stored.map((s) => s.id)
		});
		(stored.length === 0 ? first : replace).push(performance.now() - t0);
		if (result.items !== 50 || result.corrections !== 10) throw new Error('publish stored the wrong thing');
		// Start the next run with the week free again, so both paths are measured.
		if (r % 2 === 1) store.db.prepare('DELETE FROM reports WHERE id = ?').run(result.reportId);
	}
	store.close();
	return { first, replace };
}

/** About 30 A4 pages. */
const LARGE_ITEMS = 480;

const dir = mkdtempSync(join(tmpdir(), 'parkmap-bench-review-'));
try {
	const file = join(dir, 'report-50.txt');
	const text = syntheticReport(50);
	writeFileSync(file, text);
	const { ready, large } = await browserRuns(dir, file, 7);
	const publish = await publishTimes(new TextEncoder().encode(text), dir, 10);
	const result = {
		bench: 'review',
		items: 50,
		reviewReadyMs: { median: round(median(ready)), max: round(Math.max(...ready)), runs: ready.map(round) },
		largePdf: {
			items: LARGE_ITEMS,
			reviewReadyMs: round(large.readyMs),
			longestBrowserTaskMs: round(large.longestTaskMs),
			slowestServerAnswerMs: round(large.serverSlowestMs)
		},
		publish10EditsMs: {
			newWeek: { median: round(median(publish.first)), max: round(Math.max(...publish.first)) },
			replaceWeek: { median: round(median(publish.replace)), max: round(Math.max(...publish.replace)) }
		}
	};
	console.log(JSON.stringify(result));
	console.log(`
| measure                                        | median ms | max ms |
| ---------------------------------------------- | --------- | ------ |
| review ready after upload (50 items, Chromium) | ${result.reviewReadyMs.median} | ${result.reviewReadyMs.max} |
| large PDF (${LARGE_ITEMS} items): review ready | ${result.largePdf.reviewReadyMs} | |
| large PDF: longest browser task / server answer | ${result.largePdf.longestBrowserTaskMs} | ${result.largePdf.slowestServerAnswerMs} |
| publish 50 items + 10 edits, new week          | ${result.publish10EditsMs.newWeek.median} | ${result.publish10EditsMs.newWeek.max} |
| publish 50 items + 10 edits, replacing a week  | ${result.publish10EditsMs.replaceWeek.median} | ${result.publish10EditsMs.replaceWeek.max} |`);
} finally {
	rmSync(dir, { recursive: true, force: true });
}

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
import { launchChromium, startBuiltApp } from '../src/lib/server/local-app';

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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 10) / 10;

async function reviewReady(file: string, dir: string, runs: number): Promise<number[]> {
	const app = await startBuiltApp({ dbPath: join(dir, 'bench.sqlite'), timeoutMs: 60_000 });
	const browser = await launchChromium();
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		// Mark the moment the upload's bytes have all gone up.
		await page.addInitScript(() => {
			const send = XMLHttpRequest.prototype.send;
			XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body) {
				this.upload.addEventListener('load', () => {
					(window as unknown as { __uploaded: number }).__uploaded = performance.now();
				});
				return send.call(this, body);
			};
		});
		const times: number[] = [];
		for (let r = 0; r < runs; r++) {
			await page.goto(`${app.baseUrl}/reports`);
			await page.setInputFiles('input[name=file]', file);
			await page.getByTestId('upload').click();
			await page.waitForFunction(
				() => document.querySelectorAll('[data-testid=review] article.card').length === 50
			);
			times.push(
				await page.evaluate(
					() => performance.now() - (window as unknown as { __uploaded: number }).__uploaded
				)
			);
			await page.getByTestId('cancel-review').click();
		}
		return times;
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

const dir = mkdtempSync(join(tmpdir(), 'parkmap-bench-review-'));
try {
	const file = join(dir, 'report-50.txt');
	const text = syntheticReport(50);
	writeFileSync(file, text);
	const ready = await reviewReady(file, dir, 7);
	const publish = await publishTimes(new TextEncoder().encode(text), dir, 10);
	const result = {
		bench: 'review',
		items: 50,
		reviewReadyMs: { median: round(median(ready)), max: round(Math.max(...ready)), runs: ready.map(round) },
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
| publish 50 items + 10 edits, new week          | ${result.publish10EditsMs.newWeek.median} | ${result.publish10EditsMs.newWeek.max} |
| publish 50 items + 10 edits, replacing a week  | ${result.publish10EditsMs.replaceWeek.median} | ${result.publish10EditsMs.replaceWeek.max} |`);
} finally {
	rmSync(dir, { recursive: true, force: true });
}

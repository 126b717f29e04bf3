/**
 * Export benchmark: an A4 landscape PNG at 300 dpi (3508 × 2480) of the map with 1,000 SYNTHETIC
 * projects (/bench?n=1000) in headless Chromium (SwiftShader WebGL). Times the export from the click
 * on 「PNG」 to the finished download, over a few runs, with the in-page breakdown (offscreen map load,
 * full-size frame, read-back, composition, PNG encoding). Floor: median under 5 s.
 *
 *   npm run build && npx tsx bench/export.ts [--n 1000] [--runs 3]
 *
 * Prints a JSON object, then a short table. Needs the build; starts it itself on a free port.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from '../tests/e2e/app';
import { launchBrowser } from '../tests/e2e/browser';

function arg(name: string, fallback: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const N = Number(arg('n', '1000'));
const RUNS = Number(arg('runs', '3'));
const FLOOR_MS = 5000;

const median = (values: number[]) => {
	const s = [...values].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (n: number) => Math.round(n);

async function main() {
	const dir = mkdtempSync(join(tmpdir(), 'parkmap-bench-export-'));
	const app = await startApp(join(dir, 'parkmap.sqlite'));
	const browser = await launchBrowser();
	try {
		const context = await browser.newContext({
			acceptDownloads: true,
			viewport: { width: 1280, height: 800 }
		});
		const page = await context.newPage();
		await page.goto(`${app.baseUrl}/bench?n=${N}`);
		await page.waitForFunction(
			() => {
				const hook = (window as unknown as { __parkmap?: { map: import('maplibre-gl').Map | null } })
					.__parkmap;
				return !!hook?.map && !!hook.map.getLayer('projects') && hook.map.loaded();
			},
			undefined,
			{ timeout: 60_000 }
		);
		const shown = await page.evaluate(
			() => (window as unknown as { __parkmap: { shown: number } }).__parkmap.shown
		);
		await page.getByTestId('export-open').click();
		await page.getByTestId('export-size').selectOption('a4');

		const runs: { totalMs: number; bytes: number; steps: Record<string, number> }[] = [];
		for (let r = 0; r < RUNS; r++) {
			await page.evaluate(() => performance.clearMeasures());
			const download = page.waitForEvent('download', { timeout: 120_000 });
			const t0 = Date.now();
			await page.getByTestId('export-png').click();
			const file = await download;
			const totalMs = Date.now() - t0;
			const bytes = readFileSync(await file.path());
			if (bytes.readUInt32BE(16) !== 3508 || bytes.readUInt32BE(20) !== 2480) {
				throw new Error(`Unexpected PNG size ${bytes.readUInt32BE(16)}×${bytes.readUInt32BE(20)}.`);
			}
			const steps = await page.evaluate(() =>
				Object.fromEntries(
					performance
						.getEntriesByType('measure')
						.filter((m) => m.name.startsWith('parkmap-export:'))
						.map((m) => [m.name.slice('parkmap-export:'.length), Math.round(m.duration)])
				)
			);
			runs.push({ totalMs, bytes: bytes.length, steps });
		}
		const totals = runs.map((r) => r.totalMs);
		const report = {
			benchmark: 'export',
			what: 'A4 landscape PNG at 300 dpi, click → download',
			projects: N,
			projectsShown: shown,
			size: '3508x2480',
			browser: browser.version(),
			runs,
			medianMs: round(median(totals)),
			minMs: Math.min(...totals),
			maxMs: Math.max(...totals),
			floorMs: FLOOR_MS,
			withinFloor: median(totals) < FLOOR_MS
		};
		console.log(JSON.stringify(report, null, 2));
		console.log('\n| run | total ms | map load | full-size frame | read-back | compose | encode | PNG KB |');
		console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
		runs.forEach((r, i) =>
			console.log(
				`| ${i + 1} | ${r.totalMs} | ${r.steps['map-load'] ?? ''} | ${r.steps['map-render'] ?? ''} | ${r.steps['map-readback'] ?? ''} | ${r.steps.compose ?? ''} | ${r.steps.encode ?? ''} | ${round(r.bytes / 1024)} |`
			)
		);
		console.log(
			`\nmedian ${report.medianMs} ms (floor ${FLOOR_MS} ms): ${report.withinFloor ? 'ok' : 'OVER'}`
		);
		if (!report.withinFloor) process.exitCode = 1;
	} finally {
		await browser.close();
		app.stop();
		rmSync(dir, { recursive: true, force: true });
	}
}

await main();

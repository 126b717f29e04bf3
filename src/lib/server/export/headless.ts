/**
 * PNG / PDF for the command line: the built app draws them itself. This starts `node build` on a
 * free local port with the same database (PARKMAP_DB), opens the page in headless Chromium with the
 * filters and `export=png|pdf&size=…` in its URL, and returns the file the page downloads.
 * Node only.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { chromiumPath, launchChromium, startBuiltApp, type RunningApp } from '../local-app';
import { defaultDatabasePath } from '../store';
import { HEADLESS_EXPORT_FLAG } from '../../export/options';

/** A PNG / PDF could not be drawn: Chromium or the built app missing, or the page failed. */
export class SnapshotError extends Error {}

export interface SnapshotRequest {
	format: 'png' | 'svg' | 'pdf';
	/** URL parameters of the page: filters plus export, size and title. */
	params: URLSearchParams;
}

/** Longest time the page may take to draw a snapshot. */
const EXPORT_TIMEOUT_MS = 180_000;

/** Starts the built app on the CLI's database; failures become SnapshotErrors the CLI prints. */
async function startApp(): Promise<RunningApp> {
	try {
		return await startBuiltApp({ dbPath: defaultDatabasePath() });
	} catch (error) {
		throw new SnapshotError(
			`PNG and PDF are drawn by the app in headless Chromium. ${error instanceof Error ? error.message : String(error)}`
		);
	}
}

/** Opens the page with the export request in its URL and returns the downloaded file. */
export async function exportFromPage(baseUrl: string, params: URLSearchParams): Promise<Uint8Array> {
	let browser: Browser;
	try {
		browser = await launchChromium();
	} catch (error) {
		throw new SnapshotError(`PNG and PDF need Chromium. ${(error as Error).message}`);
	}
	try {
		const context = await browser.newContext({
			acceptDownloads: true,
			viewport: { width: 1280, height: 800 },
			deviceScaleFactor: 1
		});
		const page = await context.newPage();
		// Lets the page export from its URL (a plain link cannot).
		await page.addInitScript(
			(flag) => ((window as unknown as Record<string, unknown>)[flag] = true),
			HEADLESS_EXPORT_FLAG
		);
		const download = page.waitForEvent('download', { timeout: EXPORT_TIMEOUT_MS });
		const failed = page
			.waitForFunction(() => document.documentElement.dataset.exportStatus === 'error', undefined, {
				timeout: EXPORT_TIMEOUT_MS
			})
			.then(() => page.evaluate(() => document.documentElement.dataset.exportError ?? 'unknown error'));
		await page.goto(`${baseUrl}/?${params}`);
		const result = await Promise.race([
			download,
			failed.then((message) => new SnapshotError(`The page failed to export: ${message}`))
		]);
		if (result instanceof Error) throw result;
		const path = await result.path();
		return new Uint8Array(readFileSync(path));
	} catch (error) {
		if (error instanceof SnapshotError) throw error;
		throw new SnapshotError(
			`Headless export failed: ${error instanceof Error ? error.message : String(error)}`
		);
	} finally {
		await browser.close();
	}
}

export async function headlessSnapshot(request: SnapshotRequest): Promise<Uint8Array> {
	if (!existsSync(chromiumPath())) {
		throw new SnapshotError(
			`Chromium is not at ${chromiumPath()}: PNG and PDF need it. Install it (apt-get install chromium) or set CHROMIUM_PATH.`
		);
	}
	const app = await startApp();
	try {
		return await exportFromPage(app.baseUrl, request.params);
	} finally {
		app.stop();
	}
}

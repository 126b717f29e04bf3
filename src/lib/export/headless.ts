/**
 * PNG / PDF for the command line: the built app draws them itself. This starts `node build` on a
 * free local port with the same database (PARKMAP_DB), opens the page in headless Chromium with the
 * filters and `export=png|pdf&size=…` in its URL, and returns the file the page downloads.
 * Node only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { defaultDatabasePath } from '../store';
import { SnapshotError, type SnapshotRequest } from './cli';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync',
	'--disable-quic'
];

/** Longest time the page may take to draw a snapshot. */
const EXPORT_TIMEOUT_MS = 180_000;

export function chromiumPath(): string {
	return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** The built app's entry, `build/index.js` under the working directory (PARKMAP_BUILD overrides). */
export function buildEntry(): string {
	return resolve(process.env.PARKMAP_BUILD ?? 'build', 'index.js');
}

function freePort(): Promise<number> {
	return new Promise((ok, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => ok(port));
		});
	});
}

export interface RunningApp {
	url: string;
	stop(): void;
}

/** Starts the built app on a free port and waits until it answers. */
export async function startApp(entry = buildEntry()): Promise<RunningApp> {
	if (!existsSync(entry)) {
		throw new SnapshotError(
			`The built app is missing (${entry}): PNG and PDF are drawn by the app in headless Chromium. Run \`npm run build\` first.`
		);
	}
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const child: ChildProcess = spawn(process.execPath, [entry], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: url,
			PARKMAP_DB: defaultDatabasePath()
		},
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
	let exited = false;
	child.once('exit', () => (exited = true));
	const stop = () => {
		if (!exited) child.kill('SIGTERM');
	};
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if (exited) throw new SnapshotError(`The app stopped while starting:\n${stderr.trim()}`);
		try {
			const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(5000) });
			if (response.ok) return { url, stop };
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 150));
	}
	stop();
	throw new SnapshotError(`The app did not answer on ${url} within 60 s.\n${stderr.trim()}`);
}

/** Opens the page with the export request in its URL and returns the downloaded file. */
export async function exportFromPage(baseUrl: string, params: URLSearchParams): Promise<Uint8Array> {
	const executablePath = chromiumPath();
	if (!existsSync(executablePath)) {
		throw new SnapshotError(
			`Chromium is not at ${executablePath}: PNG and PDF need it. Install it (apt-get install chromium) or set CHROMIUM_PATH.`
		);
	}
	const { chromium } = await import('playwright-core');
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	try {
		const context = await browser.newContext({
			acceptDownloads: true,
			viewport: { width: 1280, height: 800 },
			deviceScaleFactor: 1
		});
		const page = await context.newPage();
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
	const executablePath = chromiumPath();
	if (!existsSync(executablePath)) {
		throw new SnapshotError(
			`Chromium is not at ${executablePath}: PNG and PDF need it. Install it (apt-get install chromium) or set CHROMIUM_PATH.`
		);
	}
	const app = await startApp();
	try {
		return await exportFromPage(app.url, request.params);
	} finally {
		app.stop();
	}
}

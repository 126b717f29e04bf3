/**
 * The built app on a local port and Debian's headless Chromium, for what drives the app from
 * outside: the CLI's PNG/PDF export, the end-to-end tests and the benchmarks. Node only.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';

/** Headless on this kind of machine: no GPU (WebGL on SwiftShader), no background network. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync',
	'--disable-quic'
];

export function chromiumPath(): string {
	return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Launches Chromium through playwright-core (no browser download); a clear error when it is missing. */
export async function launchChromium(): Promise<Browser> {
	const executablePath = chromiumPath();
	if (!existsSync(executablePath)) {
		throw new Error(
			`Chromium is not at ${executablePath}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`
		);
	}
	const { chromium } = await import('playwright-core');
	return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** The built app's entry, `build/index.js` under the working directory (PARKMAP_BUILD overrides). */
export function buildEntry(): string {
	return resolve(process.env.PARKMAP_BUILD ?? 'build', 'index.js');
}

export function freePort(): Promise<number> {
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
	baseUrl: string;
	stop(): void;
}

export interface StartOptions {
	/** The SQLite file the app uses (PARKMAP_DB). */
	dbPath: string;
	entry?: string;
	timeoutMs?: number;
}

/**
 * Starts `node build` on a free loopback port and resolves once `/` answers
 * (the first request ingests the seed report into an empty database).
 */
export async function startBuiltApp({
	dbPath,
	entry = buildEntry(),
	timeoutMs = 60_000
}: StartOptions): Promise<RunningApp> {
	if (!existsSync(entry))
		throw new Error(`The built app is missing (${entry}): run \`npm run build\` first.`);
	const port = await freePort();
	const baseUrl = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [entry], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', PARKMAP_DB: dbPath },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
	let exited = false;
	child.once('exit', () => (exited = true));
	const stop = () => {
		if (!exited) child.kill('SIGTERM');
	};
	try {
		await waitUntilAnswering(`${baseUrl}/`, { timeoutMs, exited: () => exited, log: () => stderr.trim() });
	} catch (error) {
		stop();
		throw error;
	}
	return { baseUrl, stop };
}

/**
 * Resolves once `url` answers 2xx; throws when the server's process has exited (with its log) or
 * when it has not answered within the time.
 */
export async function waitUntilAnswering(
	url: string,
	{ timeoutMs = 60_000, exited, log }: { timeoutMs?: number; exited: () => boolean; log: () => string }
): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	let last = '';
	while (Date.now() < deadline) {
		if (exited()) throw new Error(`The app stopped while starting:\n${log()}`);
		try {
			const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
			if (response.ok) return;
			last = `HTTP ${response.status}`;
		} catch (error) {
			last = String(error);
		}
		await new Promise((r) => setTimeout(r, 150));
	}
	throw new Error(`The app did not answer at ${url} within ${timeoutMs} ms (${last}).\n${log()}`);
}

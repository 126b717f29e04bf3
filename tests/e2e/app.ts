/**
 * Starts the built app (`node build`) on a free localhost port with the given database.
 * Shared by the e2e global setup and the benchmark.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export interface RunningApp {
	baseUrl: string;
	stop(): void;
}

function freePort(): Promise<number> {
	return new Promise((res, rej) => {
		const server = createServer();
		server.once('error', rej);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => res(port));
		});
	});
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
	const start = Date.now();
	let last = '';
	while (Date.now() - start < timeoutMs) {
		if (child.exitCode !== null) throw new Error(`The app exited with code ${child.exitCode}.`);
		try {
			const res = await fetch(url);
			if (res.ok) return;
			last = `HTTP ${res.status}`;
		} catch (error) {
			last = String(error);
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`The app did not answer at ${url} within ${timeoutMs} ms (${last}).`);
}

/** Starts `node build` and resolves once `/` answers (the first request ingests the seed report). */
export async function startApp(dbPath: string, timeoutMs = 60_000): Promise<RunningApp> {
	const root = resolve('.');
	if (!existsSync(join(root, 'build/index.js'))) {
		throw new Error('No build/ found: run `npm run build` first (npm run test:e2e does).');
	}
	const port = await freePort();
	const baseUrl = `http://127.0.0.1:${port}`;
	const output: string[] = [];
	const child = spawn(process.execPath, ['build'], {
		cwd: root,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: baseUrl, PARKMAP_DB: dbPath },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout?.on('data', (d) => output.push(String(d)));
	child.stderr?.on('data', (d) => output.push(String(d)));
	try {
		await waitFor(`${baseUrl}/`, child, timeoutMs);
	} catch (error) {
		child.kill();
		throw new Error(`${(error as Error).message}\n${output.join('')}`, { cause: error });
	}
	return { baseUrl, stop: () => child.kill() };
}

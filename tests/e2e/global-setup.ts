/**
 * Starts the built app (`node build`) on a free localhost port with a fresh database in a temp
 * folder, waits for the first page (which ingests the seed report), then ingests the SYNTHETIC
 * multi-week fixtures through the Store. Builds nothing itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import type { Report } from '../../src/lib/report/types';
import { Store } from '../../src/lib/store';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		dbPath: string;
	}
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

async function waitFor(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
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

export default async function setup(project: TestProject) {
	const root = resolve('.');
	if (!existsSync(join(root, 'build/index.js'))) {
		throw new Error('No build/ found: run `npm run build` first (npm run test:e2e does).');
	}
	const dir = mkdtempSync(join(tmpdir(), 'parkmap-e2e-'));
	const dbPath = join(dir, 'parkmap.sqlite');
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
		await waitFor(`${baseUrl}/`, child);
	} catch (error) {
		child.kill();
		throw new Error(`${(error as Error).message}\n${output.join('')}`);
	}

	const fixtures = JSON.parse(
		readFileSync(join(root, 'tests/fixtures/weeks/synthetic-weeks.json'), 'utf8')
	) as Report[];
	const store = new Store(dbPath);
	for (const report of fixtures) store.ingest(report, 'synthetic-weeks.json');
	store.close();

	process.env.PARKMAP_E2E_URL = baseUrl;
	project.provide('baseUrl', baseUrl);
	project.provide('dbPath', dbPath);

	return () => {
		child.kill();
		rmSync(dir, { recursive: true, force: true });
	};
}

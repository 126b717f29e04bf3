/**
 * Starts the built app (`node build`) on a free localhost port with a fresh database in a temp
 * folder, waits for the first page (which ingests the seed report), then ingests the SYNTHETIC
 * multi-week fixtures through the Store. Builds nothing itself.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import type { Report } from '../../src/lib/report/types';
import { Store } from '../../src/lib/server/store';
import { startApp } from './app';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		dbPath: string;
	}
}

export default async function setup(project: TestProject) {
	const dir = mkdtempSync(join(tmpdir(), 'parkmap-e2e-'));
	const dbPath = join(dir, 'parkmap.sqlite');
	const app = await startApp(dbPath);

	const fixtures = JSON.parse(readFileSync('tests/fixtures/weeks/synthetic-weeks.json', 'utf8')) as Report[];
	const store = new Store(dbPath);
	for (const report of fixtures) store.ingest(report, 'synthetic-weeks.json');
	store.close();

	project.provide('baseUrl', app.baseUrl);
	project.provide('dbPath', dbPath);

	return () => {
		app.stop();
		rmSync(dir, { recursive: true, force: true });
	};
}

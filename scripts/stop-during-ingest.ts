/**
 * SIGTERM while an upload is being parsed and stored: the server must exit within 5 s, and the
 * database must hold the report whole or not at all. --trials runs (default 5), each on a fresh
 * database, SIGTERM at a random moment after the upload starts. Needs `npm run build`.
 *   npx tsx scripts/stop-during-ingest.ts [--trials 5]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildEntry, freePort, waitUntilAnswering } from '../src/lib/server/local-app';
import { storedReports } from './stored-reports';

const { values } = parseArgs({ options: { trials: { type: 'string', default: '5' } } });
const seed = readFileSync('data/seed/report-2023-09-04.txt', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'parkmap-stop-'));
const results: { trial: number; signalAfterMs: number; exitMs: number; reports: number; partial: number }[] =
	[];
try {
	for (let trial = 0; trial < Number(values.trials); trial++) {
		const port = await freePort();
		const base = `http://127.0.0.1:${port}`;
		const dbPath = join(dir, `stop-${trial}.sqlite`);
		const child = spawn(process.execPath, [buildEntry()], {
			env: {
				...process.env,
				HOST: '127.0.0.1',
				PORT: String(port),
				ORIGIN: base,
				PARKMAP_DB: dbPath,
				BODY_SIZE_LIMIT: '52M'
			},
			stdio: 'ignore'
		});
		const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
		await waitUntilAnswering(`${base}/`, { exited: () => child.exitCode !== null, log: () => '' });
		const form = new FormData();
		// A new report each trial: 40 copies of the seed's items and a trial mark.
		const text = Array.from({ length: 40 }, () => seed).join('\n') + `\n本期编号${trial}-${Date.now()}\n`;
		form.set('file', new Blob([text], { type: 'text/plain' }), `stop-${trial}.txt`);
		const upload = fetch(`${base}/api/reports`, {
			method: 'POST',
			body: form,
			headers: { origin: base }
		}).then(
			(r) => r.status,
			() => 0
		);
		const signalAfterMs = Math.floor(Math.random() * 3000);
		await new Promise((r) => setTimeout(r, signalAfterMs));
		const t0 = performance.now();
		child.kill('SIGTERM');
		await exited;
		const exitMs = Math.round(performance.now() - t0);
		await upload;
		const { reports: rows, partial } = storedReports(dbPath);
		results.push({
			trial,
			signalAfterMs,
			exitMs,
			reports: rows.length,
			partial
		});
	}
} finally {
	rmSync(dir, { recursive: true, force: true });
}
const slowest = Math.max(...results.map((r) => r.exitMs));
const partial = results.reduce((n, r) => n + r.partial, 0);
process.stdout.write(JSON.stringify({ results, slowestExitMs: slowest, partial }, null, 2) + '\n');
console.log(
	`${results.length} SIGTERMs during an upload: slowest exit ${slowest} ms, ${partial} partial reports`
);
process.exitCode = slowest > 5000 || partial > 0 ? 1 : 0;

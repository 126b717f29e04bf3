/**
 * Ingest under concurrency: the command line and the running server store the same new report at
 * the same moment, --trials times (default 30), each time a report never seen before. Every
 * upload must answer 200/201 (never 500), the CLI must succeed, and the report must be stored
 * once with all its items. Needs the built app (`npm run build`).
 *   npx tsx scripts/race-ingest.ts [--trials 30]
 * Prints one JSON object; exits non-zero on any failure.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { storedReports } from './stored-reports';
import { run } from '../src/lib/cli';
import { startBuiltApp } from '../src/lib/server/local-app';

const { values } = parseArgs({ options: { trials: { type: 'string', default: '30' } } });
const trials = Number(values.trials);
const seed = readFileSync('data/seed/report-2023-09-04.txt', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'parkmap-race-'));
const dbPath = join(dir, 'race.sqlite');
process.env.PARKMAP_DB = dbPath;

const statuses: Record<string, number> = {};
let cliFailures = 0;
const app = await startBuiltApp({ dbPath });
try {
	for (let trial = 0; trial < trials; trial++) {
		// A report nobody has stored: the seed with one more sentence in its last item.
		const path = join(dir, `race-${trial}.txt`);
		writeFileSync(path, `${seed.trimEnd()}本期复核编号${trial}-${Date.now()}。\n`);
		const form = new FormData();
		form.set('file', new Blob([readFileSync(path)], { type: 'text/plain' }), `race-${trial}.txt`);
		let cliError = '';
		const [response, code] = await Promise.all([
			fetch(`${app.baseUrl}/api/reports`, {
				method: 'POST',
				body: form,
				headers: { origin: app.baseUrl }
			}),
			run(['ingest', path], {
				stdin: Readable.from([]),
				stdout: () => undefined,
				stderr: (text) => (cliError += text)
			})
		]);
		statuses[response.status] = (statuses[response.status] ?? 0) + 1;
		if (code !== 0) {
			cliFailures++;
			console.error(`trial ${trial}: cli exit ${code}: ${cliError.trim()}`);
		}
		if (response.status >= 500)
			console.error(`trial ${trial}: HTTP ${response.status}: ${await response.text()}`);
	}
	const { reports: rows, partial: wrongCounts } = storedReports(dbPath);
	const errors500 = Object.entries(statuses)
		.filter(([s]) => Number(s) >= 500)
		.reduce((n, [, c]) => n + c, 0);
	const summary = { trials, statuses, errors500, cliFailures, reportsStored: rows.length, wrongCounts };
	process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
	console.log(
		`${trials} simultaneous CLI + server ingests: HTTP ${JSON.stringify(statuses)}, ${errors500} × 5xx, ${cliFailures} CLI failures, ${rows.length} reports stored, ${wrongCounts} with a wrong item count`
	);
	process.exitCode = errors500 + cliFailures + wrongCounts > 0 ? 1 : 0;
} finally {
	app.stop();
	rmSync(dir, { recursive: true, force: true });
}

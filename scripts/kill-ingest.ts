/**
 * Crash safety of ingest: a child process stores large reports (thousands of items each, one
 * transaction per report) and is killed with SIGKILL at a random moment; the database must then
 * hold only whole reports (every stored report has exactly its item count) and pass SQLite's
 * integrity check. Repeats for --trials runs (default 20) on fresh databases in a temp folder.
 *   npx tsx scripts/kill-ingest.ts [--trials 20] [--items 20000]
 * Prints one JSON object; exits non-zero when any trial leaves a partial report.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { storedReports } from './stored-reports';
import { fillStore } from '../bench/load-data';

const self = fileURLToPath(import.meta.url);

if (process.argv[2] === '--child') {
	// Child: say it is about to write, store the synthetic reports, then idle until killed.
	process.stdout.write('ready\n');
	fillStore(process.argv[3], Number(process.argv[4]));
	process.stdout.write('done\n');
	setInterval(() => undefined, 1000);
} else {
	const { values } = parseArgs({
		options: { trials: { type: 'string', default: '20' }, items: { type: 'string', default: '20000' } }
	});
	const trials = Number(values.trials);
	const items = Number(values.items);
	const dir = mkdtempSync(join(tmpdir(), 'parkmap-kill-'));
	const results: {
		trial: number;
		killedAfterMs: number;
		reports: number;
		partial: number;
		integrity: string;
	}[] = [];
	try {
		for (let trial = 0; trial < trials; trial++) {
			const path = join(dir, `kill-${trial}.sqlite`);
			const child = spawn(process.execPath, ['--import', 'tsx', self, '--child', path, String(items)], {
				stdio: ['ignore', 'pipe', 'inherit']
			});
			await new Promise((r) => child.stdout!.once('data', r));
			// A random moment while the reports are written (a second or two in all).
			const killedAfterMs = Math.floor(Math.random() * 2500);
			await new Promise((r) => setTimeout(r, killedAfterMs));
			child.kill('SIGKILL');
			await new Promise((r) => child.once('exit', r));
			const { reports, partial, integrity } = storedReports(path);
			results.push({ trial, killedAfterMs, reports: reports.length, partial, integrity });
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	const partialTrials = results.filter((r) => r.partial > 0 || r.integrity !== 'ok').length;
	const summary = {
		trials,
		itemsPerRun: items,
		killedMidway: results.filter((r) => r.reports > 0 && r.reports < 52).length,
		partialTrials,
		results
	};
	process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
	console.log(
		`${trials} kills (${summary.killedMidway} while reports were being stored): ${partialTrials} left a partial report or a damaged database`
	);
	process.exitCode = partialTrials > 0 ? 1 : 0;
}

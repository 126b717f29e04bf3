/**
 * Fuzz run of the report parser and locator: --cases seeded reports (default 1,000,000) from
 * tests/fuzz/generate.ts, inputs bounded to --max-chars (default 3,000) characters, spread over
 * --jobs processes (default: the CPU count). Every 50th case also runs the locator. Counts parsed
 * reports, refusals (ReportError), crashes (any other error or a contract violation) and hangs
 * (a case over --hang-ms, default 2,000 ms); a crash or hang prints its seed for replay. Runs in
 * batches of --batch cases (default 100,000) and writes the count so far to stderr after each.
 *   npx tsx bench/fuzz.ts [--cases 1000000] [--jobs 4] [--max-chars 3000] [--batch 100000]
 * Prints one JSON object, then a short summary.
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fuzzCase } from '../tests/fuzz/generate';
import { runSeeds, type FuzzSummary } from '../tests/fuzz/harness';

const { values } = parseArgs({
	options: {
		cases: { type: 'string', default: '1000000' },
		jobs: { type: 'string', default: String(availableParallelism()) },
		'max-chars': { type: 'string', default: '3000' },
		'hang-ms': { type: 'string', default: '2000' },
		batch: { type: 'string', default: '100000' },
		from: { type: 'string' },
		to: { type: 'string' }
	}
});
const maxChars = Number(values['max-chars']);
const hangMs = Number(values['hang-ms']);

function runRange(from: number, to: number): FuzzSummary {
	const lines = readFileSync('data/seed/report-2023-09-04.txt', 'utf8').split('\n');
	return runSeeds((seed) => fuzzCase(seed, lines, maxChars), from, to, {
		locate: (seed) => seed % 50 === 0,
		hangMs
	});
}

/** Seeds `first` to `last` spread over `jobs` child processes. */
function runBatch(first: number, last: number, jobs: number): Promise<FuzzSummary[]> {
	const self = fileURLToPath(import.meta.url);
	const per = Math.ceil((last - first + 1) / jobs);
	return Promise.all(
		Array.from({ length: jobs }, (_, j) => {
			const from = first + j * per;
			const to = Math.min(last + 1, from + per);
			return new Promise<FuzzSummary>((resolve, reject) => {
				const args = ['--from', String(from), '--to', String(to)];
				args.push('--max-chars', String(maxChars), '--hang-ms', String(hangMs));
				const child = fork(self, args, { execArgv: ['--import', 'tsx'] });
				child.once('message', (m) => resolve(m as FuzzSummary));
				child.once('exit', (code) => code !== 0 && reject(new Error(`fuzz job ${j} exited with ${code}`)));
			});
		})
	);
}

if (values.from !== undefined && values.to !== undefined) {
	// Child: one range of seeds, the summary back to the parent.
	process.send!(runRange(Number(values.from), Number(values.to)));
	process.disconnect?.();
} else {
	const cases = Number(values.cases);
	const jobs = Math.max(1, Math.min(64, Number(values.jobs)));
	const batch = Math.max(jobs, Number(values.batch));
	const t0 = performance.now();
	const parts: FuzzSummary[] = [];
	// In batches, with a line on stderr after each: a run stopped early still says how far it got.
	for (let first = 1; first <= cases; first += batch) {
		const last = Math.min(cases, first + batch - 1);
		parts.push(...(await runBatch(first, last, jobs)));
		const done = parts.reduce((n, p) => n + p.cases, 0);
		const crashes = parts.reduce((n, p) => n + p.crashes.length, 0);
		const hangs = parts.reduce((n, p) => n + p.hangs.length, 0);
		const seconds = (performance.now() - t0) / 1000;
		console.error(
			`${new Date().toISOString()} ${done} cases, ${crashes} crashes, ${hangs} hangs, ${Math.round(done / seconds)} cases/s`
		);
	}
	const total = {
		cases: parts.reduce((n, p) => n + p.cases, 0),
		parsed: parts.reduce((n, p) => n + p.parsed, 0),
		refused: parts.reduce((n, p) => n + p.refused, 0),
		crashes: parts.flatMap((p) => p.crashes),
		hangs: parts.flatMap((p) => p.hangs),
		byKind: parts.reduce<Record<string, number>>((acc, p) => {
			for (const [k, v] of Object.entries(p.byKind)) acc[k] = (acc[k] ?? 0) + v;
			return acc;
		}, {}),
		slowestMs: Math.round(Math.max(...parts.map((p) => p.slowestMs))),
		jobs,
		maxChars,
		seconds: Math.round((performance.now() - t0) / 100) / 10
	};
	process.stdout.write(
		JSON.stringify(
			{ ...total, crashes: total.crashes.slice(0, 50), hangs: total.hangs.slice(0, 50) },
			null,
			2
		) + '\n'
	);
	console.log(
		`${total.cases} fuzzed reports in ${total.seconds} s on ${jobs} processes: ${total.parsed} parsed, ${total.refused} refused, ${total.crashes.length} crashes, ${total.hangs.length} hangs (slowest ${total.slowestMs} ms)`
	);
	process.exitCode = total.crashes.length + total.hangs.length > 0 ? 1 : 0;
}

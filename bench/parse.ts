/**
 * Report parser benchmark: time per MB on shapes made to be slow (one huge paragraph, thousands of
 * headlines with captions, one interleaved block of thousands, a body of many lines) at two sizes,
 * so a parser that is not linear shows as a per-MB time that grows with the size. Also the time to
 * refuse a 50 MB text. CPU time is reported next to wall time: on a busy machine wall time
 * follows the load, CPU time the parser.
 *   npx tsx bench/parse.ts
 * Prints one JSON object, then a short table.
 */
import { ReportError } from '../src/lib/report/index';
import { readReport } from '../src/lib/server/read-report';
import { longParagraph, manyHeadlines, manyLines, oneBlock } from '../tests/unit/report/adversarial';

interface Row {
	shape: string;
	mb: number;
	items: number | string;
	wallMs: number;
	cpuMs: number;
	cpuMsPerMb: number;
}

const SHAPES: Array<[string, (mb: number) => string]> = [
	['one paragraph', (mb) => longParagraph(mb * 1e6)],
	['one paragraph, no punctuation', (mb) => longParagraph(mb * 1e6, false)],
	['headlines with captions', (mb) => manyHeadlines(Math.round(mb * 3300))],
	['one interleaved block', (mb) => oneBlock(Math.round(mb * 3300))],
	['body of many lines', (mb) => manyLines(Math.round(mb * 28000))]
];

async function time(shape: string, text: string): Promise<Row> {
	const bytes = new TextEncoder().encode(text);
	const c0 = process.cpuUsage();
	const t0 = performance.now();
	let items: number | string;
	try {
		items = (await readReport(bytes, 'bench.txt')).items.length;
	} catch (e) {
		if (!(e instanceof ReportError)) throw e;
		items = `refused (${e.code})`;
	}
	const wallMs = performance.now() - t0;
	const cpu = process.cpuUsage(c0);
	const cpuMs = (cpu.user + cpu.system) / 1000;
	const mb = bytes.length / 1e6;
	const round = (x: number) => Math.round(x * 10) / 10;
	return {
		shape,
		mb: round(mb),
		items,
		wallMs: round(wallMs),
		cpuMs: round(cpuMs),
		cpuMsPerMb: round(cpuMs / mb)
	};
}

// Warm up the code paths so the first shape does not pay for compilation.
await time('warm-up', manyHeadlines(200));
const rows: Row[] = [];
for (const [name, make] of SHAPES) for (const mb of [0.5, 2.5]) rows.push(await time(name, make(mb)));
rows.push(await time('50 MB paragraph (refused)', longParagraph(50e6)));

process.stdout.write(JSON.stringify({ bench: 'parse', rows }) + '\n\n');
console.log('shape                              MB   items             wall ms   cpu ms   cpu ms/MB');
for (const r of rows) {
	console.log(
		`${r.shape.padEnd(34)} ${String(r.mb).padStart(4)}   ${String(r.items).padEnd(16)} ${String(r.wallMs).padStart(8)} ${String(r.cpuMs).padStart(8)} ${String(r.cpuMsPerMb).padStart(10)}`
	);
}

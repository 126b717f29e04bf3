/**
 * Load benchmark over loopback only: the built app with N stored projects (synthetic), C
 * connections for S seconds against `/`, `/api/map-data` and `/table`; requests/s, p50/p99 and
 * errors per URL, and the HTML size of `/` and `/table`. Then, unless --no-upload, a large report
 * is uploaded from the table page, and another for review and published, while one client keeps
 * asking for `/api/map-data` (./load-upload): the latency of those requests shows whether an
 * upload stalls the server. --near-limit adds inputs of about 50 MB of the slowest shapes.
 *   npm run build && npx tsx bench/load.ts [--n 10000] [--connections 50] [--seconds 30] [--near-limit]
 * Prints one JSON object, then a short table.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startBuiltApp } from '../src/lib/server/local-app';
import { fillStore } from './load-data';
import {
	largeReport,
	nearLimitInputs,
	reviewUpload,
	tableUpload,
	whileProbing,
	type Probed
} from './load-upload';

const { values } = parseArgs({
	options: {
		n: { type: 'string', default: '10000' },
		connections: { type: 'string', default: '50' },
		seconds: { type: 'string', default: '30' },
		'no-upload': { type: 'boolean', default: false },
		'near-limit': { type: 'boolean', default: false }
	}
});
const N = Number(values.n);
const CONNECTIONS = Math.min(200, Number(values.connections));
const SECONDS = Math.min(120, Number(values.seconds));
const PATHS = ['/', '/api/map-data', '/table'];

interface Sample {
	ms: number;
	ok: boolean;
}

/** One GET on a keep-alive agent; resolves with the time to the last byte and the body size. */
function get(base: URL, path: string, agent: Agent): Promise<{ ms: number; status: number; bytes: number }> {
	const t0 = performance.now();
	return new Promise((resolve) => {
		const req = request(
			new URL(path, base),
			{ agent, headers: { 'accept-encoding': 'gzip, br', accept: 'text/html,*/*' } },
			(res) => {
				let bytes = 0;
				res.on('data', (chunk: Buffer) => (bytes += chunk.length));
				res.on('end', () => resolve({ ms: performance.now() - t0, status: res.statusCode ?? 0, bytes }));
				res.on('error', () => resolve({ ms: performance.now() - t0, status: 0, bytes }));
			}
		);
		req.on('error', () => resolve({ ms: performance.now() - t0, status: 0, bytes: 0 }));
		req.setTimeout(10_000, () => req.destroy());
		req.end();
	});
}

function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function summarise(samples: Sample[], seconds: number) {
	const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
	return {
		requests: samples.length,
		perSecond: Math.round(samples.length / seconds),
		p50: Math.round(percentile(ms, 50)),
		p99: Math.round(percentile(ms, 99)),
		errors: samples.filter((s) => !s.ok).length
	};
}

async function load(base: URL) {
	const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
	const byPath = new Map<string, Sample[]>(PATHS.map((p) => [p, []]));
	const deadline = performance.now() + SECONDS * 1000;
	const t0 = performance.now();
	await Promise.all(
		Array.from({ length: CONNECTIONS }, async (_, c) => {
			for (let i = c; performance.now() < deadline; i++) {
				const path = PATHS[i % PATHS.length];
				const { ms, status } = await get(base, path, agent);
				byPath.get(path)!.push({ ms, ok: status === 200 });
			}
		})
	);
	const seconds = (performance.now() - t0) / 1000;
	agent.destroy();
	const all = [...byPath.values()].flat();
	return {
		seconds: Math.round(seconds * 10) / 10,
		total: summarise(all, seconds),
		...Object.fromEntries([...byPath].map(([p, s]) => [p, summarise(s, seconds)]))
	};
}

/**
 * Uploads while probing: a large report from the table page, the same for review then published,
 * and with --near-limit inputs of about 50 MB of the slowest shapes (refused or parsed).
 */
async function duringUploads(base: URL): Promise<Probed[]> {
	const agent = new Agent({ keepAlive: true, maxSockets: 1 });
	const results: Probed[] = [];
	const tag = String(Date.now());
	const table = largeReport(`T${tag}`);
	results.push(
		await whileProbing(base, agent, get, 'table upload', table, () =>
			tableUpload(base, table, 'large-report.txt')
		)
	);
	const review = largeReport(`R${tag}`);
	results.push(
		await whileProbing(base, agent, get, 'review + publish', review, () =>
			reviewUpload(base, review, 'large-report-review.txt')
		)
	);
	if (values['near-limit']) {
		for (const [name, make] of nearLimitInputs()) {
			const file = make();
			results.push(
				await whileProbing(base, agent, get, name, file, () => tableUpload(base, file, 'near-limit.txt'))
			);
		}
	}
	agent.destroy();
	return results;
}

// As `npm start` runs it: uploads up to the report limit.
process.env.BODY_SIZE_LIMIT ??= '52M';
const dir = mkdtempSync(join(tmpdir(), 'parkmap-load-'));
try {
	const stored = fillStore(join(dir, 'load.sqlite'), N);
	const app = await startBuiltApp({ dbPath: join(dir, 'load.sqlite') });
	try {
		const base = new URL(app.baseUrl);
		const agent = new Agent({ keepAlive: true });
		const sizes = Object.fromEntries(
			await Promise.all(PATHS.map(async (p) => [p, (await get(base, p, agent)).bytes] as const))
		);
		agent.destroy();
		const result = {
			stored,
			connections: CONNECTIONS,
			bytes: sizes,
			load: await load(base),
			uploads: values['no-upload'] ? [] : await duringUploads(base)
		};
		process.stdout.write(JSON.stringify(result, null, 2) + '\n');
		console.log(`\n${stored} stored items, ${CONNECTIONS} connections, ${result.load.seconds} s`);
		console.log('url              bytes      req/s  p50 ms  p99 ms  errors');
		for (const p of PATHS) {
			const s = (result.load as unknown as Record<string, ReturnType<typeof summarise>>)[p];
			console.log(
				`${p.padEnd(16)} ${String(sizes[p]).padStart(9)} ${String(s.perSecond).padStart(6)} ${String(s.p50).padStart(7)} ${String(s.p99).padStart(7)} ${String(s.errors).padStart(7)}`
			);
		}
		const t = result.load.total;
		console.log(
			`${'all'.padEnd(16)} ${''.padStart(9)} ${String(t.perSecond).padStart(6)} ${String(t.p50).padStart(7)} ${String(t.p99).padStart(7)} ${String(t.errors).padStart(7)}`
		);
		for (const u of result.uploads) {
			console.log(
				`${u.case}, ${(u.uploadBytes / 1048576).toFixed(1)} MB: HTTP ${u.statuses.join(' then ')} in ${u.ms} ms; meanwhile ${u.probes} requests, p50 ${u.probeP50} ms, max ${u.probeMax} ms`
			);
		}
	} finally {
		app.stop();
	}
} finally {
	rmSync(dir, { recursive: true, force: true });
}

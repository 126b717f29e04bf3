/**
 * Load benchmark over loopback only: the built app with N stored projects (synthetic), C
 * connections for S seconds against `/`, `/api/map-data` and `/table`; requests/s, p50/p99 and
 * errors per URL, and the HTML size of `/` and `/table`. Then, unless --no-upload, a large report
 * is uploaded while one client keeps asking for `/`: the latency of those requests shows whether
 * the upload stalls the server.
 *   npm run build && npx tsx bench/load.ts [--n 10000] [--connections 50] [--seconds 30]
 * Prints one JSON object, then a short table.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startBuiltApp } from '../src/lib/server/local-app';
import { fillStore } from './load-data';

const { values } = parseArgs({
	options: {
		n: { type: 'string', default: '10000' },
		connections: { type: 'string', default: '50' },
		seconds: { type: 'string', default: '30' },
		'no-upload': { type: 'boolean', default: false }
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

/** A large report: the seed report's items a hundred times over (4,700 items to parse and locate). */
function largeReport(): Blob {
	const seed = readFileSync('data/seed/report-2023-09-04.txt', 'utf8');
	return new Blob([Array.from({ length: 100 }, () => seed).join('\n')], { type: 'text/plain' });
}

/** Uploads a large report while probing `/` every 20 ms; the probes' latencies during the upload. */
async function duringUpload(base: URL) {
	const agent = new Agent({ keepAlive: true, maxSockets: 1 });
	const probes: number[] = [];
	let done = false;
	const probe = (async () => {
		while (!done) {
			probes.push((await get(base, '/api/map-data', agent)).ms);
			await new Promise((r) => setTimeout(r, 20));
		}
	})();
	const form = new FormData();
	const file = largeReport();
	form.set('file', file, 'large-report.txt');
	const t0 = performance.now();
	const response = await fetch(new URL('/table?/upload', base), {
		method: 'POST',
		body: form,
		headers: { origin: base.origin, 'x-sveltekit-action': 'true' }
	});
	const uploadMs = performance.now() - t0;
	const text = await response.text();
	done = true;
	await probe;
	agent.destroy();
	const sorted = [...probes].sort((a, b) => a - b);
	return {
		uploadBytes: file.size,
		uploadMs: Math.round(uploadMs),
		uploadStatus: response.status,
		uploadAnswer: text.slice(0, 200),
		probes: probes.length,
		probeP50: Math.round(percentile(sorted, 50)),
		probeMax: Math.round(sorted.at(-1) ?? NaN)
	};
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
			upload: values['no-upload'] ? null : await duringUpload(base)
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
		if (result.upload) {
			const u = result.upload;
			console.log(
				`upload of ${(u.uploadBytes / 1048576).toFixed(1)} MB: HTTP ${u.uploadStatus} in ${u.uploadMs} ms; meanwhile ${u.probes} requests, p50 ${u.probeP50} ms, max ${u.probeMax} ms`
			);
		}
	} finally {
		app.stop();
	}
} finally {
	rmSync(dir, { recursive: true, force: true });
}

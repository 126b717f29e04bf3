/**
 * Parsing and locating off the request thread. One worker thread runs this same module (its built
 * chunk, found through import.meta.url) and parses one report at a time; the request thread keeps
 * answering other requests meanwhile. A report that takes longer than the time budget is abandoned
 * (the worker is terminated and replaced) and nothing is stored, since storing happens only after
 * a parse succeeds. Where the module cannot run in a worker (the dev server's and the tests' .ts
 * sources), parsing runs in-thread with the same interface.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { ReportError, type ReportErrorCode } from '../report';
import type { Report } from '../report/types';
import { parseReportBytes } from './read-report';

/** Longest a report may take to parse and locate (PARKMAP_PARSE_BUDGET_MS overrides). */
export function parseBudgetMs(): number {
	const value = Number(process.env.PARKMAP_PARSE_BUDGET_MS);
	return Number.isFinite(value) && value > 0 ? value : 20_000;
}

/** Most uploads that may wait for the worker; more are refused until it catches up. */
export const MAX_WAITING = 4;

const ROLE = 'parkmap-parse';

/** A report that did not parse within the time budget: nothing was stored. */
export class ParseBudgetError extends Error {
	constructor(
		readonly fileName: string,
		readonly budgetMs: number
	) {
		super(
			`解析 ${fileName} 超过了 ${Math.round(budgetMs / 1000)} 秒的时限，未导入任何内容：请确认这是一期园区周报，或拆分后再导入。` +
				` Reading ${fileName} took longer than ${Math.round(budgetMs / 1000)} s and was stopped; nothing was stored. Check that it is a weekly park report, or split it and import the parts.`
		);
	}
}

/** Too many uploads are waiting to be parsed. */
export class ParseBusyError extends Error {
	constructor() {
		super('服务器正在处理其他周报，请稍后再试。 The server is reading other reports; try again in a minute.');
	}
}

interface Job {
	bytes: Uint8Array;
	fileName: string;
	week?: string;
}

type Reply = { ok: true; report: Report } | { ok: false; code: ReportErrorCode | null; message: string };

// The worker side: this module, loaded in a worker thread, answers parse jobs.
if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE && parentPort) {
	const port = parentPort;
	port.on('message', (job: Job) => {
		parseReportBytes(job.bytes, job.fileName, { week: job.week }).then(
			(report) => port.postMessage({ ok: true, report } satisfies Reply),
			(error: unknown) =>
				port.postMessage({
					ok: false,
					code: error instanceof ReportError ? error.code : null,
					message: error instanceof Error ? error.message : String(error)
				} satisfies Reply)
		);
	});
}

/** Whether this module is a built chunk a worker can load (not a .ts source run by vite or vitest). */
function canUseWorker(): boolean {
	return import.meta.url.endsWith('.js') && process.env.PARKMAP_PARSE_IN_THREAD !== '1';
}

let worker: Worker | null = null;
let queue: Promise<unknown> = Promise.resolve();
let waiting = 0;

function currentWorker(): Worker {
	if (!worker) {
		worker = new Worker(new URL(import.meta.url), { workerData: { role: ROLE } });
		worker.unref();
		worker.once('exit', () => (worker = null));
	}
	return worker;
}

/** Stops the worker (a parse in flight is abandoned; nothing it did is stored). */
export async function stopParseWorker(): Promise<void> {
	const w = worker;
	worker = null;
	if (w) await w.terminate();
}

function runInWorker(job: Job, budgetMs: number): Promise<Report> {
	const w = currentWorker();
	return new Promise<Report>((resolve, reject) => {
		const timer = setTimeout(() => {
			cleanup();
			void stopParseWorker();
			reject(new ParseBudgetError(job.fileName, budgetMs));
		}, budgetMs);
		const onMessage = (reply: Reply) => {
			cleanup();
			if (reply.ok) resolve(reply.report);
			else if (reply.code) reject(new ReportError(reply.code, reply.message));
			else reject(new Error(reply.message));
		};
		const onExit = () => {
			cleanup();
			reject(new Error('The report reader stopped before it finished.'));
		};
		const cleanup = () => {
			clearTimeout(timer);
			w.off('message', onMessage);
			w.off('exit', onExit);
		};
		w.on('message', onMessage);
		w.once('exit', onExit);
		w.postMessage(job);
	});
}

/**
 * Parses and locates a report off the request thread, one at a time, within the time budget.
 * Throws ReportError on bad input, ParseBudgetError when too slow, ParseBusyError when too many wait.
 */
export function parseOffThread(
	bytes: Uint8Array,
	fileName: string,
	options: { week?: string; budgetMs?: number } = {}
): Promise<Report> {
	if (!canUseWorker()) return parseReportBytes(bytes, fileName, { week: options.week });
	if (waiting >= MAX_WAITING) return Promise.reject(new ParseBusyError());
	waiting++;
	const job: Job = { bytes, fileName, week: options.week };
	const run = queue.then(() => runInWorker(job, options.budgetMs ?? parseBudgetMs()));
	const settled = run.finally(() => waiting--);
	queue = settled.catch(() => undefined);
	return settled;
}

/**
 * Parsing and locating off the request thread. One worker thread runs this same module (its built
 * chunk, found through import.meta.url) and parses one report at a time; the request thread keeps
 * answering other requests meanwhile. A report that takes longer than the time budget is abandoned
 * (the worker is terminated and replaced) and nothing is stored, since storing happens only after
 * a parse succeeds. Where the module cannot run in a worker (the dev server's and the tests' .ts
 * sources), parsing runs in-thread with the same interface.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { SERVER_TEXT } from '../i18n/failures';
import { ReportError, type ReportErrorCode } from '../report';
import type { Report } from '../report/types';
import { parseReportBytes } from './read-report';
import type { Messages } from './refusal';
import { reviewMarks, type ReviewMarks } from './review-marks';
import {
	publishReport,
	PublishConflictError,
	saveReportFile,
	Store,
	type IngestResult,
	type PublishInput,
	type PublishResult
} from './store';

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
	/** What to tell a person, in each language. */
	readonly messages: Messages;
	constructor(
		readonly fileName: string,
		readonly budgetMs: number
	) {
		const seconds = Math.round(budgetMs / 1000);
		super(SERVER_TEXT.en.budget(fileName, seconds));
		this.messages = { zh: SERVER_TEXT.zh.budget(fileName, seconds), en: this.message };
	}
}

/** Too many uploads are waiting to be parsed. */
export class ParseBusyError extends Error {
	readonly messages: Messages = { zh: SERVER_TEXT.zh.busy, en: SERVER_TEXT.en.busy };
	constructor() {
		super(SERVER_TEXT.en.busy);
	}
}

interface ParseJob {
	bytes: Uint8Array;
	fileName: string;
	week?: string;
	/** Also find the review's marks of the items. */
	review?: boolean;
	/** Store the report (with its file) instead of sending it back. */
	store?: boolean;
}

/** A reviewed report to store (no parsing, so no time budget). */
interface PublishJob {
	publish: PublishInput;
}

type Job = ParseJob | PublishJob;

/** A parsed report, with its items' review marks when asked for. */
export interface Parsed {
	report: Report;
	marks: ReviewMarks[] | null;
}

/** What a job answers: the parsed report, or what storing it did. */
type Done = Parsed | { stored: IngestResult } | { published: PublishResult };

type Reply =
	| { ok: true; done: Done }
	/** Parsing is over, storing starts: from here the time budget no longer applies. */
	| { ok: true; parsed: true }
	| { ok: false; code: ReportErrorCode | null; conflict: boolean; message: string };

/** Stores a parsed report with its original file, in one transaction. */
function storeParsed(store: Store, report: Report, job: ParseJob): IngestResult {
	return store.db.transaction(() => {
		const result = store.ingest(report, job.fileName);
		if (result.added) saveReportFile(store, result.reportId, job.fileName, job.bytes);
		return result;
	})();
}

/** Parses, locates and marks for review or stores: a job's work, in whichever thread runs it. */
async function runJob(job: Job, store: () => Promise<Store>, parsed: () => void): Promise<Done> {
	if ('publish' in job) {
		parsed();
		return { published: publishReport(await store(), job.publish) };
	}
	const report = await parseReportBytes(job.bytes, job.fileName, { week: job.week });
	if (!job.store) return { report, marks: job.review ? reviewMarks(report.items, report.report.week) : null };
	parsed();
	return { stored: storeParsed(await store(), report, job) };
}

// The worker side: this module, loaded in a worker thread, answers parse jobs. It stores through a
// connection of its own (WAL: the request thread keeps reading meanwhile).
if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE && parentPort) {
	const port = parentPort;
	let own: Store | null = null;
	const store = async () => (own ??= new Store());
	port.on('message', (job: Job) => {
		runJob(job, store, () => port.postMessage({ ok: true, parsed: true } satisfies Reply)).then(
			(done) => port.postMessage({ ok: true, done } satisfies Reply),
			(error: unknown) =>
				port.postMessage({
					ok: false,
					code: error instanceof ReportError ? error.code : null,
					conflict: error instanceof PublishConflictError,
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

function runInWorker(job: Job, budgetMs: number): Promise<Done> {
	const w = currentWorker();
	return new Promise<Done>((resolve, reject) => {
		const timer = setTimeout(() => {
			cleanup();
			void stopParseWorker();
			reject(new ParseBudgetError('publish' in job ? job.publish.fileName : job.fileName, budgetMs));
		}, budgetMs);
		const onMessage = (reply: Reply) => {
			if (reply.ok && 'parsed' in reply) return clearTimeout(timer);
			cleanup();
			if (reply.ok) resolve(reply.done);
			else if (reply.code) reject(new ReportError(reply.code, reply.message));
			else if (reply.conflict) reject(new PublishConflictError(reply.message));
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
		// An upload to store is not needed here again: its bytes move to the worker, not copied.
		w.postMessage(job, 'store' in job && job.store ? [job.bytes.buffer as ArrayBuffer] : []);
	});
}

/** Runs a job in the worker, one at a time and within the time budget; in this thread where no worker can run. */
function queueJob(job: Job, budgetMs: number, store: () => Promise<Store>): Promise<Done> {
	if (!canUseWorker()) return runJob(job, store, () => {});
	// Uploads wait in a short line; a publish (a person's reviewed work) is never turned away.
	if (!('publish' in job) && waiting >= MAX_WAITING) return Promise.reject(new ParseBusyError());
	waiting++;
	const run = queue.then(() => runInWorker(job, budgetMs));
	const settled = run.finally(() => waiting--);
	queue = settled.catch(() => undefined);
	return settled;
}

/**
 * Parses and locates a report off the request thread, one at a time, within the time budget, and
 * with `review` finds its items' review marks there too.
 * Throws ReportError on bad input, ParseBudgetError when too slow, ParseBusyError when too many wait.
 */
export async function parseOffThread(
	bytes: Uint8Array,
	fileName: string,
	options: { week?: string; budgetMs?: number; review?: boolean } = {}
): Promise<Parsed> {
	const job: Job = { bytes, fileName, week: options.week, review: options.review };
	const noStore = () => Promise.reject(new Error('Parsing stores nothing.'));
	return (await queueJob(job, options.budgetMs ?? parseBudgetMs(), noStore)) as Parsed;
}

/**
 * Parses, locates and stores a report (with its original file) off the request thread: the items
 * never come back to it. `store` is the app's store, used where no worker can run. Nothing is stored when parsing fails or runs over the time budget.
 * Throws as parseOffThread.
 */
export async function ingestOffThread(
	bytes: Uint8Array,
	fileName: string,
	options: { week?: string; budgetMs?: number; store: () => Promise<Store> }
): Promise<IngestResult> {
	const job: Job = { bytes, fileName, week: options.week, store: true };
	const done = await queueJob(job, options.budgetMs ?? parseBudgetMs(), options.store);
	return (done as { stored: IngestResult }).stored;
}

/**
 * Stores a reviewed report off the request thread (see publishReport): thousands of items take
 * the store a tenth of a second or more. Throws PublishConflictError or the store's error.
 */
export async function publishOffThread(
	input: PublishInput,
	store: () => Promise<Store>
): Promise<PublishResult> {
	return ((await queueJob({ publish: input }, parseBudgetMs(), store)) as { published: PublishResult })
		.published;
}

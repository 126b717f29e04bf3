/**
 * Upload → review → publish. A parsed report waits in memory as a draft (with the uploaded bytes)
 * until a person publishes it; nothing reaches the store before that, so a cancelled review, a
 * closed tab or a crash stores nothing. Node only.
 */
import { randomUUID } from 'node:crypto';
import { SERVER_TEXT } from '../i18n/failures';
import { loadGazetteer } from './gazetteer';
import type { Item, Report } from '../report/types';
import {
	correctionsFor,
	diffReports,
	droppedIds,
	matchItems,
	type DraftView,
	type ItemEdit,
	type ReviewItem
} from '../review';
import {
	PublishConflictError,
	reportsToReplace,
	type PublishResult,
	type StoredItem,
	type Store
} from './store';
import type { Messages } from './refusal';
import { parseOffThread, publishOffThread } from './worker';
import { appStore } from './pipeline';
import { reviewMarks, withMarks, type ReviewMarks } from './review-marks';
import { nextTurn } from './turns';

/** Stages of parsing an upload, in order, as the review screen names them. */
export type DraftStage = 'reading' | 'checking' | 'ready';

/** A request the review cannot act on: unknown or expired draft, an edit it cannot apply. */
export class ReviewError extends Error {
	/** What to tell a person, in each language (the English one names the detail). */
	readonly messages: Messages;
	constructor(
		readonly status: 404 | 409 | 422,
		reason: ReviewFailure,
		detail?: string
	) {
		super(detail ?? SERVER_TEXT.en[reason]);
		this.messages = { zh: SERVER_TEXT.zh[reason], en: this.message };
	}
}

type ReviewFailure = 'draftGone' | 'notInReport' | 'noDrop' | 'conflict' | 'badEdit';

interface Draft {
	report: Report;
	fileName: string;
	bytes: Uint8Array;
	createdAt: number;
}

/** Drafts live an hour at most, and only the latest few (up to 200 MB of files) are kept: memory, not storage. */
const DRAFT_TTL_MS = 60 * 60 * 1000;
const MAX_DRAFTS = 16;
const MAX_DRAFT_BYTES = 200 * 1048576;
const drafts = new Map<string, Draft>();

function keepDraft(draft: Draft): string {
	const now = Date.now();
	for (const [id, d] of drafts) if (now - d.createdAt > DRAFT_TTL_MS) drafts.delete(id);
	const bytes = () => [...drafts.values()].reduce((sum, d) => sum + d.bytes.length, draft.bytes.length);
	// Oldest first: Map keeps insertion order.
	while (drafts.size > 0 && (drafts.size >= MAX_DRAFTS || bytes() > MAX_DRAFT_BYTES)) {
		drafts.delete(drafts.keys().next().value!);
	}
	const id = randomUUID();
	drafts.set(id, draft);
	return id;
}

function draftOf(id: string): Draft {
	const draft = drafts.get(id);
	if (!draft) throw new ReviewError(404, 'draftGone');
	return draft;
}

/** Forgets a draft (cancel): nothing was stored, nothing is. */
export function discardDraft(id: string): boolean {
	return drafts.delete(id);
}

/** Review views of items, items that need a look first. */
export function reviewItems(items: Item[], week: string, gazetteer = loadGazetteer()): ReviewItem[] {
	return withMarks(items, reviewMarks(items, week, gazetteer));
}

/**
 * Parses and locates an upload without storing anything, reporting each stage as it starts, and
 * keeps it as a draft. Throws ReportError on bad input (or the worker's ParseBudgetError /
 * ParseBusyError).
 */
export async function createDraft(
	bytes: Uint8Array,
	fileName: string,
	options: { week?: string; onStage?: (stage: DraftStage, done?: number, total?: number) => void } = {}
): Promise<DraftView> {
	const stage = options.onStage ?? (() => {});
	// Reading and locating run together in the parse worker, off the request thread.
	stage('reading');
	await nextTurn();
	// The review's marks are found in the worker too: for thousands of items they take seconds.
	const { report, marks } = await parseOffThread(bytes, fileName, { week: options.week, review: true });
	stage('checking');
	const view = draftView(
		await appStore(),
		report,
		fileName,
		marks ?? reviewMarks(report.items, report.report.week)
	);
	view.draftId = keepDraft({ report, fileName, bytes, createdAt: Date.now() });
	stage('ready');
	return view;
}

function draftView(store: Store, report: Report, fileName: string, marks: ReviewMarks[]): DraftView {
	const replaced = reportsToReplace(store, report.report);
	const stored = store.reports().filter((r) => replaced.includes(r.id));
	return {
		draftId: '',
		fileName,
		report: report.report,
		items: withMarks(report.items, marks),
		existing:
			stored.length === 0
				? null
				: {
						reports: stored.map((r) => ({
							id: r.id,
							fileName: r.fileName,
							itemCount: r.itemCount,
							ingestedAt: r.ingestedAt
						})),
						diff: diffReports(itemsOf(store, replaced), report.items)
					}
	};
}

function itemsOf(store: Store, reportIds: string[]): StoredItem[] {
	const ids = new Set(reportIds);
	return store.items().filter((item) => ids.has(item.reportId));
}

/** A typed place name as the gazetteer finds it. */
const locateName = (name: string) => loadGazetteer().locate(name);

/**
 * Publishes a draft: the report without its dropped items, the edits as corrections by `author`,
 * the uploaded file; replacing the week's stored reports listed in `replace` (corrections carry
 * over to the items they belong to). One transaction.
 */
export async function publishDraft(
	draftId: string,
	request: { edits: Record<string, ItemEdit>; author: string | null; replace: string[] }
): Promise<PublishResult> {
	const draft = draftOf(draftId);
	const store = await appStore();
	const known = new Set(draft.report.items.map((i) => i.id));
	const unknown = Object.keys(request.edits).find((id) => !known.has(id));
	if (unknown) throw new ReviewError(422, 'notInReport', `Item ${unknown} is not in this report.`);
	const dropped = droppedIds(request.edits);
	const items = draft.report.items.filter((i) => !dropped.has(i.id));
	const corrections = items.flatMap((item) =>
		asReviewError(() => correctionsFor(item, request.edits[item.id] ?? {}, locateName))
	);
	const carry = matchItems(itemsOf(store, request.replace), items);
	const input = {
		report: { report: { ...draft.report.report, itemCount: items.length }, items },
		fileName: draft.fileName,
		content: draft.bytes,
		corrections,
		author: request.author,
		replace: request.replace,
		carry
	};
	// In the parse worker: thousands of items take the store a tenth of a second or more.
	const result = await publishOffThread(input, appStore).catch((e: unknown) => {
		throw reviewErrorOf(e);
	});
	drafts.delete(draftId);
	return result;
}

/** Runs a step, turning a refused edit or a changed week into a ReviewError. */
function asReviewError<T>(step: () => T): T {
	try {
		return step();
	} catch (e) {
		throw reviewErrorOf(e);
	}
}

function reviewErrorOf(e: unknown): ReviewError {
	if (e instanceof ReviewError) return e;
	const message = e instanceof Error ? e.message : String(e);
	return e instanceof PublishConflictError
		? new ReviewError(409, 'conflict', message)
		: new ReviewError(422, 'badEdit', message);
}

/** A stored report reviewed again: its items with corrections applied, those that need a look first. */
export async function storedReview(reportId: string) {
	const store = await appStore();
	const report = store.reports().find((r) => r.id === reportId);
	if (!report) return null;
	return { report, items: reviewItems(itemsOf(store, [reportId]), report.week) };
}

/** Saves edits of a stored report's items as corrections by `author`, all or none. */
export async function correctStored(
	reportId: string,
	edits: Record<string, ItemEdit>,
	author: string | null
): Promise<number> {
	const store = await appStore();
	const items = new Map(itemsOf(store, [reportId]).map((i) => [i.id, i]));
	const corrections = Object.entries(edits).flatMap(([id, edit]) => {
		const item = items.get(id);
		if (!item) throw new ReviewError(422, 'notInReport', `Item ${id} is not in report ${reportId}.`);
		if (edit.drop) throw new ReviewError(422, 'noDrop');
		return asReviewError(() => correctionsFor(item, edit, locateName));
	});
	asReviewError(() =>
		store.db.transaction(() => {
			for (const c of corrections) store.correct(c.itemId, c.field, c.value, 'review', author);
		})()
	);
	return corrections.length;
}

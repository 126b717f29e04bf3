/**
 * Reports as things a person manages: publish a reviewed report (replacing its week's report when
 * asked), delete one, and keep the original file with it.
 */
import type { Report } from '../../report/types';
import type { CorrectionField } from '../../review/corrections';
import type { PublishResult } from '../../review/types';
import { readCorrections, writeCarried, writeCorrection } from './history';
import type { Store } from './index';

/** The stored reports changed while a review was open: nothing was stored. */
export class PublishConflictError extends Error {}

export interface PublishInput {
	/** The report as reviewed: dropped items already left out. */
	report: Report;
	fileName: string;
	/** The uploaded file, stored with the report for download. */
	content: Uint8Array | null;
	/** Edits made in review, stored as corrections of the new items. */
	corrections: { itemId: string; field: CorrectionField; value: unknown }[];
	author: string | null;
	/** Stored reports of the same week the person agreed to replace (empty when none is stored). */
	replace: string[];
	/** Old item id → new item id: corrections of replaced items that carry over. */
	carry: Map<string, string>;
}

/** Stored reports a new report of `week` (or with the same id) would replace. */
export function reportsToReplace(store: Store, report: Report['report']): string[] {
	const rows = store.db
		.prepare('SELECT id FROM reports WHERE week = ? OR id = ? ORDER BY ingested_at')
		.all(report.week, report.id) as { id: string }[];
	return rows.map((r) => r.id);
}

/**
 * Stores a reviewed report in one transaction: the replaced reports go (with their items and
 * corrections), the report and its items come in, corrections carry over and the review's edits
 * are recorded by `author`. Any error stores nothing.
 */
export function publishReport(store: Store, input: PublishInput): PublishResult {
	const { db } = store;
	return db.transaction((): PublishResult => {
		const stored = reportsToReplace(store, input.report.report);
		const agreed = new Set(input.replace);
		if (stored.length !== agreed.size || stored.some((id) => !agreed.has(id))) {
			throw new PublishConflictError(
				`The stored reports of week ${input.report.report.week} changed while this review was open; upload the report again.`
			);
		}
		const oldItems = stored.flatMap((id) =>
			(db.prepare('SELECT id FROM items WHERE report_id = ?').all(id) as { id: string }[]).map((r) => r.id)
		);
		const carried = readCorrections(db, oldItems);
		for (const id of stored) db.prepare('DELETE FROM reports WHERE id = ?').run(id);
		const ingested = store.ingest(input.report, input.fileName);
		const carriedCount = writeCarried(db, carried, input.carry);
		for (const c of input.corrections) {
			writeCorrection(db, { ...c, author: input.author, note: 'review' });
		}
		if (input.content) saveReportFile(store, ingested.reportId, input.fileName, input.content);
		return {
			reportId: ingested.reportId,
			week: ingested.week,
			items: ingested.items,
			located: ingested.located,
			corrections: input.corrections.length,
			carried: carriedCount,
			replaced: stored
		};
	})();
}

/** Keeps the original file of a stored report (replacing one kept before). */
export function saveReportFile(store: Store, reportId: string, fileName: string, content: Uint8Array): void {
	store.db
		.prepare('INSERT OR REPLACE INTO report_files (report_id, file_name, content) VALUES (?, ?, ?)')
		.run(reportId, fileName, Buffer.from(content));
}

/** Deletes a report with its items, their corrections and its file; false when there is none. */
export function deleteReport(store: Store, reportId: string): boolean {
	return store.db.prepare('DELETE FROM reports WHERE id = ?').run(reportId).changes > 0;
}

/** The original file stored with a report, or null (reports ingested from the command line have none). */
export function reportFile(store: Store, reportId: string): { fileName: string; content: Buffer } | null {
	const row = store.db
		.prepare('SELECT file_name AS fileName, content FROM report_files WHERE report_id = ?')
		.get(reportId) as { fileName: string; content: Buffer } | undefined;
	return row ?? null;
}

/** Ids of the reports whose original file is stored. */
export function reportsWithFile(store: Store): Set<string> {
	const rows = store.db.prepare('SELECT report_id FROM report_files').all() as { report_id: string }[];
	return new Set(rows.map((r) => r.report_id));
}

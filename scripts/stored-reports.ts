/**
 * What the ingest trial scripts (kill, race, stop) check after each trial: every stored report
 * with its expected and stored item counts, and items that belong to no report. Reads only.
 */
import Database from 'better-sqlite3';

export interface StoredReports {
	reports: { id: string; expected: number; stored: number }[];
	/** Reports whose stored items are fewer or more than they say, plus items without a report. */
	partial: number;
	/** SQLite's integrity_check: 'ok' when the file is sound. */
	integrity: string;
}

export function storedReports(path: string): StoredReports {
	const db = new Database(path, { readonly: true });
	try {
		const integrity = db.pragma('integrity_check', { simple: true }) as string;
		// A kill before the first migration leaves no tables: nothing stored, nothing partial.
		if (!db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'items'").get()) {
			return { reports: [], partial: 0, integrity };
		}
		const reports = db
			.prepare(
				`SELECT r.id, r.item_count AS expected, (SELECT COUNT(*) FROM items i WHERE i.report_id = r.id) AS stored
				 FROM reports r`
			)
			.all() as StoredReports['reports'];
		const orphans = db
			.prepare('SELECT COUNT(*) AS n FROM items WHERE report_id NOT IN (SELECT id FROM reports)')
			.get() as { n: number };
		return { reports, partial: reports.filter((r) => r.expected !== r.stored).length + orphans.n, integrity };
	} finally {
		db.close();
	}
}

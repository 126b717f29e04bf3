/**
 * server/store/: SQLite (better-sqlite3): reports, items, manual corrections and their history,
 * original files; migrations in code. Node only.
 *
 * Must not import export/, map/, ui/, filters/, cli/ or the rest of src/lib/server/; from the shared
 * folders it takes types and the corrections' schema (review/corrections.ts) only.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Location } from '../../gazetteer/types';
import type { Item, Report, Section } from '../../report/types';
import type { CorrectionField } from '../../review/corrections';
import type { CorrectionStep, StoredItem, StoredReport } from '../../review/types';
import { correctionHistory, revertCorrection, writeCorrection } from './history';
import { MIGRATIONS } from './schema';

export { validateCorrection, type CorrectionField } from '../../review/corrections';
export { RevertError } from './history';
export type { CorrectionStep, PublishResult, StoredItem, StoredReport } from '../../review/types';
export {
	publishReport,
	deleteReport,
	reportFile,
	saveReportFile,
	reportsWithFile,
	reportsToReplace,
	PublishConflictError,
	type PublishInput
} from './reports';

export interface IngestResult {
	reportId: string;
	week: string;
	/** False when the same report was already stored: nothing changed. */
	added: boolean;
	items: number;
	located: number;
	unlocated: number;
}

/** Where the database lives: `PARKMAP_DB`, else `data/parkmap.sqlite` under the working directory. */
export function defaultDatabasePath(): string {
	return resolve(process.env.PARKMAP_DB ?? 'data/parkmap.sqlite');
}

interface ItemRow {
	id: string;
	report_id: string;
	week: string;
	section: Section;
	title: string;
	date: string | null;
	amount_yi: number | null;
	amount_text: string | null;
	sectors: string;
	source: string | null;
	caption: string | null;
	body: string;
	location: string | null;
	kind: Item['kind'];
	project_count: number | null;
}

export class Store {
	readonly db: Database.Database;
	private cached: { version: string; items: StoredItem[] } | null = null;

	constructor(path: string = defaultDatabasePath()) {
		if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
		this.db = new Database(path);
		this.db.pragma('journal_mode = WAL');
		// The server and the command line may write at once: wait for the other's transaction.
		this.db.pragma('busy_timeout = 10000');
		this.db.pragma('foreign_keys = ON');
		this.migrate();
	}

	private migrate(): void {
		const version = this.db.pragma('user_version', { simple: true }) as number;
		for (let i = version; i < MIGRATIONS.length; i++) {
			this.db.transaction(() => {
				this.db.exec(MIGRATIONS[i]);
				this.db.pragma(`user_version = ${i + 1}`);
			})();
		}
	}

	/**
	 * Stores a parsed report in one transaction. Ingesting the same report again
	 * (same id) changes nothing, so corrections made since are kept.
	 */
	ingest(report: Report, fileName: string | null = null): IngestResult {
		const { report: meta, items } = report;
		const located = items.filter((i) => i.location !== null).length;
		const result: IngestResult = {
			reportId: meta.id,
			week: meta.week,
			added: false,
			items: items.length,
			located,
			unlocated: items.length - located
		};
		// ON CONFLICT inside the transaction: another process storing the same report at the same
		// moment makes this one a no-op, never a constraint error.
		const insertReport = this.db.prepare(
			`INSERT INTO reports (id, week, iso_week, year, week_source, title, file_name, item_count, ingested_at)
			 VALUES (@id, @week, @isoWeek, @year, @weekSource, @title, @fileName, @itemCount, @ingestedAt)
			 ON CONFLICT (id) DO NOTHING`
		);
		const insertItem = this.db.prepare(
			`INSERT INTO items (id, report_id, ord, section, title, date, amount_yi, amount_text, sectors, source, caption, body, location, kind, project_count)
			 VALUES (@id, @reportId, @ord, @section, @title, @date, @amountYi, @amountText, @sectors, @source, @caption, @body, @location, @kind, @projectCount)`
		);
		const store = this.db.transaction((): boolean => {
			const inserted = insertReport.run({
				id: meta.id,
				week: meta.week,
				isoWeek: meta.isoWeek,
				year: meta.year,
				weekSource: meta.weekSource,
				title: meta.title,
				fileName,
				itemCount: items.length,
				ingestedAt: new Date().toISOString()
			});
			if (inserted.changes === 0) return false;
			items.forEach((item, ord) => insertItem.run(itemParams(item, meta.id, ord)));
			return true;
		});
		// IMMEDIATE: take the write lock before reading, so two writers never interleave.
		result.added = store.immediate();
		return result;
	}

	reports(): StoredReport[] {
		return this.db
			.prepare(
				`SELECT id, week, iso_week AS isoWeek, year, week_source AS weekSource, title, file_name AS fileName,
				        item_count AS itemCount, ingested_at AS ingestedAt
				 FROM reports ORDER BY week, ingested_at`
			)
			.all() as StoredReport[];
	}

	/**
	 * Changes whenever the stored data changes, through this connection or any other (the command
	 * line writing while the server runs). Cheap: a pragma read, no table scan.
	 */
	version(): string {
		// data_version counts other connections' commits; total_changes() this connection's own rows.
		const own = this.db.prepare('SELECT total_changes() AS n').get() as { n: number };
		return `${this.db.pragma('data_version', { simple: true }) as number}.${own.n}`;
	}

	/**
	 * Every stored item, oldest week first, report order within a week, corrections applied.
	 * Read once per data version and shared: callers must not modify the array or its items.
	 */
	items(): StoredItem[] {
		const version = this.version();
		if (this.cached?.version === version) return this.cached.items;
		const items = this.withCorrections([...this.itemChunks(Number.MAX_SAFE_INTEGER)].flat());
		this.cached = { version, items };
		return items;
	}

	/**
	 * The same items as items(), read `chunk` rows at a time with `pause()` awaited between chunks,
	 * so that a server keeps answering other requests while thousands of items are read; then
	 * shared with items(). A write between chunks makes it read again. Resolves with the items and
	 * the data version they belong to.
	 */
	async refreshItems(
		pause: () => Promise<void>,
		chunk = 1000
	): Promise<{ version: string; items: StoredItem[] }> {
		for (let attempt = 0; attempt < 3; attempt++) {
			const version = this.version();
			if (this.cached?.version === version) return this.cached;
			const items: StoredItem[] = [];
			for (const rows of this.itemChunks(chunk)) {
				for (const item of rows) items.push(item);
				await pause();
			}
			if (this.version() !== version) continue;
			this.cached = { version, items: this.withCorrections(items) };
			return this.cached;
		}
		// Written to all the while: read at once.
		const items = this.items();
		return { version: this.cached?.version ?? this.version(), items };
	}

	/**
	 * Every item in order (corrections not applied), about `chunk` at a time: a report's items are
	 * read in ranges of their position, so one huge report is read in pieces too.
	 */
	private *itemChunks(chunk: number): Generator<StoredItem[]> {
		const reports = this.db
			.prepare(
				`SELECT r.id, r.week, (SELECT max(ord) FROM items WHERE report_id = r.id) AS last
				 FROM reports r ORDER BY r.week, r.ingested_at, r.id`
			)
			.all() as { id: string; week: string; last: number | null }[];
		const range = this.db.prepare(
			'SELECT i.*, ? AS week FROM items i WHERE i.report_id = ? AND i.ord >= ? AND i.ord < ? ORDER BY i.ord'
		);
		let batch: StoredItem[] = [];
		for (const { id, week, last } of reports) {
			for (let from = 0; last !== null && from <= last; from += chunk) {
				for (const row of range.all(week, id, from, from + chunk) as ItemRow[]) batch.push(rowToItem(row));
				if (batch.length >= chunk) {
					yield batch;
					batch = [];
				}
			}
		}
		if (batch.length > 0) yield batch;
	}

	private withCorrections(items: StoredItem[]): StoredItem[] {
		const corrections = this.corrections();
		return corrections.size === 0
			? items
			: items.map((item) => applyCorrections(item, corrections.get(item.id)));
	}

	/**
	 * Sets one field of one item by hand; kept across re-ingest and logged in the item's history
	 * with `author`. Throws when the item is unknown or the value refused.
	 */
	correct(
		itemId: string,
		field: CorrectionField,
		value: unknown,
		note: string | null = null,
		author: string | null = null
	): void {
		writeCorrection(this.db, { itemId, field, value, note, author });
	}

	/** The history of one item's corrections, oldest first. */
	history(itemId: string): CorrectionStep[] {
		return correctionHistory(this.db, itemId);
	}

	/** Undoes the latest correction of a field (see revertCorrection). */
	revert(stepId: number, author: string | null = null): CorrectionStep {
		return revertCorrection(this.db, stepId, author);
	}

	private corrections(): Map<string, Map<CorrectionField, unknown>> {
		const rows = this.db.prepare('SELECT item_id, field, value FROM corrections').all() as {
			item_id: string;
			field: CorrectionField;
			value: string;
		}[];
		const byItem = new Map<string, Map<CorrectionField, unknown>>();
		for (const row of rows) {
			const fields = byItem.get(row.item_id) ?? new Map<CorrectionField, unknown>();
			fields.set(row.field, JSON.parse(row.value));
			byItem.set(row.item_id, fields);
		}
		return byItem;
	}

	close(): void {
		this.db.close();
	}
}

/** The parameters of an item's INSERT: lists and places as JSON text. */
function itemParams(item: Item, reportId: string, ord: number) {
	return {
		id: item.id,
		reportId,
		ord,
		section: item.section,
		title: item.title,
		date: item.date,
		amountYi: item.amountYi,
		amountText: item.amountText,
		sectors: JSON.stringify(item.sectors),
		source: item.source,
		caption: item.caption,
		body: item.body,
		location: item.location ? JSON.stringify(item.location) : null,
		// Reports parsed before events were told apart (saved JSON, fixtures) hold projects.
		kind: item.kind ?? 'project',
		projectCount: item.projectCount ?? null
	};
}

function rowToItem(row: ItemRow): StoredItem {
	return {
		id: row.id,
		reportId: row.report_id,
		week: row.week,
		section: row.section,
		title: row.title,
		date: row.date,
		amountYi: row.amount_yi,
		amountText: row.amount_text,
		sectors: JSON.parse(row.sectors) as string[],
		source: row.source,
		location: row.location ? (JSON.parse(row.location) as Location) : null,
		caption: row.caption,
		body: row.body,
		kind: row.kind,
		projectCount: row.project_count,
		corrected: []
	};
}

function applyCorrections(item: StoredItem, fields: Map<CorrectionField, unknown> | undefined): StoredItem {
	if (!fields) return item;
	// Values were validated by correct(); they replace the parsed fields.
	const overrides: Record<string, unknown> = Object.fromEntries(fields);
	return { ...item, ...overrides, corrected: [...fields.keys()] };
}

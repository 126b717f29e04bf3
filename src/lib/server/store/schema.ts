/**
 * Migrations, applied in order; `PRAGMA user_version` records how many have run.
 * Append only: never edit a migration that has shipped.
 */
export const MIGRATIONS: readonly string[] = [
	`
	CREATE TABLE reports (
		id          TEXT PRIMARY KEY,
		week        TEXT NOT NULL,              -- Monday of the report's week, YYYY-MM-DD
		iso_week    TEXT NOT NULL,
		year        INTEGER NOT NULL,
		week_source TEXT NOT NULL,
		title       TEXT,
		file_name   TEXT,
		item_count  INTEGER NOT NULL,
		ingested_at TEXT NOT NULL
	);
	CREATE TABLE items (
		id          TEXT PRIMARY KEY,
		report_id   TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
		ord         INTEGER NOT NULL,           -- position in the report
		section     TEXT NOT NULL CHECK (section IN ('investment', 'news', 'policy')),
		title       TEXT NOT NULL,
		date        TEXT,
		amount_yi   REAL,
		amount_text TEXT,
		sectors     TEXT NOT NULL,              -- JSON array of sector names
		source      TEXT,
		caption     TEXT,
		body        TEXT NOT NULL,
		location    TEXT                        -- JSON Location, NULL when no place was found
	);
	CREATE INDEX items_report ON items(report_id, ord);
	CREATE TABLE corrections (
		item_id    TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
		field      TEXT NOT NULL CHECK (field IN ('location', 'amountYi', 'sectors', 'date', 'section', 'title')),
		value      TEXT NOT NULL,               -- JSON
		note       TEXT,
		created_at TEXT NOT NULL,
		PRIMARY KEY (item_id, field)
	);
	`,
	// An item is a project or an event that totals many projects (kind), with their count where stated.
	`
	ALTER TABLE items ADD COLUMN kind TEXT NOT NULL DEFAULT 'project' CHECK (kind IN ('project', 'event'));
	ALTER TABLE items ADD COLUMN project_count INTEGER;
	`,
	// Corrections as a history (who, when, revertable) and the original file stored with a report.
	`
	CREATE TABLE correction_history (
		id         INTEGER PRIMARY KEY AUTOINCREMENT,
		item_id    TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
		field      TEXT NOT NULL,
		value      TEXT,                        -- JSON set by this step; NULL: the parsed value is back
		previous   TEXT,                        -- JSON in force before; NULL: the parsed value
		author     TEXT,
		note       TEXT,
		created_at TEXT NOT NULL,
		revert_of  INTEGER                      -- the step this one undid
	);
	CREATE INDEX correction_history_item ON correction_history(item_id, field, id);
	INSERT INTO correction_history (item_id, field, value, previous, author, note, created_at)
		SELECT item_id, field, value, NULL, NULL, note, created_at FROM corrections;
	CREATE TABLE report_files (
		report_id  TEXT PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
		file_name  TEXT NOT NULL,
		content    BLOB NOT NULL
	);
	`
];

/**
 * Corrections as a history: every change to an item's field records who made it, when, and the
 * value it replaced, so any latest change can be undone. The `corrections` table keeps the values
 * in force; `correction_history` is the log behind them.
 */
import type Database from 'better-sqlite3';
import { validateCorrection, type CorrectionField } from '../../review/corrections';
import type { CorrectionStep } from '../../review/types';

interface StepRow {
	id: number;
	item_id: string;
	field: CorrectionField;
	value: string | null;
	previous: string | null;
	author: string | null;
	note: string | null;
	created_at: string;
	revert_of: number | null;
}

/** A revert that cannot be made as asked: no such step, or a later change to its field. */
export class RevertError extends Error {
	constructor(
		readonly code: 'unknown' | 'overwritten',
		message: string
	) {
		super(message);
	}
}

const fromJson = (text: string | null): unknown => (text === null ? undefined : JSON.parse(text));

/**
 * Sets (or, with `value` undefined, removes) one correction and logs the step. Validates the value;
 * throws an Error naming the field when it is refused. Run inside the caller's transaction or alone.
 */
export function writeCorrection(
	db: Database.Database,
	step: {
		itemId: string;
		field: CorrectionField;
		value: unknown;
		author?: string | null;
		note?: string | null;
		revertOf?: number | null;
	}
): void {
	const exists = db.prepare('SELECT 1 FROM items WHERE id = ?').get(step.itemId);
	if (!exists) throw new Error(`No item with id ${step.itemId}.`);
	const json = step.value === undefined ? null : JSON.stringify(validateCorrection(step.field, step.value));
	const current = db
		.prepare('SELECT value FROM corrections WHERE item_id = ? AND field = ?')
		.get(step.itemId, step.field) as { value: string } | undefined;
	const now = new Date().toISOString();
	db.transaction(() => {
		if (json === null) {
			db.prepare('DELETE FROM corrections WHERE item_id = ? AND field = ?').run(step.itemId, step.field);
		} else {
			db.prepare(
				`INSERT INTO corrections (item_id, field, value, note, created_at) VALUES (?, ?, ?, ?, ?)
				 ON CONFLICT (item_id, field) DO UPDATE SET value = excluded.value, note = excluded.note, created_at = excluded.created_at`
			).run(step.itemId, step.field, json, step.note ?? null, now);
		}
		db.prepare(
			`INSERT INTO correction_history (item_id, field, value, previous, author, note, created_at, revert_of)
			 VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
		).run(
			step.itemId,
			step.field,
			json,
			current?.value ?? null,
			step.author ?? null,
			step.note ?? null,
			now,
			step.revertOf ?? null
		);
	})();
}

/** The history of one item's corrections, oldest first. */
export function correctionHistory(db: Database.Database, itemId: string): CorrectionStep[] {
	const rows = db
		.prepare('SELECT * FROM correction_history WHERE item_id = ? ORDER BY id')
		.all(itemId) as StepRow[];
	const latest = new Map<string, number>();
	for (const row of rows) latest.set(row.field, row.id);
	return rows.map((row) => ({
		id: row.id,
		itemId: row.item_id,
		field: row.field,
		value: fromJson(row.value),
		previous: fromJson(row.previous),
		author: row.author,
		note: row.note,
		createdAt: row.created_at,
		revertOf: row.revert_of,
		revertable: latest.get(row.field) === row.id
	}));
}

/**
 * Undoes one step: its field gets back the value in force before it, logged as a new step by
 * `author`. Only the latest step of a field can be undone, so a later change is never lost silently.
 */
export function revertCorrection(
	db: Database.Database,
	stepId: number,
	author: string | null
): CorrectionStep {
	const row = db.prepare('SELECT * FROM correction_history WHERE id = ?').get(stepId) as StepRow | undefined;
	if (!row) throw new RevertError('unknown', `No correction with id ${stepId}.`);
	const later = db
		.prepare('SELECT 1 FROM correction_history WHERE item_id = ? AND field = ? AND id > ?')
		.get(row.item_id, row.field, row.id);
	if (later) {
		throw new RevertError(
			'overwritten',
			`The ${row.field} of item ${row.item_id} was changed again after correction ${stepId}; revert the later change first.`
		);
	}
	writeCorrection(db, {
		itemId: row.item_id,
		field: row.field,
		value: fromJson(row.previous),
		author,
		note: `revert #${stepId}`,
		revertOf: stepId
	});
	return correctionHistory(db, row.item_id).at(-1)!;
}

/** The corrections in force and their history for some items, to carry them to other items. */
export interface CarriedCorrections {
	corrections: { item_id: string; field: string; value: string; note: string | null; created_at: string }[];
	history: StepRow[];
}

export function readCorrections(db: Database.Database, itemIds: string[]): CarriedCorrections {
	const corrections: CarriedCorrections['corrections'] = [];
	const history: StepRow[] = [];
	const cs = db.prepare('SELECT * FROM corrections WHERE item_id = ?');
	const hs = db.prepare('SELECT * FROM correction_history WHERE item_id = ? ORDER BY id');
	for (const id of itemIds) {
		corrections.push(...(cs.all(id) as CarriedCorrections['corrections']));
		history.push(...(hs.all(id) as StepRow[]));
	}
	return { corrections, history };
}

/** Writes carried corrections onto the items `target` maps their old item ids to. */
export function writeCarried(
	db: Database.Database,
	carried: CarriedCorrections,
	target: Map<string, string>
): number {
	const insertCorrection = db.prepare(
		`INSERT INTO corrections (item_id, field, value, note, created_at) VALUES (?, ?, ?, ?, ?)
		 ON CONFLICT (item_id, field) DO UPDATE SET value = excluded.value, note = excluded.note, created_at = excluded.created_at`
	);
	const insertStep = db.prepare(
		`INSERT INTO correction_history (item_id, field, value, previous, author, note, created_at, revert_of)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
	);
	let count = 0;
	for (const step of carried.history) {
		const to = target.get(step.item_id);
		if (to) {
			insertStep.run(
				to,
				step.field,
				step.value,
				step.previous,
				step.author,
				step.note,
				step.created_at,
				null
			);
		}
	}
	for (const c of carried.corrections) {
		const to = target.get(c.item_id);
		if (!to) continue;
		insertCorrection.run(to, c.field, c.value, c.note, c.created_at);
		count++;
	}
	return count;
}

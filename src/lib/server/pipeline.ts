/**
 * Wiring of the stages for the server and the command line:
 * report bytes → parsed report → located items → store. Node only.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { loadGazetteer } from './gazetteer';
import { MAX_REPORT_BYTES, ReportError } from '../report';
import type { Report } from '../report/types';
import type { Location } from '../gazetteer/types';
import { Store, validateCorrection, type CorrectionField, type IngestResult } from './store';
import { parseReportBytes } from './read-report';
import { ingestOffThread } from './worker';

export { locator, parseReportBytes } from './read-report';

/**
 * The reports shipped with the project and stored on first start: the real report of the week of
 * 2023-09-04 and an example week (2023-09-18, written for ParkMap and marked as such in its text;
 * see data/seed/README.md), so a fresh start shows weeks over time with a gap between them.
 */
export const SEED_REPORTS: readonly string[] = [
	'data/seed/report-2023-09-04.txt',
	'data/seed/report-2023-09-18.txt'
];
/** The first seed report (the real one). */
export const SEED_REPORT = SEED_REPORTS[0]!;

/** A file the user named that cannot be read at all. */
export class InputFileError extends Error {}

/** A correction that cannot be made as asked. */
export class CorrectionError extends Error {
	constructor(
		readonly code: 'no_place' | 'unknown_place' | 'invalid',
		message: string,
		options?: ErrorOptions
	) {
		super(message, options);
	}
}

export function parseReportFile(path: string, options: { week?: string } = {}): Promise<Report> {
	let size: number;
	try {
		const stat = statSync(path);
		if (stat.isDirectory()) {
			throw new InputFileError(
				`${path} is a folder, not a report: name the report files in it, e.g. ${path.replace(/\/$/, '')}/*.pdf`
			);
		}
		size = stat.size;
	} catch (e) {
		if (e instanceof InputFileError) throw e;
		throw new InputFileError(`Cannot read ${path}: there is no such file.`);
	}
	// Refuse before reading a huge file into memory.
	if (size > MAX_REPORT_BYTES) {
		throw new ReportError(
			'too_large',
			`${path} is ${(size / 1048576).toFixed(1)} MB; reports over ${MAX_REPORT_BYTES / 1048576} MB are refused. Check that this is the right file.`
		);
	}
	return parseReportBytes(new Uint8Array(readFileSync(path)), basename(path), options);
}

let shared: Promise<Store> | undefined;

/**
 * Stores the seed reports when the store holds no report yet (a first start). Each is parsed before
 * any is stored, so a seed that fails to parse leaves the store empty; ingesting is idempotent, so a
 * second call changes nothing. Returns how many reports were added.
 */
export async function seedStore(store: Store, paths: readonly string[] = SEED_REPORTS): Promise<number> {
	if (store.reports().length > 0) return 0;
	const reports = [];
	for (const path of paths)
		reports.push({ report: await parseReportFile(resolve(path)), name: basename(path) });
	return reports.filter(({ report, name }) => store.ingest(report, name).added).length;
}

/** The app's store, opened once; the embedded seed reports are ingested when the store is empty. */
export function appStore(): Promise<Store> {
	shared ??= (async () => {
		const store = new Store();
		await seedStore(store);
		return store;
	})();
	return shared;
}

/** Closes the app's store if it was opened (shutdown). */
export function closeAppStore(): void {
	const opened = shared;
	shared = undefined;
	void opened?.then((store) => store.close()).catch(() => undefined);
}

/**
 * Parses, locates and stores an uploaded report off the request thread, without review, with its
 * original file (for download from the reports page). Throws ReportError on bad input (or the
 * worker's ParseBudgetError / ParseBusyError) before anything is stored.
 */
export async function ingestUpload(upload: {
	bytes: Uint8Array;
	fileName: string;
	week?: string;
}): Promise<IngestResult> {
	// Opened (and seeded on a first start) here, before the worker stores through its own connection.
	await appStore();
	return ingestOffThread(upload.bytes, upload.fileName, { week: upload.week, store: appStore });
}

/** Why and by whom a correction is made; both may be left out. */
export interface CorrectionNote {
	note?: string | null;
	author?: string | null;
}

/**
 * Sets where an item's project lands from a place name a person gives ("南通高新区", "百色"),
 * found with the gazetteer as in reports. The correction is kept across re-ingest.
 * Throws CorrectionError when the item or the place is unknown.
 */
export function correctLocation(
	store: Store,
	itemId: string,
	placeText: string,
	signed: CorrectionNote = {}
): Location {
	const place = placeText.trim();
	if (place === '')
		throw new CorrectionError(
			'no_place',
			'Name the place: a province, city, county or zone (e.g. 南通高新区).'
		);
	const location = loadGazetteer().locate(place);
	if (!location) {
		throw new CorrectionError(
			'unknown_place',
			`"${place}" is not a place the gazetteer knows. Name the county, city or development zone, e.g. 通州区, 南通市 or 南通高新区.`
		);
	}
	correctItem(store, itemId, 'location', location, signed);
	return location;
}

/** Runs a store step, turning its error (unknown item, value the field refuses) into a CorrectionError. */
function asCorrection<T>(step: () => T): T {
	try {
		return step();
	} catch (e) {
		throw new CorrectionError('invalid', e instanceof Error ? e.message : String(e), { cause: e });
	}
}

/** Throws CorrectionError when `value` cannot be stored as `field`. */
export function checkCorrection(field: CorrectionField, value: unknown): void {
	asCorrection(() => validateCorrection(field, value));
}

/** Sets one field of one item by hand, logged with `author`; throws CorrectionError with the store's reason. */
export function correctItem(
	store: Store,
	itemId: string,
	field: CorrectionField,
	value: unknown,
	{ note = null, author = null }: CorrectionNote = {}
): void {
	asCorrection(() => store.correct(itemId, field, value, note, author));
}

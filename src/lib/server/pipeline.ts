/**
 * Wiring of the stages for the server and the command line:
 * report bytes → parsed report → located items → store. Node only.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { loadGazetteer } from '../gazetteer';
import { MAX_REPORT_BYTES, readReport, ReportError, type ParseOptions } from '../report';
import type { Report } from '../report/types';
import { Store, type IngestResult } from '../store';

/** The report shipped with the project and stored on first start. */
export const SEED_REPORT = 'data/seed/report-2023-09-04.txt';

/** A file the user named that cannot be read at all. */
export class InputFileError extends Error {}

export function locator(): NonNullable<ParseOptions['locate']> {
	const gazetteer = loadGazetteer();
	return (item) => gazetteer.locateItem(item);
}

/** Parses report bytes and locates every item. Throws ReportError on bad input. */
export function parseReportBytes(
	bytes: Uint8Array,
	fileName: string,
	options: { week?: string } = {}
): Promise<Report> {
	return readReport(bytes, fileName, { ...options, locate: locator() });
}

export function parseReportFile(path: string, options: { week?: string } = {}): Promise<Report> {
	let size: number;
	try {
		size = statSync(path).size;
	} catch {
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

/** The app's store, opened once; the embedded seed report is ingested when the store is empty. */
export function appStore(): Promise<Store> {
	shared ??= (async () => {
		const store = new Store();
		if (store.reports().length === 0) {
			store.ingest(await parseReportFile(resolve(SEED_REPORT)), basename(SEED_REPORT));
		}
		return store;
	})();
	return shared;
}

/**
 * Parses, locates and stores an uploaded report in the app's store.
 * Throws ReportError on bad input, before anything is stored.
 */
export async function ingestUpload(file: File, week?: string): Promise<IngestResult> {
	const report = await parseReportBytes(new Uint8Array(await file.arrayBuffer()), file.name, { week });
	return (await appStore()).ingest(report, file.name);
}

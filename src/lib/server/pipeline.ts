/**
 * Wiring of the stages for the server and the command line:
 * report bytes → parsed report → located items → store. Node only.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { loadGazetteer } from '../gazetteer';
import { readReport, ReportError, type ParseOptions } from '../report';
import type { Report } from '../report/types';
import { Store } from '../store';

/** Reports larger than this are refused before anything is read: the weekly PDF is a few MB. */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024;

/** The report shipped with the project and stored on first start. */
export const SEED_REPORT = 'data/seed/report-2023-09-04.txt';

export function locator(): NonNullable<ParseOptions['locate']> {
	const gazetteer = loadGazetteer();
	return (item) => gazetteer.locateItem(item);
}

/** Parses report bytes and locates every item. Throws ReportError on bad input. */
export async function parseReportBytes(
	bytes: Uint8Array,
	fileName: string,
	options: { week?: string } = {}
): Promise<Report> {
	if (bytes.byteLength > MAX_REPORT_BYTES) {
		throw new ReportError(
			'too_large',
			`${fileName} is ${(bytes.byteLength / 1048576).toFixed(1)} MB; reports over ${MAX_REPORT_BYTES / 1048576} MB are refused. Split it or extract its text first.`
		);
	}
	return readReport(bytes, fileName, { ...options, locate: locator() });
}

export async function parseReportFile(path: string, options: { week?: string } = {}): Promise<Report> {
	let size: number;
	try {
		size = statSync(path).size;
	} catch {
		throw new ReportError('not_found', `Cannot read ${path}: no such file.`);
	}
	if (size > MAX_REPORT_BYTES) {
		throw new ReportError(
			'too_large',
			`${path} is ${(size / 1048576).toFixed(1)} MB; reports over ${MAX_REPORT_BYTES / 1048576} MB are refused.`
		);
	}
	return parseReportBytes(new Uint8Array(readFileSync(path)), basename(path), options);
}

let shared: Store | undefined;

/** The app's store, opened once; the embedded seed report is ingested when the store is empty. */
export async function appStore(): Promise<Store> {
	if (shared) return shared;
	const store = new Store();
	if (store.reports().length === 0) {
		const seed = await parseReportFile(resolve(SEED_REPORT));
		store.ingest(seed, basename(SEED_REPORT));
	}
	shared = store;
	return store;
}

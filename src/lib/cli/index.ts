/**
 * The command line; its commands, options and output are the contract in the README's "Command line".
 * Each command writes only its output to stdout; errors go to stderr with a non-zero exit code.
 *
 * cli/: the command line (main.ts starts it), the outermost layer: it may use every other folder.
 * Must not import ui/; nothing else may import cli/.
 */
import { userInfo } from 'node:os';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadGazetteer } from '../server/gazetteer';
import { extractArticle, isIsoDate, ReportError } from '../report';
import {
	checkCorrection,
	correctItem,
	correctLocation,
	CorrectionError,
	InputFileError,
	locator,
	parseReportFile
} from '../server/pipeline';
import { Store, type CorrectionField } from '../server/store';
import { textOptions } from './options';

export interface Io {
	stdin: NodeJS.ReadableStream;
	stdout: (text: string) => void;
	stderr: (text: string) => void;
}

const USAGE = `Usage: npm run --silent cli -- <command>

  parse FILE [--week YYYY-MM-DD]      print a report's items as JSON; stores nothing
  ingest FILE... [--week YYYY-MM-DD]  store reports (PARKMAP_DB sets the database file)
  locate                              stdin: lines of text; stdout: a Location (or null) per line
  extract                             stdin: JSON lines {"text", "date"?}; stdout: an Item per line
  export --format png|pdf|csv|xlsx|geojson [--out FILE] [filters]
  correct ID [--place NAME] [--amount N|none] [--sectors A,B] [--section investment|news|policy]
             [--date YYYY-MM-DD|none] [--title TEXT] [--note TEXT] [--by NAME]
                                      set an item's fields by hand (kept across re-ingest), logged
                                      in its history by NAME (default: the system user name);
                                      prints the corrected item
  correct ID --history                print the item's corrections, one JSON line each
`;

/** A mistake in how the command was called: shown with the usage. */
class UsageError extends Error {}

async function* lines(stream: NodeJS.ReadableStream): AsyncGenerator<string> {
	const reader = createInterface({ input: stream, crlfDelay: Infinity });
	for await (const line of reader) yield line;
}

function weekOption(value: string | undefined): string | undefined {
	if (value !== undefined && !isIsoDate(value)) {
		throw new UsageError(`--week takes a date as YYYY-MM-DD (any day of the report's week), not "${value}".`);
	}
	return value;
}

async function parse(args: string[], io: Io): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		options: { week: { type: 'string' } },
		allowPositionals: true
	});
	if (positionals.length !== 1) throw new UsageError('parse takes exactly one report file.');
	const report = await parseReportFile(positionals[0], { week: weekOption(values.week) });
	io.stdout(JSON.stringify(report, null, 2) + '\n');
	return 0;
}

async function ingest(args: string[], io: Io): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		options: { week: { type: 'string' } },
		allowPositionals: true
	});
	if (positionals.length === 0) throw new UsageError('ingest takes one or more report files.');
	const week = weekOption(values.week);
	// Parse everything first: one bad file stores nothing.
	const reports = [];
	for (const path of positionals) reports.push({ path, report: await parseReportFile(path, { week }) });
	const store = new Store();
	try {
		for (const { path, report } of reports) {
			const result = store.ingest(report, path.split('/').pop() ?? path);
			io.stdout(
				JSON.stringify({
					file: path,
					week: result.week,
					added: result.added,
					items: result.items,
					located: result.located,
					unlocated: result.unlocated
				}) + '\n'
			);
		}
	} finally {
		store.close();
	}
	return 0;
}

async function locate(io: Io): Promise<number> {
	const gazetteer = loadGazetteer();
	for await (const line of lines(io.stdin)) io.stdout(JSON.stringify(gazetteer.locate(line)) + '\n');
	return 0;
}

async function extract(io: Io): Promise<number> {
	const locate = locator();
	let lineNo = 0;
	let failures = 0;
	for await (const line of lines(io.stdin)) {
		lineNo++;
		if (line.trim() === '') continue;
		let input: unknown;
		try {
			input = JSON.parse(line);
		} catch {
			io.stderr(`line ${lineNo}: not JSON; expected {"text": "...", "date": "YYYY-MM-DD"}\n`);
			io.stdout('null\n');
			failures++;
			continue;
		}
		const { text, date } = (input ?? {}) as { text?: unknown; date?: unknown };
		if (typeof text !== 'string' || (date !== undefined && date !== null && typeof date !== 'string')) {
			io.stderr(`line ${lineNo}: "text" must be a string and "date", if given, YYYY-MM-DD\n`);
			io.stdout('null\n');
			failures++;
			continue;
		}
		try {
			io.stdout(JSON.stringify(extractArticle(text, { date: date ?? undefined, locate })) + '\n');
		} catch (error) {
			// One bad article does not stop the stream: say which line and go on.
			io.stderr(`line ${lineNo}: ${error instanceof Error ? error.message : String(error)}\n`);
			io.stdout('null\n');
			failures++;
		}
	}
	return failures > 0 ? 1 : 0;
}

/** A plain decimal number (12, 12.5); never hex, exponent or other forms Number() would accept. */
function decimalAmount(value: string): number {
	if (!/^\d+(\.\d+)?$/.test(value.trim())) {
		throw new UsageError(
			`--amount takes a decimal number of 亿元 such as 12.5, or none; not "${value.slice(0, 40)}".`
		);
	}
	return Number(value.trim());
}

/** `none` clears a field that may be empty (amount, date). */
const orNone = <T>(value: string, read: (v: string) => T): T | null =>
	value === 'none' ? null : read(value);

/** Who runs the command, for the correction history; null when the system does not say. */
function systemUser(): string | null {
	try {
		return userInfo().username || null;
	} catch {
		return null;
	}
}

function printHistory(id: string, io: Io): number {
	const store = new Store();
	try {
		if (!store.items().some((item) => item.id === id))
			throw new CorrectionError('invalid', `No item with id ${id}.`);
		for (const step of store.history(id)) io.stdout(JSON.stringify(step) + '\n');
	} finally {
		store.close();
	}
	return 0;
}

async function correct(args: string[], io: Io): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		options: {
			...textOptions('place', 'amount', 'sectors', 'section', 'date', 'title', 'note', 'by'),
			history: { type: 'boolean' }
		},
		allowPositionals: true
	});
	if (positionals.length !== 1) throw new UsageError('correct takes exactly one item id.');
	const [id] = positionals;
	const note = values.note ?? null;
	if (values.history) return printHistory(id, io);
	const author = values.by?.trim() || systemUser();
	const fields: [CorrectionField, unknown][] = [];
	if (values.amount !== undefined) fields.push(['amountYi', orNone(values.amount, decimalAmount)]);
	if (values.sectors !== undefined)
		fields.push([
			'sectors',
			values.sectors
				.split(/[,，、]/)
				.map((s) => s.trim())
				.filter(Boolean)
		]);
	if (values.section !== undefined) fields.push(['section', values.section]);
	if (values.date !== undefined) fields.push(['date', orNone(values.date, (v) => v)]);
	if (values.title !== undefined) fields.push(['title', values.title]);
	if (values.place === undefined && fields.length === 0)
		throw new UsageError(
			'correct needs at least one of --place, --amount, --sectors, --section, --date, --title.'
		);
	const store = new Store();
	try {
		// Check every value before storing any, so a bad one changes nothing.
		for (const [field, value] of fields) checkCorrection(field, value);
		if (values.place !== undefined) correctLocation(store, id, values.place, { note, author });
		for (const [field, value] of fields) correctItem(store, id, field, value, { note, author });
		io.stdout(JSON.stringify(store.items().find((item) => item.id === id)) + '\n');
	} finally {
		store.close();
	}
	return 0;
}

export async function run(argv: string[], io: Io): Promise<number> {
	const [command, ...args] = argv;
	try {
		switch (command) {
			case 'parse':
				return await parse(args, io);
			case 'ingest':
				return await ingest(args, io);
			case 'locate':
				return await locate(io);
			case 'extract':
				return await extract(io);
			case 'correct':
				return await correct(args, io);
			case 'export': {
				const { exportCommand } = await import('./export');
				return await exportCommand(args, io);
			}
			case undefined:
			case 'help':
			case '--help':
				io.stdout(USAGE);
				return command === undefined ? 2 : 0;
			default:
				throw new UsageError(`Unknown command "${command}".`);
		}
	} catch (error) {
		if (error instanceof UsageError) {
			io.stderr(`${error.message}\n\n${USAGE}`);
			return 2;
		}
		if (error instanceof ReportError || error instanceof InputFileError || error instanceof CorrectionError) {
			io.stderr(`error: ${error.message}\n`);
			return 1;
		}
		// node:util parseArgs: unknown options, missing or ambiguous option values.
		if (error instanceof Error && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
			io.stderr(`${error.message}\n\n${USAGE}`);
			return 2;
		}
		throw error;
	}
}

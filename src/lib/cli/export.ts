/**
 * `export --format png|svg|pdf|csv|xlsx|geojson [--out FILE] [filters]` (README, "Command line").
 * The filters are the page's: the options become URL parameters and go through filtersFromParams,
 * so the command exports exactly what the page lists under the same URL.
 * The command reads the stored rows and hands them to the pure writers of src/lib/export/; PNG,
 * SVG and PDF are drawn by the app itself in headless Chromium (src/lib/server/export/headless.ts),
 * because the snapshot is the map as MapLibre renders it.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Io } from './index';
import { textOptions } from './options';
import { applyFilters, describeFilters, filtersFromParams, filtersToParams, type Filters } from '../filters';
import { SECTIONS } from '../report/types';
import type { StoredItem } from '../server/store';
import { attributionLines } from '../map/attribution';
import { toCsvBytes } from '../export/csv';
import { SECTION_LABELS, type Lang } from '../i18n';
import type { HeaderMode } from '../export/fields';
import { dataAsOf, weekRangeLabel, type ExportFormat } from '../export/filename';
import { toGeoJsonText } from '../export/geojson';
import { defaultTitle, isFormat, isSize, type SnapshotSize } from '../export/options';
import type { RegionMetric } from '../map/choropleth';
import type { MapMode } from '../map/url';
import { headlessSnapshot, SnapshotError, type SnapshotRequest } from '../server/export/headless';

/** Io, plus a way to write bytes (binary formats) to stdout; without it, process.stdout is used. */
export type ExportIo = Io & { stdoutBytes?: (bytes: Uint8Array) => void };

export interface ExportDeps {
	/** Every stored item; the app's store by default (the same database as the page: PARKMAP_DB). */
	loadItems?: () => Promise<StoredItem[]>;
	/** Draws PNG / PDF; headless Chromium against the built app by default. */
	snapshot?: (request: SnapshotRequest) => Promise<Uint8Array>;
}

const USAGE = `Usage: npm run --silent cli -- export --format png|svg|pdf|csv|xlsx|geojson [options]

  --out FILE            write to FILE (default: stdout)
  --week A | A..B       week (Monday, YYYY-MM-DD) or range of weeks; either end may be left empty
  --sector X,Y          sectors (any of them)
  --section S,...       investment, news, policy
  --min N / --max N     investment in 亿元 (inclusive)
  --q TEXT              text search
  --title T             title of a PNG / PDF (default 「园区项目地图 <week>」)
  --size screen|1080p|a4   PNG / PDF size (default a4; screen is 1280×800 here)
  --lang zh|en          language of headings, coded values and snapshot text (default zh)
  --layer points|regions   PNG / SVG / PDF: the projects (default), or totals by province and
                        prefecture (the page's region view)
  --metric amount|count    the region view's colours: investment (default) or how many projects
  --headers labels|keys CSV / XLSX first row: headings in the language (default), or the
                        field names and codes of the JSON (id, amountYi, investment) for scripts
`;

class ExportUsageError extends Error {}

async function appItems(): Promise<StoredItem[]> {
	const { appStore } = await import('../server/pipeline');
	const store = await appStore();
	return store.items();
}

/** The command-line options as the page's URL parameters. */
export function optionsToParams(values: Record<string, string | undefined>): URLSearchParams {
	const params = new URLSearchParams();
	const map: [string, string][] = [
		['week', 'week'],
		['sector', 'sector'],
		['section', 'section'],
		['min', 'min'],
		['max', 'max'],
		['q', 'q']
	];
	for (const [option, param] of map) {
		const value = values[option];
		if (value !== undefined) params.set(param, value);
	}
	return params;
}

function checkFilters(values: Record<string, string | undefined>, filters: Filters): void {
	if (
		values.week !== undefined &&
		values.week !== '' &&
		filters.weekFrom === null &&
		filters.weekTo === null
	) {
		throw new ExportUsageError(`--week takes a Monday as YYYY-MM-DD or a range A..B, not "${values.week}".`);
	}
	for (const key of ['min', 'max'] as const) {
		const v = values[key];
		if (v !== undefined && !Number.isFinite(Number(v)))
			throw new ExportUsageError(`--${key} takes a number of 亿元, not "${v}".`);
	}
	if (values.section !== undefined) {
		const bad = values.section
			.split(',')
			.map((s) => s.trim())
			.filter((s) => s && !(SECTIONS as readonly string[]).includes(s));
		if (bad.length > 0)
			throw new ExportUsageError(`--section takes investment, news or policy, not "${bad.join(',')}".`);
	}
}

const EXPORT_OPTIONS = {
	format: { type: 'string', short: 'f' },
	out: { type: 'string', short: 'o' },
	...textOptions(
		'week',
		'sector',
		'section',
		'min',
		'max',
		'q',
		'title',
		'size',
		'lang',
		'headers',
		'layer',
		'metric'
	),
	help: { type: 'boolean', short: 'h' }
} as const;

/** The format, size, language, headers, map layer and region metric asked for, each checked. */
function checkedChoices(options: Record<string, string | undefined>) {
	const format = options.format;
	if (format === undefined)
		throw new ExportUsageError('export needs --format png, svg, pdf, csv, xlsx or geojson.');
	if (!isFormat(format))
		throw new ExportUsageError(`Unknown format "${format}": use png, svg, pdf, csv, xlsx or geojson.`);
	const size = options.size ?? 'a4';
	if (!isSize(size)) throw new ExportUsageError(`Unknown size "${size}": use screen, 1080p or a4.`);
	const lang = options.lang ?? 'zh';
	if (lang !== 'zh' && lang !== 'en') throw new ExportUsageError(`Unknown language "${lang}": use zh or en.`);
	const headers = options.headers ?? 'labels';
	if (headers !== 'labels' && headers !== 'keys')
		throw new ExportUsageError(`Unknown --headers "${headers}": use labels or keys.`);
	const layer = options.layer ?? 'points';
	if (layer !== 'points' && layer !== 'regions')
		throw new ExportUsageError(`Unknown --layer "${layer}": use points or regions.`);
	const metric = options.metric ?? 'amount';
	if (metric !== 'amount' && metric !== 'count')
		throw new ExportUsageError(`Unknown --metric "${metric}": use amount or count.`);
	return { format, size, lang, headers, layer, metric } as const;
}

/** Writes the file to --out, or to stdout; 1 when the file cannot be written. */
function writeOutput(bytes: Uint8Array, out: string | undefined, io: ExportIo): number {
	if (out === undefined) {
		if (io.stdoutBytes) io.stdoutBytes(bytes);
		else process.stdout.write(bytes);
		return 0;
	}
	try {
		writeFileSync(out, bytes);
		return 0;
	} catch (error) {
		io.stderr(`error: cannot write ${out}: ${(error as Error).message}\n`);
		return 1;
	}
}

export async function exportCommand(args: string[], io: ExportIo, deps: ExportDeps = {}): Promise<number> {
	let values: Record<string, string | boolean | undefined>;
	try {
		({ values } = parseArgs({ args, options: EXPORT_OPTIONS, allowPositionals: false }));
	} catch (error) {
		io.stderr(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
		return 2;
	}
	if (values.help) {
		io.stdout(USAGE);
		return 0;
	}
	const options = values as Record<string, string | undefined>;
	try {
		const { format, size, lang, headers, layer, metric } = checkedChoices(options);
		const filters = filtersFromParams(optionsToParams(options));
		checkFilters(options, filters);
		const bytes = await produce(
			format,
			filters,
			{ title: options.title, size, lang, headers, layer, metric },
			deps
		);
		return writeOutput(bytes, options.out, io);
	} catch (error) {
		if (error instanceof ExportUsageError) {
			io.stderr(`${error.message}\n\n${USAGE}`);
			return 2;
		}
		if (error instanceof SnapshotError) {
			io.stderr(`error: ${error.message}\n`);
			return 1;
		}
		throw error;
	}
}

async function produce(
	format: ExportFormat,
	filters: Filters,
	options: {
		title?: string;
		size: SnapshotSize;
		lang: Lang;
		headers: HeaderMode;
		layer: MapMode;
		metric: RegionMetric;
	},
	deps: ExportDeps
): Promise<Uint8Array> {
	const { lang, headers } = options;
	if (format === 'png' || format === 'svg' || format === 'pdf') {
		const params = filtersToParams(filters);
		params.set('export', format);
		params.set('size', options.size);
		if (lang === 'en') params.set('lang', 'en');
		// The page's URL parameter of the region view (map/url.ts).
		if (options.layer === 'regions') params.set('layer', 'regions');
		if (options.metric === 'count') params.set('metric', 'count');
		if (options.title !== undefined) params.set('title', options.title);
		const snapshot = deps.snapshot ?? headlessSnapshot;
		return snapshot({ format, params });
	}
	const all = await (deps.loadItems ?? appItems)();
	const items = applyFilters(all, filters);
	if (format === 'csv') return toCsvBytes(items, { lang, headers });
	if (format === 'geojson') return new TextEncoder().encode(toGeoJsonText(items));
	const { toXlsx } = await import('../export/xlsx');
	const weeks = all.map((i) => i.week);
	return toXlsx(items, {
		lang,
		headers,
		title: options.title ?? defaultTitle(weekRangeLabel(filters, weeks), lang),
		filters: describeFilters(filters, SECTION_LABELS[lang], { lang }),
		attribution: attributionLines(),
		dataDate: dataAsOf(weeks)
	});
}

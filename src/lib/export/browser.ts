/**
 * Runs an export in the browser and saves the file. Loaded by ExportPanel with a dynamic import on
 * the first click, so exceljs, pdf-lib and the drawing code stay out of the page's first load.
 */
import { countsAsProject, describeFilters, isEvent, type Filters } from '../filters';
import { fill, MESSAGES, SECTION_LABELS, type Lang } from '../i18n';
import type { LiveMap } from '../map/snapshot';
import { isoWeekLabel } from '../report/dates';
import { attributionLines } from '../map/attribution';
import type { WeekItem } from '../report/types';
import { dataBounds, topCities } from './frame';
import { exportFileName, weekRangeLabel, type ExportFormat } from './filename';
import type { SnapshotContent } from './layout';
import type { LegendSpec } from './legend';
import { pixelSize, type SnapshotSize } from './options';
import type { TextRun } from './table';

export interface ExportRequest {
	format: ExportFormat;
	/** Live map: style, data and view of the snapshot. Needed for png, svg and pdf only. */
	map: LiveMap | null;
	/** The items the page lists under the current filters. */
	items: readonly WeekItem[];
	filters: Filters;
	/** Weeks of all data held (Mondays), to name open-ended ranges and the data date. */
	weeks: readonly string[];
	legend: LegendSpec;
	title: string;
	size: SnapshotSize;
	/** Language of headings, coded values and the snapshot's own words. */
	lang: Lang;
	/** City label points (seats of government) by city key, for the names on the snapshot. */
	labelPoints?: Readonly<Record<string, [number, number]>>;
}

/** Cities named on a snapshot: the largest totals. */
const LABELLED_CITIES = 8;

export interface ExportResult {
	blob: Blob;
	fileName: string;
}

function today(): string {
	const d = new Date();
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** 「2023-W36 周报」: the latest week held, in the language; null when there is none. */
function dataDate(weeks: readonly string[], lang: Lang): string | null {
	const latest = weeks.reduce<string | null>((a, b) => (a === null || b > a ? b : a), null);
	return latest === null ? null : fill(MESSAGES[lang].weeklyReport, { week: isoWeekLabel(latest) });
}

export function snapshotContent(request: ExportRequest): SnapshotContent {
	const { lang, filters } = request;
	const counted = request.items.filter((i) => countsAsProject(i, filters));
	return {
		lang,
		title: request.title,
		filters: describeFilters(filters, SECTION_LABELS[lang], { lang, withWeek: false }),
		weekRange: weekRangeLabel(filters, request.weeks),
		totals: {
			projects: counted.length,
			amountYi: counted.reduce((sum, i) => sum + (i.amountYi ?? 0), 0),
			unlocated: counted.filter((i) => i.location === null).length,
			events: request.items.filter(isEvent).length,
			eventsIncluded: filters.events === 'include'
		},
		legend: request.legend,
		labels: topCities(counted, LABELLED_CITIES, request.labelPoints),
		dataDate: dataDate(request.weeks, lang),
		attribution: attributionLines(),
		exportedOn: today()
	};
}

function bytesBlob(bytes: Uint8Array, type: string): Blob {
	return new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
}

/** Table page resolution: 200 dpi keeps 9.5-pixel text sharp in print. */
const TABLE_DPI = 200;

async function tablePages(items: readonly WeekItem[], title: string, lang: Lang) {
	const { A4_CSS, drawTablePage, paginateTable, tablePageText } = await import('./table');
	const { canvasToBlob } = await import('./snapshot');
	const scale = TABLE_DPI / 96;
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(A4_CSS.width * scale);
	canvas.height = Math.round(A4_CSS.height * scale);
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('This browser cannot draw on a canvas.');
	const pages = paginateTable(ctx, items, lang);
	const out: { png: Uint8Array; page: (typeof pages)[number]; text: TextRun[] }[] = [];
	for (let i = 0; i < pages.length; i++) {
		ctx.setTransform(scale, 0, 0, scale, 0, 0);
		// The map is the document's first page: table page i is page i + 2 of pages.length + 1.
		const text = tablePageText(ctx, pages[i], i + 1, pages.length + 1, title, lang);
		drawTablePage(ctx, pages[i], text);
		const blob = await canvasToBlob(canvas);
		out.push({ png: new Uint8Array(await blob.arrayBuffer()), page: pages[i], text });
	}
	return out;
}

/** Produces the file for an export request. */
export async function runExport(request: ExportRequest): Promise<ExportResult> {
	const { items, lang } = request;
	const fileName = exportFileName(request.filters, request.format, request.weeks, request.size);
	switch (request.format) {
		case 'csv': {
			const { toCsv } = await import('./csv');
			return { blob: new Blob([toCsv(items, { lang })], { type: 'text/csv;charset=utf-8' }), fileName };
		}
		case 'geojson': {
			const { toGeoJsonText } = await import('./geojson');
			return { blob: new Blob([toGeoJsonText(items)], { type: 'application/geo+json' }), fileName };
		}
		case 'xlsx': {
			const { toXlsx } = await import('./xlsx');
			const content = snapshotContent(request);
			const bytes = await toXlsx(items, {
				lang,
				title: request.title,
				filters: content.filters,
				attribution: content.attribution,
				dataDate: content.dataDate
			});
			return {
				blob: bytesBlob(bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
				fileName
			};
		}
		case 'png':
		case 'svg':
		case 'pdf': {
			if (!request.map) throw new Error(MESSAGES[lang].mapNotReady);
			const { renderSnapshot, snapshotPixelSize, snapshotPng, snapshotSvg, canvasToBlob } =
				await import('./snapshot');
			const content = snapshotContent(request);
			// Fixed sizes frame the data; the screen size keeps the view as shown.
			const frame = dataBounds(request.items);
			if (request.format !== 'pdf') {
				const size = snapshotPixelSize(request.map.map, request.size);
				const framed = request.size === 'screen' ? null : frame;
				const draw = request.format === 'png' ? snapshotPng : snapshotSvg;
				return { blob: await draw(request.map, size, content, framed), fileName };
			}
			// The PDF's first page is always A4 landscape at 300 dpi.
			const size = pixelSize('a4', { width: 0, height: 0, pixelRatio: 1 });
			const { canvas } = await renderSnapshot(request.map, size, content, frame);
			const snapshot = new Uint8Array(await (await canvasToBlob(canvas)).arrayBuffer());
			const pages = await tablePages(items, request.title, lang);
			const { buildPdf } = await import('./pdf');
			const bytes = await buildPdf({
				title: request.title,
				snapshot,
				tablePages: pages,
				keywords: content.filters
			});
			return { blob: bytesBlob(bytes, 'application/pdf'), fileName };
		}
	}
}

/** Saves a file through the browser's download. */
export function saveFile({ blob, fileName }: ExportResult): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.rel = 'noopener';
	document.body.appendChild(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

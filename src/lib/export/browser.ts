/**
 * Runs an export in the browser and saves the file. Loaded by ExportPanel with a dynamic import on
 * the first click, so exceljs, pdf-lib and the drawing code stay out of the page's first load.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describeFilters, type Filters } from '../filters';
import { attributionLines } from './attribution';
import type { ExportItem } from './fields';
import { dataAsOf, exportFileName, SECTION_LABELS, weekRangeLabel, type ExportFormat } from './filename';
import type { SnapshotContent } from './layout';
import type { LegendSpec } from './legend';
import { pixelSize, type SnapshotSize } from './options';
import type { TextRun } from './table';

/** An item as the page holds it: amountText, kind and projectCount may be left out. */
export type PanelItem = Omit<ExportItem, 'amountText' | 'kind' | 'projectCount'> &
	Partial<Pick<ExportItem, 'amountText' | 'kind' | 'projectCount'>>;

export interface ExportRequest {
	format: ExportFormat;
	/** Live map: style, data and view of the snapshot. Needed for png and pdf only. */
	map: MapLibreMap | null;
	/** The items the page lists under the current filters. */
	items: readonly PanelItem[];
	filters: Filters;
	/** Weeks of all data held (Mondays), to name open-ended ranges and the data date. */
	weeks: readonly string[];
	legend: LegendSpec;
	title: string;
	size: SnapshotSize;
}

export interface ExportResult {
	blob: Blob;
	fileName: string;
}

function exportItems(items: readonly PanelItem[]): ExportItem[] {
	return items.map((i) => ({
		...i,
		amountText: i.amountText ?? null,
		kind: i.kind ?? 'project',
		projectCount: i.projectCount ?? null
	}));
}

function today(): string {
	const d = new Date();
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function snapshotContent(request: ExportRequest): SnapshotContent {
	const amountYi = request.items.reduce((sum, i) => sum + (i.amountYi ?? 0), 0);
	return {
		title: request.title,
		filters: describeFilters(request.filters, SECTION_LABELS),
		weekRange: weekRangeLabel(request.filters, request.weeks),
		totals: {
			projects: request.items.length,
			amountYi,
			unlocated: request.items.filter((i) => i.location === null).length
		},
		legend: request.legend,
		dataDate: dataAsOf(request.weeks),
		attribution: attributionLines(),
		exportedOn: today()
	};
}

function bytesBlob(bytes: Uint8Array, type: string): Blob {
	return new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
}

/** Table page resolution: 200 dpi keeps 9.5-pixel text sharp in print. */
const TABLE_DPI = 200;

async function tablePages(items: ExportItem[], title: string) {
	const { A4_CSS, drawTablePage, paginateTable, tablePageText } = await import('./table');
	const { canvasToBlob } = await import('./snapshot');
	const scale = TABLE_DPI / 96;
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(A4_CSS.width * scale);
	canvas.height = Math.round(A4_CSS.height * scale);
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('This browser cannot draw on a canvas.');
	const pages = paginateTable(ctx, items);
	const out: { png: Uint8Array; page: (typeof pages)[number]; text: TextRun[] }[] = [];
	for (let i = 0; i < pages.length; i++) {
		ctx.setTransform(scale, 0, 0, scale, 0, 0);
		const text = tablePageText(ctx, pages[i], i, pages.length, title);
		drawTablePage(ctx, pages[i], text);
		const blob = await canvasToBlob(canvas);
		out.push({ png: new Uint8Array(await blob.arrayBuffer()), page: pages[i], text });
	}
	return out;
}

/** Produces the file for an export request. */
export async function runExport(request: ExportRequest): Promise<ExportResult> {
	const items = exportItems(request.items);
	const fileName = exportFileName(request.filters, request.format, request.weeks);
	switch (request.format) {
		case 'csv': {
			const { toCsv } = await import('./csv');
			return { blob: new Blob([toCsv(items)], { type: 'text/csv;charset=utf-8' }), fileName };
		}
		case 'geojson': {
			const { toGeoJsonText } = await import('./geojson');
			return { blob: new Blob([toGeoJsonText(items)], { type: 'application/geo+json' }), fileName };
		}
		case 'xlsx': {
			const { toXlsx } = await import('./xlsx');
			const content = snapshotContent(request);
			const bytes = await toXlsx(items, {
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
		case 'pdf': {
			if (!request.map) throw new Error('The map is not ready yet.');
			const { renderSnapshot, snapshotPixelSize, snapshotPng, canvasToBlob } = await import('./snapshot');
			const content = snapshotContent(request);
			if (request.format === 'png') {
				const blob = await snapshotPng(request.map, snapshotPixelSize(request.map, request.size), content);
				return { blob, fileName };
			}
			// The PDF's first page is always A4 landscape at 300 dpi.
			const size = pixelSize('a4', { width: 0, height: 0, pixelRatio: 1 });
			const { canvas } = await renderSnapshot(request.map, size, content);
			const snapshot = new Uint8Array(await (await canvasToBlob(canvas)).arrayBuffer());
			const pages = await tablePages(items, request.title);
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

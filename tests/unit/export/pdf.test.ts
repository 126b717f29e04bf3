import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPdf } from '../../../src/lib/export/pdf';
import { paginateTable, tablePageText } from '../../../src/lib/export/table';
import { RecordingContext } from './fake-canvas';
import { item, UNLOCATED } from './fixtures';

/** A 1×1 white PNG: the table page images do not matter here, only the text laid over them. */
const PNG = Uint8Array.from(
	atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=='),
	(c) => c.charCodeAt(0)
);

const cmaps = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps/');

/** The text of each page as a PDF reader extracts it (pdf.js, with its CMaps), runs in order. */
async function pageTexts(bytes: Uint8Array): Promise<string[][]> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await pdfjs.getDocument({ data: bytes, cMapUrl: cmaps, cMapPacked: true, verbosity: 0 })
		.promise;
	const pages: string[][] = [];
	for (let p = 1; p <= doc.numPages; p++) {
		const content = await (await doc.getPage(p)).getTextContent();
		pages.push(content.items.flatMap((it) => ('str' in it && it.str ? [it.str] : [])));
	}
	await doc.destroy();
	return pages;
}

describe('PDF export', () => {
	it('lays the table text over the page images as text a reader can extract, Chinese included', async () => {
		const ctx = new RecordingContext();
		const items = [item(), item({ id: 'c3', title: '光谷 AI 芯片项目（二期）签约 ＆ 开工' }), UNLOCATED];
		const pages = paginateTable(ctx, items);
		const text = tablePageText(ctx, pages[0], 0, 1, '园区项目地图 2023-W36');
		const bytes = await buildPdf({
			title: '园区项目地图 2023-W36',
			snapshot: PNG,
			tablePages: [{ png: PNG, page: pages[0], text }]
		});
		const [first, table] = await pageTexts(bytes);
		expect(first).toEqual([]);
		// Readers split lines into words at spaces; compare without them.
		const squeeze = (t: string) => t.replace(/\s+/g, '');
		const extracted = squeeze(table.join(''));
		for (const run of text) expect(extracted).toContain(squeeze(run.text));
		expect(extracted).toContain(squeeze('光谷 AI 芯片项目（二期）签约 ＆ 开工'));
		expect(extracted).toContain('广西壮族自治区百色市');
		// The ids are there to search for, too.
		expect(table).toEqual(expect.arrayContaining(['a1', 'c3', 'b2']));
	});

	it('writes characters outside the Basic Multilingual Plane as U+FFFD rather than breaking the text', async () => {
		const ctx = new RecordingContext();
		const pages = paginateTable(ctx, [item({ title: '𠮷野家项目' })]);
		const text = tablePageText(ctx, pages[0], 0, 1, 'T');
		const bytes = await buildPdf({
			title: 'T',
			snapshot: PNG,
			tablePages: [{ png: PNG, page: pages[0], text }]
		});
		const [, table] = await pageTexts(bytes);
		expect(table.join('')).toContain('\ufffd野家项目');
	});
});

/**
 * PDF export: A4 landscape, the snapshot on page 1, the listed projects as a table on the pages after.
 *
 * The table pages are images drawn on a canvas, with the same text laid over them invisibly.
 * Chinese text drawn as PDF text needs a CJK font. The only one at hand, Noto Sans CJK, is a
 * CFF-outline font inside a TrueType collection (.ttc): fontkit reads collections awkwardly,
 * pdf-lib's subsetting of CFF fonts is known to garble glyphs, and embedding the whole font adds
 * about 16 MB to every PDF and to the app. So the browser draws the table with its own fonts (the
 * right glyphs, no font shipped), and the text layer uses STSong-Light, one of the CJK fonts every
 * PDF reader supplies itself, never drawn (rendering mode 3) but there to select, copy and search,
 * as in a scanned document with OCR text. A ToUnicode map makes the text extractable as written.
 * Each row's id (ASCII) is written the same way, so the PDF can be searched for a project's id.
 * pdf-lib is large: the page loads this module only when the user asks for a PDF.
 */
import {
	beginText,
	endText,
	PDFDocument,
	PDFHexString,
	PDFName,
	PDFString,
	rgb,
	setCharacterSqueeze,
	setFontAndSize,
	setTextMatrix,
	setTextRenderingMode,
	showText,
	StandardFonts,
	TextRenderingMode,
	type PDFPage,
	type PDFRef
} from 'pdf-lib';
import { A4_CSS, type TablePage, type TextRun } from './table';

/** A4 landscape in PDF points. */
export const A4_PT = { width: 841.89, height: 595.28 } as const;

export interface PdfInput {
	title: string;
	/** The snapshot (PNG bytes), drawn to fill page 1. */
	snapshot: Uint8Array;
	/** One PNG per table page, with the rows placed on it (for the ids) and the text it shows. */
	tablePages: { png: Uint8Array; page: TablePage; text: readonly TextRun[] }[];
	/** Keywords for the document's metadata, e.g. the filters. */
	keywords?: string[];
}

/** ToUnicode map from the text layer's codes (UTF-16BE code units of the BMP) to themselves. */
function identityToUnicode(): string {
	const ranges: string[] = [];
	for (let high = 0; high < 256; high++) {
		if (high >= 0xd8 && high <= 0xdf) continue; // surrogates: the text layer never writes them
		const h = high.toString(16).padStart(2, '0').toUpperCase();
		ranges.push(`<${h}00> <${h}FF> <${h}00>`);
	}
	const blocks: string[] = [];
	for (let i = 0; i < ranges.length; i += 100) {
		const block = ranges.slice(i, i + 100);
		blocks.push(`${block.length} beginbfrange\n${block.join('\n')}\nendbfrange`);
	}
	return [
		'/CIDInit /ProcSet findresource begin',
		'12 dict begin',
		'begincmap',
		'/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
		'/CMapName /ParkMap-UTF16-UCS def',
		'/CMapType 2 def',
		'1 begincodespacerange',
		'<0000> <FFFF>',
		'endcodespacerange',
		...blocks,
		'endcmap',
		'CMapName currentdict /CMap defineresource pop',
		'end',
		'end'
	].join('\n');
}

/** STSong-Light (Adobe-GB1), not embedded: readers supply it. Codes are UTF-16BE (see utf16Hex). */
export function textLayerFont(doc: PDFDocument): PDFRef {
	const ctx = doc.context;
	const descriptor = ctx.register(
		ctx.obj({
			Type: 'FontDescriptor',
			FontName: 'STSong-Light',
			Flags: 6,
			FontBBox: [-25, -254, 1000, 880],
			ItalicAngle: 0,
			Ascent: 880,
			Descent: -120,
			CapHeight: 880,
			StemV: 93
		})
	);
	const cidFont = ctx.register(
		ctx.obj({
			Type: 'Font',
			Subtype: 'CIDFontType0',
			BaseFont: 'STSong-Light',
			CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('GB1'), Supplement: 4 },
			FontDescriptor: descriptor,
			DW: 1000
		})
	);
	return ctx.register(
		ctx.obj({
			Type: 'Font',
			Subtype: 'Type0',
			BaseFont: 'STSong-Light-UniGB-UTF16-H',
			Encoding: 'UniGB-UTF16-H',
			DescendantFonts: [cidFont],
			ToUnicode: ctx.register(ctx.flateStream(identityToUnicode()))
		})
	);
}

/** UTF-16BE hex of the text, characters outside the BMP written as U+FFFD. */
export function utf16Hex(text: string): string {
	let hex = '';
	for (const ch of text) {
		const code = ch.length === 1 ? ch.charCodeAt(0) : 0xfffd;
		hex += code.toString(16).padStart(4, '0');
	}
	return hex;
}

/** Lays the runs over the page as invisible text, each stretched to the width it is drawn at. */
function drawTextLayer(page: PDFPage, font: PDFRef, runs: readonly TextRun[], ptPerCss: number) {
	const name = PDFName.of('ParkMapText');
	page.node.setFontDictionary(name, font);
	for (const run of runs) {
		const size = run.size * ptPerCss;
		// Every code is 1 em wide in the font (DW 1000); squeeze the line to its drawn width.
		const nominal = [...run.text].length * size;
		if (nominal <= 0) continue;
		page.pushOperators(
			beginText(),
			setFontAndSize(name, size),
			setTextRenderingMode(TextRenderingMode.Invisible),
			setCharacterSqueeze((100 * run.width * ptPerCss) / nominal),
			setTextMatrix(1, 0, 0, 1, run.x * ptPerCss, A4_PT.height - run.baseline * ptPerCss),
			showText(PDFHexString.of(utf16Hex(run.text))),
			endText()
		);
	}
}

export async function buildPdf(input: PdfInput): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.setTitle(input.title);
	doc.setCreator('ParkMap');
	doc.setProducer('ParkMap (pdf-lib)');
	if (input.keywords) doc.setKeywords(input.keywords);
	doc.setCreationDate(new Date());

	const first = doc.addPage([A4_PT.width, A4_PT.height]);
	const image = await doc.embedPng(input.snapshot);
	const fit = image.scaleToFit(A4_PT.width, A4_PT.height);
	first.drawImage(image, {
		x: (A4_PT.width - fit.width) / 2,
		y: (A4_PT.height - fit.height) / 2,
		width: fit.width,
		height: fit.height
	});

	const helvetica = await doc.embedFont(StandardFonts.Helvetica);
	const textFont = input.tablePages.length > 0 ? textLayerFont(doc) : null;
	const ptPerCss = A4_PT.width / A4_CSS.width;
	for (const { png, page, text } of input.tablePages) {
		const pdfPage = doc.addPage([A4_PT.width, A4_PT.height]);
		const pageImage = await doc.embedPng(png);
		pdfPage.drawImage(pageImage, { x: 0, y: 0, width: A4_PT.width, height: A4_PT.height });
		if (textFont) drawTextLayer(pdfPage, textFont, text, ptPerCss);
		for (const row of page.rows) {
			if (!/^[\x20-\x7e]+$/.test(row.id)) continue;
			pdfPage.drawText(row.id, {
				x: A4_PT.width - 4 - helvetica.widthOfTextAtSize(row.id, 2),
				y: A4_PT.height - (row.y + row.height / 2) * ptPerCss,
				size: 2,
				font: helvetica,
				color: rgb(1, 1, 1),
				opacity: 0
			});
		}
	}
	return doc.save();
}

/**
 * PDF export: A4 landscape, the snapshot on page 1, the listed projects as a table on the pages after.
 *
 * Why the table pages are images drawn on a canvas rather than PDF text: Chinese text as PDF text
 * needs an embedded CJK font. The only one at hand, Noto Sans CJK, is a CFF-outline font inside a
 * TrueType collection (.ttc); fontkit reads collections awkwardly and pdf-lib's subsetting of CFF
 * fonts is known to garble glyphs, while embedding the whole font adds about 16 MB to every PDF and to
 * the app. Drawing the table with the browser's own fonts always shows the right glyphs and ships no
 * font. The cost is that the Chinese text is not selectable; each row's id (ASCII) is written as
 * invisible standard-font text at the row, so the PDF can still be searched for a project's id.
 * pdf-lib is large: the page loads this module only when the user asks for a PDF.
 */
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { A4_CSS, type TablePage } from './table';

/** A4 landscape in PDF points. */
export const A4_PT = { width: 841.89, height: 595.28 } as const;

export interface PdfInput {
	title: string;
	/** The snapshot (PNG bytes), drawn to fill page 1. */
	snapshot: Uint8Array;
	/** One PNG per table page, with the rows placed on it (for the id text). */
	tablePages: { png: Uint8Array; page: TablePage }[];
	/** Keywords for the document's metadata, e.g. the filters. */
	keywords?: string[];
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
	const ptPerCss = A4_PT.width / A4_CSS.width;
	for (const { png, page } of input.tablePages) {
		const pdfPage = doc.addPage([A4_PT.width, A4_PT.height]);
		const pageImage = await doc.embedPng(png);
		pdfPage.drawImage(pageImage, { x: 0, y: 0, width: A4_PT.width, height: A4_PT.height });
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

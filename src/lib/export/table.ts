/**
 * The project table of the PDF, drawn as page images on a canvas. Drawing the text in the browser
 * uses the fonts the page already has for Chinese, so the PDF needs no embedded CJK font (see
 * ./pdf.ts for why); tablePageText gives the PDF the same text to lay over the images.
 * Pure apart from the context it draws on.
 */
import { fitText, font, textWidth, wrapText, type Ctx2D } from './canvas';
import { fill, formatYi, MESSAGES, SECTION_LABELS, type Lang } from '../i18n';
import type { WeekItem } from '../report/types';

/** A4 landscape in CSS pixels (96 per inch). */
export const A4_CSS = { width: 1123, height: 794 } as const;

interface ColumnSpec {
	key: keyof TableCells;
	width: number;
	align: 'left' | 'right';
	/** Lines a cell may take; the last is shortened with 「…」. Sectors are never cut. */
	maxLines: number;
}

export interface TableCells {
	n: string;
	date: string;
	section: string;
	title: string;
	place: string;
	sectors: string;
	amount: string;
	source: string;
}

const COLUMNS: ColumnSpec[] = [
	{ key: 'n', width: 36, align: 'right', maxLines: 1 },
	{ key: 'date', width: 76, align: 'left', maxLines: 1 },
	{ key: 'section', width: 58, align: 'left', maxLines: 1 },
	{ key: 'title', width: 380, align: 'left', maxLines: 2 },
	{ key: 'place', width: 190, align: 'left', maxLines: 2 },
	{ key: 'sectors', width: 120, align: 'left', maxLines: Infinity },
	{ key: 'amount', width: 86, align: 'right', maxLines: 1 },
	{ key: 'source', width: 105, align: 'left', maxLines: 2 }
];

function columnLabels(lang: Lang): Record<keyof TableCells, string> {
	const t = MESSAGES[lang];
	return {
		n: t.rowNumber,
		date: t.date,
		section: t.section,
		title: t.aboutTitle,
		place: t.place,
		sectors: t.sector,
		amount: t.amountShort,
		source: t.source
	};
}

const MARGIN = 36;
const FONT = 9.5;
const LINE = FONT * 1.4;
const ROW_PAD = 5;
const HEAD = 44;
const COLUMN_HEAD = 22;
const TEXT = '#1f2933';
const MUTED = '#52606d';

export function tableCells(item: WeekItem, index: number, lang: Lang = 'zh'): TableCells {
	const t = MESSAGES[lang];
	const loc = item.location;
	const place = loc
		? [loc.province, loc.city !== loc.province ? loc.city : null, loc.county, loc.zone]
				.filter(Boolean)
				.join(' ')
		: t.notLocated;
	return {
		n: String(index + 1),
		date: item.date ?? fill(t.weekOf, { week: item.week }),
		section: SECTION_LABELS[lang][item.section],
		title: item.title,
		place,
		sectors: item.sectors.join('、'),
		amount: item.amountYi === null ? '—' : formatYi(item.amountYi, lang, 'short'),
		source: item.source ?? ''
	};
}

export interface PlacedRow {
	id: string;
	lines: Record<keyof TableCells, string[]>;
	/** Top of the row and its height, CSS pixels from the page's top-left. */
	y: number;
	height: number;
}

export interface TablePage {
	rows: PlacedRow[];
}

/** Splits the items into pages, wrapping titles and places to at most two lines, sectors whole. */
export function paginateTable(ctx: Ctx2D, items: readonly WeekItem[], lang: Lang = 'zh'): TablePage[] {
	const f = font(FONT);
	const top = MARGIN + HEAD + COLUMN_HEAD;
	const bottom = A4_CSS.height - MARGIN;
	const pages: TablePage[] = [];
	let page: TablePage = { rows: [] };
	let y = top;
	items.forEach((item, i) => {
		const cells = tableCells(item, i, lang);
		const lines = {} as Record<keyof TableCells, string[]>;
		let count = 1;
		for (const c of COLUMNS) {
			const width = c.width - 8;
			lines[c.key] =
				c.maxLines === 1
					? [fitText(ctx, cells[c.key], f, width)]
					: wrapText(ctx, cells[c.key], f, width, c.maxLines);
			if (lines[c.key].length === 0) lines[c.key] = [''];
			count = Math.max(count, lines[c.key].length);
		}
		const height = count * LINE + ROW_PAD * 2;
		if (y + height > bottom && page.rows.length > 0) {
			pages.push(page);
			page = { rows: [] };
			y = top;
		}
		page.rows.push({ id: item.id, lines, y, height });
		y += height;
	});
	if (page.rows.length > 0 || pages.length === 0) pages.push(page);
	return pages;
}

/** One line of text on a table page: the left end of its baseline and its width, in CSS pixels. */
export interface TextRun {
	text: string;
	x: number;
	baseline: number;
	width: number;
	/** Font size in CSS pixels. */
	size: number;
	bold: boolean;
	colour: string;
}

/**
 * Every line of text a table page shows, placed as drawTablePage draws it. The PDF lays the same
 * runs over the page image as invisible text, so the table can be selected, copied and searched.
 * `index` (from 0) and `count` number the pages of the whole document, the map's page included.
 */
export function tablePageText(
	ctx: Ctx2D,
	page: TablePage,
	index: number,
	count: number,
	title: string,
	lang: Lang = 'zh'
): TextRun[] {
	const t = MESSAGES[lang];
	const labels = columnLabels(lang);
	const runs: TextRun[] = [];
	const add = (
		text: string,
		x: number,
		baseline: number,
		align: 'left' | 'right',
		size: number,
		bold: boolean,
		colour: string
	) => {
		if (text === '') return;
		const width = textWidth(ctx, text, font(size, bold ? 'bold' : 'normal'));
		runs.push({ text, x: align === 'right' ? x - width : x, baseline, width, size, bold, colour });
	};
	const heading = fitText(
		ctx,
		`${title} — ${t.projectList}`,
		font(15, 'bold'),
		A4_CSS.width - MARGIN * 2 - 120
	);
	add(heading, MARGIN, MARGIN + 18, 'left', 15, true, TEXT);
	const pageNumber = fill(t.pageOf, { n: index + 1, total: count });
	add(pageNumber, A4_CSS.width - MARGIN, MARGIN + 18, 'right', FONT, false, MUTED);
	const headTop = MARGIN + HEAD;
	let x = MARGIN;
	for (const c of COLUMNS) {
		const at = c.align === 'right' ? x + c.width - 4 : x + 4;
		add(labels[c.key], at, headTop + COLUMN_HEAD / 2 + FONT * 0.4, c.align, FONT, true, TEXT);
		x += c.width;
	}
	for (const row of page.rows) {
		let cx = MARGIN;
		for (const c of COLUMNS) {
			const at = c.align === 'right' ? cx + c.width - 4 : cx + 4;
			row.lines[c.key].forEach((line, l) =>
				add(line, at, row.y + ROW_PAD + LINE * (l + 0.78), c.align, FONT, false, TEXT)
			);
			cx += c.width;
		}
	}
	return runs;
}

/**
 * Draws one table page; the context is scaled so that one unit is one CSS pixel of A4_CSS.
 * `text` is tablePageText's result for the page.
 */
export function drawTablePage(ctx: Ctx2D, page: TablePage, text: readonly TextRun[]): void {
	ctx.save();
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, A4_CSS.width, A4_CSS.height);
	const headTop = MARGIN + HEAD;
	ctx.fillStyle = '#e4e7eb';
	ctx.fillRect(MARGIN, headTop, A4_CSS.width - MARGIN * 2, COLUMN_HEAD);
	page.rows.forEach((row, r) => {
		if (r % 2 === 1) {
			ctx.fillStyle = '#f5f7fa';
			ctx.fillRect(MARGIN, row.y, A4_CSS.width - MARGIN * 2, row.height);
		}
	});
	ctx.textBaseline = 'alphabetic';
	ctx.textAlign = 'left';
	for (const run of text) {
		ctx.font = font(run.size, run.bold ? 'bold' : 'normal');
		ctx.fillStyle = run.colour;
		ctx.fillText(run.text, run.x, run.baseline);
	}
	ctx.strokeStyle = '#cbd2d9';
	ctx.lineWidth = 0.5;
	ctx.strokeRect(
		MARGIN,
		headTop,
		A4_CSS.width - MARGIN * 2,
		(page.rows.at(-1)?.y ?? headTop + COLUMN_HEAD) + (page.rows.at(-1)?.height ?? 0) - headTop
	);
	ctx.restore();
}

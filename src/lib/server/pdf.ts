/**
 * PDF → text with pdfjs-dist (legacy build: runs in Node without a worker or a canvas).
 *
 * pdfjs gives text runs with positions, in content-stream order, which for a two-column page can
 * mix the columns. The page is rebuilt from positions instead:
 * 1. runs are grouped into lines by baseline (y), and a line is cut into fragments where a wide
 *    horizontal gap separates runs;
 * 2. the column gutter is the x position in the middle of the page that the fewest fragments cross;
 *    fragments that do cross it are full-width (headings, a headline spanning both columns);
 * 3. the page is read top to bottom in bands between full-width fragments; within a band the left
 *    column is read before the right one.
 */
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { ReportError } from '../report/errors';
import { unifyRadicals } from '../report/radicals';
import { SECTION_HEADING } from '../report/split';
import { closeLetterSpacing, closeSpreadDigits, isPdfBytes } from '../report/text';

interface Run {
	str: string;
	x: number;
	y: number;
	w: number;
	h: number;
	/** pdf.js's name of the run's font (a bold headline font differs from the body's). */
	font?: string;
}

interface Fragment {
	x0: number;
	x1: number;
	y: number;
	h: number;
	text: string;
	/** Fonts of the first and the last run: a bullet may come from another font than its headline. */
	fontFirst?: string | undefined;
	fontLast?: string | undefined;
}

function errorName(e: unknown): string {
	return e && typeof e === 'object' && 'name' in e ? String((e as { name: unknown }).name) : '';
}

/**
 * pdf.js's character maps, from the pdfjs-dist package. Fonts that a PDF does not embed and that
 * use one of the predefined CJK encodings (UniGB-UCS2-H, UniGB-UTF16-H, …; common in Chinese
 * PDFs) can only be read with them: without, their text comes out empty. Found once per process.
 */
let characterMaps: { cMapUrl?: string; cMapPacked?: boolean } | undefined;
function findCharacterMaps(): { cMapUrl?: string; cMapPacked?: boolean } {
	try {
		const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
		return { cMapUrl: join(root, 'cmaps') + sep, cMapPacked: true };
	} catch {
		return {};
	}
}

/** Opens a PDF with pdfjs, refusing an empty, non-PDF, encrypted or damaged file with a message. */
async function openPdf(bytes: Uint8Array) {
	if (bytes.length === 0)
		throw new ReportError('empty', 'The PDF file is empty (0 bytes). Download or export it again.');
	if (!isPdfBytes(bytes)) {
		throw new ReportError(
			'not_pdf',
			'This file is not a PDF (it does not start with %PDF). Give the report PDF, or its text as a .txt file.'
		);
	}
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	// pdfjs may detach the buffer it is given; keep the caller's bytes intact.
	const data = new Uint8Array(bytes);
	try {
		return await pdfjs.getDocument({
			data,
			...(characterMaps ??= findCharacterMaps()),
			useSystemFonts: false,
			disableFontFace: true,
			isEvalSupported: false,
			stopAtErrors: false,
			verbosity: 0
		}).promise;
	} catch (e) {
		const name = errorName(e);
		if (name === 'PasswordException') {
			throw new ReportError(
				'encrypted',
				'The PDF is password-protected. Open it with its password and save an unprotected copy (or print it to PDF), then try again.',
				{ cause: e }
			);
		}
		throw new ReportError(
			'corrupt',
			`The PDF cannot be read (${name || 'damaged file'}: ${e instanceof Error ? e.message : String(e)}). It may be truncated; download it again.`,
			{ cause: e }
		);
	}
}

/** The text runs of page `p` (from 1), with the page's size. */
async function readPage(
	doc: Awaited<ReturnType<typeof openPdf>>,
	p: number
): Promise<{ runs: Run[]; width: number; height: number }> {
	let page;
	try {
		page = await doc.getPage(p);
	} catch (e) {
		throw new ReportError(
			'corrupt',
			`Page ${p} of the PDF cannot be read; the file may be damaged. Download it again.`,
			{ cause: e }
		);
	}
	const content = await page.getTextContent();
	const runs: Run[] = [];
	for (const it of content.items) {
		if (!('str' in it) || !it.str) continue;
		const [a, b, , d, e, f] = it.transform as number[];
		const size = Math.hypot(a!, b!) || Math.abs(d!) || it.height || 10;
		runs.push({ str: it.str, x: e!, y: f!, w: it.width, h: size, font: it.fontName });
	}
	const view = page.getViewport({ scale: 1 });
	page.cleanup();
	return { runs, width: view.width, height: view.height };
}

/** Extract a PDF's text, one line per printed line, columns read one after the other. */
export async function extractPdfText(bytes: Uint8Array): Promise<string> {
	const doc = await openPdf(bytes);
	try {
		const pages: PageFragments[] = [];
		let anyText = false;
		for (let p = 1; p <= doc.numPages; p++) {
			const { runs, width, height } = await readPage(doc, p);
			if (runs.some((r) => r.str.trim())) anyText = true;
			pages.push({ frags: fragments(runs), width, height });
		}
		if (!anyText) {
			throw new ReportError(
				'image_only',
				'The PDF has no text layer (it is scanned images). Run OCR on it first (for example with ocrmypdf -l chi_sim) or give the report as text.'
			);
		}
		// A horizontal bar (U+2015) is how some fonts map the dash of "2024—2026".
		return unifyRadicals(layoutPages(pages)).replace(/\u2015/g, '—');
	} finally {
		await doc.destroy();
	}
}

/** Group runs into lines (same baseline) and cut lines into fragments at wide gaps. */
function fragments(runs: Run[]): Fragment[] {
	const sorted = [...runs].sort((p, q) => q.y - p.y || p.x - q.x);
	const lines: Run[][] = [];
	for (const r of sorted) {
		const line = lines[lines.length - 1];
		if (line && Math.abs(line[0]!.y - r.y) <= Math.max(1, 0.4 * Math.min(line[0]!.h, r.h))) line.push(r);
		else lines.push([r]);
	}
	const out: Fragment[] = [];
	for (const line of lines) {
		line.sort((p, q) => p.x - q.x);
		let cur: Fragment | null = null;
		for (const r of line) {
			if (!r.str.trim() && cur === null) continue;
			const gap = cur ? r.x - cur.x1 : 0;
			if (cur && gap > 1.5 * r.h) {
				out.push(cur);
				cur = null;
			}
			if (!r.str.trim()) {
				// A space run (pdf.js adds them for wide gaps) carries the line on to where it ends.
				if (cur) {
					cur.text += ' ';
					cur.x1 = Math.max(cur.x1, r.x + r.w);
				}
				continue;
			}
			if (!cur)
				cur = { x0: r.x, x1: r.x + r.w, y: r.y, h: r.h, text: r.str, fontFirst: r.font, fontLast: r.font };
			else {
				// A gap of a third of a character between runs is a space (Latin words, numbers).
				if (gap > 0.3 * r.h && !cur.text.endsWith(' ')) cur.text += ' ';
				cur.text += r.str;
				cur.x1 = Math.max(cur.x1, r.x + r.w);
				cur.fontLast = r.font;
			}
		}
		if (cur) out.push(cur);
	}
	for (const f of out) f.text = closeLetterSpacing(f.text);
	return out;
}

/** The x of the column gutter, or null for a one-column page. */
function findGutter(frags: Fragment[], width: number): number | null {
	if (frags.length < 4) return null;
	let best: { x: number; crossing: number } | null = null;
	for (let x = width * 0.3; x <= width * 0.7; x += width / 200) {
		const crossing = frags.filter((f) => f.x0 < x && f.x1 > x).length;
		if (!best || crossing < best.crossing) best = { x, crossing };
	}
	if (!best) return null;
	const left = frags.filter((f) => f.x1 <= best!.x).length;
	const right = frags.filter((f) => f.x0 >= best!.x).length;
	// Two real columns: both sides carry text, and most lines do not cross the gutter.
	if (left < 2 || right < 2 || best.crossing > 0.5 * Math.min(left, right)) return null;
	return best.x;
}

interface PageFragments {
	frags: Fragment[];
	width: number;
	height: number;
}

/**
 * The pages' text, one after the other. A running header or footer (the report's name and dates,
 * a page number at the edge of every page) is read once, at the top of the first page, and left
 * out elsewhere, so it is neither read into an item nor taken for an item's date.
 */
function layoutPages(pages: PageFragments[]): string {
	const running = runningEdges(pages);
	return pages
		.map((p, n) => {
			const edge = p.frags.filter((f) => running.has(f));
			const body = p.frags.filter((f) => !running.has(f));
			const head =
				n === 0 ? edge.filter((f) => f.y > p.height / 2).sort((a, b) => b.y - a.y || a.x0 - b.x0) : [];
			return [head.length ? joinFragments(head) : '', layoutPage(body, p.width)].filter(Boolean).join('\n');
		})
		.join('\n');
}

/** Share of the page height at its top and bottom where running heads and feet sit. */
const EDGE_SHARE = 0.12;

/** Fragments at a page's top or bottom edge whose text (numbers aside) comes back on other pages. */
function runningEdges(pages: PageFragments[]): Set<Fragment> {
	const found = new Set<Fragment>();
	if (pages.length < 2) return found;
	const key = (f: Fragment) => f.text.replace(/\s+/g, '').replace(/\d+/g, '#');
	// A headline, body or section heading that happens to sit at an edge is content, never furniture.
	const atEdge = (f: Fragment, p: PageFragments) =>
		(f.y > p.height * (1 - EDGE_SHARE) || f.y < p.height * EDGE_SHARE) &&
		!/^[●█]/.test(f.text.trim()) &&
		!SECTION_HEADING.test(unifyRadicals(f.text).trim());
	const pagesWith = new Map<string, number>();
	for (const p of pages) {
		for (const k of new Set(p.frags.filter((f) => atEdge(f, p)).map(key))) {
			pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
		}
	}
	for (const p of pages) {
		for (const f of p.frags) if (atEdge(f, p) && (pagesWith.get(key(f)) ?? 0) >= 2) found.add(f);
	}
	return found;
}

export function layoutPage(frags: Fragment[], width: number): string {
	const gutter = findGutter(frags, width);
	const byY = (p: Fragment, q: Fragment) => q.y - p.y || p.x0 - q.x0;
	if (gutter === null) return joinFragments(joinWrappedHeadlines([...frags].sort(byY)));
	const ordered = [...frags].sort(byY);
	const out: Fragment[] = [];
	let band: Fragment[] = [];
	const flush = () => {
		const left = band.filter((f) => f.x1 <= gutter).sort(byY);
		const right = band.filter((f) => f.x1 > gutter).sort(byY);
		out.push(...left, ...right);
		band = [];
	};
	for (const f of ordered) {
		if (f.x0 < gutter && f.x1 > gutter) {
			flush();
			out.push(f);
		} else if (isSectionBreak(f, frags, gutter)) {
			flush();
			out.push(f);
		} else band.push(f);
	}
	flush();
	return joinFragments(joinWrappedHeadlines(out));
}

const DATED = /^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]/;

/**
 * A headline that wraps in its column continues on the next lines of the same column; read as
 * lines, its tail would open the caption. One or two lines continue a ● headline when they sit
 * right below it at its left edge and its line pitch, state no sentence and no date, and the
 * paragraph ends after them: a wider gap than the headline's own pitch, a dated caption or the
 * next marker follows.
 */
function joinWrappedHeadlines(ordered: Fragment[]): Fragment[] {
	const out: Fragment[] = [];
	for (let i = 0; i < ordered.length; i++) {
		const f = ordered[i]!;
		out.push(f);
		if (!f.text.trimStart().startsWith('●')) continue;
		const tail = headlineTail(ordered, i);
		if (tail === 0) continue;
		const head = { ...f };
		for (let n = 1; n <= tail; n++) {
			head.text += ordered[i + n]!.text;
			head.x1 = Math.max(head.x1, ordered[i + n]!.x1);
		}
		out[out.length - 1] = head;
		i += tail;
	}
	return out;
}

/** How many of the fragments after the headline at `at` are its wrapped lines (0, 1 or 2). */
function headlineTail(ordered: Fragment[], at: number): number {
	const f = ordered[at]!;
	const first = ordered[at + 1];
	if (!first) return 0;
	const pitch = f.y - first.y;
	const lines: Fragment[] = [];
	for (let n = 1; n <= 2; n++) {
		const g = ordered[at + n];
		const prev = ordered[at + n - 1]!;
		if (!g) break;
		const step = prev.y - g.y;
		const text = unifyRadicals(g.text).trim();
		const fits =
			step > 0.8 * g.h &&
			step < 2.2 * g.h &&
			Math.abs(step - pitch) < 0.15 * g.h &&
			Math.abs(g.x0 - f.x0) < 2 * g.h &&
			!/^[●█]/.test(text) &&
			!/[。！？；]/.test(text) &&
			!DATED.test(text) &&
			!SECTION_HEADING.test(text);
		if (!fits) break;
		lines.push(g);
	}
	for (let m = lines.length; m >= 1; m--) {
		const last = lines[m - 1]!;
		const next = ordered[at + m + 1];
		if (!next) return m;
		const text = unifyRadicals(next.text).trim();
		const gap = last.y - next.y;
		if (gap > 1.1 * pitch || gap < 0 || /^[●█]/.test(text) || DATED.test(text)) return m;
	}
	return 0;
}

/**
 * A section heading that sits on one side with nothing beside it on the other ("二、综合资讯" above
 * a new pair of columns) ends the columns above it, like a full-width line. A heading with text
 * beside it is inside a column that flows on, and is read with its column.
 */
function isSectionBreak(f: Fragment, frags: Fragment[], gutter: number): boolean {
	if (!SECTION_HEADING.test(unifyRadicals(f.text).trim())) return false;
	const left = f.x1 <= gutter;
	return !frags.some(
		(o) =>
			o !== f && (left ? o.x0 >= gutter : o.x1 <= gutter) && Math.abs(o.y - f.y) < 1.5 * Math.max(o.h, f.h)
	);
}

/** Fragments on the same baseline and side stay on one line; others start new lines. */
function joinFragments(frags: Fragment[]): string {
	const lines: string[] = [];
	let prev: Fragment | null = null;
	for (const f of frags) {
		if (prev && Math.abs(prev.y - f.y) <= 0.4 * Math.min(prev.h, f.h) && f.x0 > prev.x0) {
			lines[lines.length - 1] += ` ${f.text}`;
		} else lines.push(f.text);
		prev = f;
	}
	return lines.map((l) => closeSpreadDigits(closeLetterSpacing(l.replace(/\s+$/, '')))).join('\n');
}

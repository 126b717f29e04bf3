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
import { ReportError } from './errors';
import { unifyRadicals } from './radicals';
import { SECTION_HEADING } from './split';
import { isPdfBytes } from './text';

interface Run {
	str: string;
	x: number;
	y: number;
	w: number;
	h: number;
}

interface Fragment {
	x0: number;
	x1: number;
	y: number;
	h: number;
	text: string;
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

/** Extract a PDF's text, one line per printed line, columns read one after the other. */
export async function extractPdfText(bytes: Uint8Array): Promise<string> {
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
	let doc;
	try {
		doc = await pdfjs.getDocument({
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
	try {
		const pages: string[] = [];
		let anyText = false;
		for (let p = 1; p <= doc.numPages; p++) {
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
				runs.push({ str: it.str, x: e!, y: f!, w: it.width, h: size });
			}
			if (runs.some((r) => r.str.trim())) anyText = true;
			const view = page.getViewport({ scale: 1 });
			pages.push(layoutPage(runs, view.width));
			page.cleanup();
		}
		if (!anyText) {
			throw new ReportError(
				'image_only',
				'The PDF has no text layer (it is scanned images). Run OCR on it first (for example with ocrmypdf -l chi_sim) or give the report as text.'
			);
		}
		return unifyRadicals(pages.join('\n'));
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
				if (cur) cur.text += ' ';
				continue;
			}
			if (!cur) cur = { x0: r.x, x1: r.x + r.w, y: r.y, h: r.h, text: r.str };
			else {
				// A gap of a third of a character between runs is a space (Latin words, numbers).
				if (gap > 0.3 * r.h && !cur.text.endsWith(' ')) cur.text += ' ';
				cur.text += r.str;
				cur.x1 = Math.max(cur.x1, r.x + r.w);
			}
		}
		if (cur) out.push(cur);
	}
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

export function layoutPage(runs: Run[], width: number): string {
	const frags = fragments(runs);
	const gutter = findGutter(frags, width);
	const byY = (p: Fragment, q: Fragment) => q.y - p.y || p.x0 - q.x0;
	if (gutter === null) return joinFragments([...frags].sort(byY));
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
	return joinFragments(out);
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
	return lines.map((l) => l.replace(/\s+$/, '')).join('\n');
}

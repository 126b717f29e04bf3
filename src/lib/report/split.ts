/**
 * Splitting a digest's text into items.
 *
 * The digest marks a headline with ● and a body with █; a body ends with its source in brackets,
 * e.g. "（深圳市政府网站）。". A short dated paragraph (the caption) usually sits near the body.
 * Text extracted from a two-column PDF interleaves neighbouring items, e.g.
 *
 *     ●headline A  ●headline B  █body A  caption A  caption B  █body B
 *
 * and three-item pages give three headlines then three bodies. So the text is read as a sequence of
 * pieces and grouped into blocks: a run of k headlines followed by everything up to the next headline.
 * Within a block the bodies belong to the headlines in order (there must be exactly k of them), and
 * the remaining paragraphs are captions: k captions go to the k items in order; any other count is
 * settled by how much text each caption shares with each item, keeping their order. A one-column
 * report (● headline, caption, █ body) is the case k = 1. Anything that does not fit fails with
 * 'unknown_layout' rather than pairing pieces by guesswork.
 */
import { ReportError } from './errors';
import { toHalfWidth } from './dates';
import { closeLetterSpacing, closeSpreadDigits } from './text';
import type { Section } from './types';

export interface RawItem {
	section: Section;
	title: string;
	caption: string | null;
	body: string;
	source: string | null;
}

export interface SplitResult {
	/** Lines before the first section heading or headline (title, issue, dates). */
	header: string[];
	items: RawItem[];
	warnings: string[];
}

interface Line {
	text: string;
	/** The raw line ended with whitespace (pdftotext marks paragraph ends that way). */
	trailingSpace: boolean;
}

type Piece =
	| { kind: 'section'; section: Section; name: string }
	| { kind: 'headline'; lines: Line[] }
	| { kind: 'body'; lines: Line[] }
	| { kind: 'text'; lines: Line[] };

export const SECTION_HEADING = /^[一二三四五六七八九十]{1,3}\s*[、.．]\s*(\S[^。，]{0,18})$/;

/** Section of a heading's name; null when the name is not a section heading at all. */
export function sectionOf(name: string): Section | null {
	const n = name.replace(/\s+/g, '');
	if (/招商|引资|投资|项目|签约/.test(n)) return 'investment';
	if (/政策|法规|文件|规划/.test(n)) return 'policy';
	if (/资讯|动态|新闻|要闻|综合|快讯|信息|园区/.test(n)) return 'news';
	return null;
}

/** Is the bracketed text a source ("上海市政府网站", "园区世界网", "新华社")? */
export function isSourceName(s: string): boolean {
	const t = s.trim();
	if (t.length < 2 || t.length > 40) return false;
	return /网站|官网|政府网|网$|日报|晚报|时报|新闻|新华社|客户端|公众号|微信|官微|发布$|site|web|news/i.test(
		t
	);
}

// A source bracket closing a paragraph: "（上海市政府网站）。" with any mix of half/full-width brackets.
const SOURCE_AT_END = /[（(]([^（）()]{2,40})[）)]\s{0,3}[。.]?\s{0,3}$/;
const SOURCE_ANYWHERE = /[（(]([^（）()]{2,40})[）)]\s{0,3}[。.]/g;
/** A source bracket is at most this long, so a body's end is found in its last characters. */
const SOURCE_TAIL = 64;

/** Page furniture and the disclaimer: not items, not part of any body. */
const PAGE_NUMBER =
	/^(?:[-—–]?\s*\d{1,3}\s*[-—–]?|第\s*\d+\s*页(?:\s*[/／共]\s*\d+\s*页?)?|\d+\s*[/／]\s*\d+)$/;
const DISCLAIMER_START = /^注\s*[：:]/;

// A line that ends a sentence (a half-width full stop counts unless it ends a number, "45.").
const ENDS_SENTENCE = /(?:[。！？!?]|(?<![\d.])\.)(?:[”"’』」）)]*)$/;
const DATE_START = /^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]/;

function preprocess(text: string): Line[] {
	const out: Line[] = [];
	let inDisclaimer = false;
	let looseBullet = false;
	for (const raw0 of text.split('\n')) {
		// A body marker inside a line starts a new piece ("…开园启用。 █中荷…"); so does a headline
		// marker after a space.
		const parts = raw0.split(/(?=█)|(?<=\s)(?=●)/);
		for (const raw of parts) {
			const trimmed = raw.trim();
			if (!trimmed) continue;
			if (inDisclaimer || DISCLAIMER_START.test(trimmed)) {
				// The disclaimer runs to the end of its paragraph.
				inDisclaimer = !ENDS_SENTENCE.test(trimmed);
				continue;
			}
			if (PAGE_NUMBER.test(toHalfWidth(trimmed))) continue;
			// A bullet alone on its line marks the line after it (extraction may split them); it never
			// makes an item without a title.
			if (/^[●\s]+$/.test(trimmed)) {
				looseBullet = true;
				continue;
			}
			// Justified text printed and extracted again spreads characters apart ("总 投 资128 亿 元").
			const spread = closeSpreadDigits(closeLetterSpacing(trimmed));
			const text =
				looseBullet && !/^[●█]/.test(spread) && !SECTION_HEADING.test(spread) ? `●${spread}` : spread;
			looseBullet = false;
			out.push({ text, trailingSpace: /\s$/.test(raw) });
		}
	}
	return dropRunningHeads(out);
}

/**
 * Running heads repeated on every page ("园区周报 2023年第36期") would otherwise land between the
 * pieces of an item. A short line that repeats and names the digest, or repeats the report's first
 * line, is kept once (the header) and dropped elsewhere.
 */
function dropRunningHeads(lines: Line[]): Line[] {
	// Compared without spaces and with numbers as #, so "第 3 页" and a re-spaced copy match.
	const key = (l: Line) => l.text.replace(/\s+/g, '').replace(/\d+/g, '#');
	const counts = new Map<string, number>();
	for (const l of lines) counts.set(key(l), (counts.get(key(l)) ?? 0) + 1);
	const first = lines[0] ? key(lines[0]) : undefined;
	const seen = new Set<string>();
	return lines.filter((l) => {
		const k = key(l);
		const running =
			(counts.get(k) ?? 0) > 1 &&
			k.length <= 40 &&
			!isMarker(l) &&
			(/周报|周刊|简报|第#期/.test(k) || k === first || RUNNING_DATES.test(k));
		if (!running) return true;
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}

/** A line of only dates, a range or an issue number ("2024.3.18-2024.3.24"), as running heads carry. */
const RUNNING_DATES = /^[#.\-—–~至年月日号()（）/／第期]+$/;

function isMarker(l: Line | undefined): boolean {
	if (!l) return true;
	if (l.text.startsWith('●') || l.text.startsWith('█')) return true;
	const heading = SECTION_HEADING.exec(l.text);
	return heading !== null && sectionOf(heading[1]!) !== null;
}

/** Lines i and i+1 are the rest of a headline: short, no sentence or date, and a dated line or a marker follows. */
function wrapsTwice(lines: readonly Line[], i: number): boolean {
	const [a, b, c] = [lines[i], lines[i + 1], lines[i + 2]];
	if (!a || !b || isMarker(b) || a.text.length > 30 || b.text.length > 20) return false;
	if (/[。！？；;，,]/.test(a.text + b.text) || DATE_START.test(toHalfWidth(b.text))) return false;
	return c === undefined || isMarker(c) || DATE_START.test(toHalfWidth(c.text));
}

function unbalanced(s: string): boolean {
	const pairs: Array<[string, string]> = [
		['《', '》'],
		['（', '）'],
		['(', ')'],
		['“', '”'],
		['「', '」']
	];
	return pairs.some(([o, c]) => s.split(o).length !== s.split(c).length);
}

/**
 * How many of the lines from `i` on continue the headline `hl`: 0, 1, or 2 (a long headline in a
 * narrow column). A headline wraps onto short lines with no sentence end and no date, when it has
 * an open bracket or quote, a number cut from its unit, or a marker or dated line comes next.
 */
function headlineContinues(lines: readonly Line[], i: number, hl: readonly Line[]): number {
	const next = lines[i]!;
	const joined = hl.map((h) => h.text).join('');
	const plausible =
		next.text.length <= 40 && !/[。！？；;]/.test(next.text) && !DATE_START.test(toHalfWidth(next.text));
	if (!plausible) return 0;
	// "…总投资 60" / "亿元": a number cut from its unit.
	const cutNumber = /\d\s*$/.test(joined) && /^(?:万|亿|个|家|%)/.test(next.text);
	const after = lines[i + 1];
	const beforeDated = after !== undefined && DATE_START.test(toHalfWidth(after.text));
	if (unbalanced(joined) || cutNumber || isMarker(after) || (beforeDated && next.text.length <= 20)) return 1;
	return hl.length === 1 && wrapsTwice(lines, i) ? 2 : 0;
}

/** The headline starting at line `i`, with its wrapped tail, and the index after it. */
function readHeadline(lines: readonly Line[], i: number): { lines: Line[]; next: number } {
	const hl: Line[] = [lines[i]!];
	let at = i + 1;
	while (at < lines.length && !isMarker(lines[at]) && hl.length < 3) {
		const more = headlineContinues(lines, at, hl);
		if (more === 0) break;
		hl.push(...lines.slice(at, at + more));
		at += more;
	}
	return { lines: hl, next: at };
}

/**
 * The body starting at line `i`: it runs until its source closes a paragraph, or until the next
 * marker. The source may close mid-line with the next piece (a caption) on the same line: that
 * rest is returned to be read again as a line of its own, at `next`.
 */
function readBody(lines: readonly Line[], i: number): { lines: Line[]; next: number; rest: Line | null } {
	const bl: Line[] = [];
	let at = i + 1;
	for (let cur: Line | undefined = lines[i]; cur; cur = lines[at++]) {
		const inLine = findSourceEnd(cur.text);
		if (inLine !== null && inLine < cur.text.length && cur.text.slice(inLine).trim()) {
			bl.push({ text: cur.text.slice(0, inLine).trim(), trailingSpace: true });
			const rest = { text: cur.text.slice(inLine).trim(), trailingSpace: cur.trailingSpace };
			return { lines: bl, next: at - 1, rest };
		}
		bl.push(cur);
		const end = SOURCE_AT_END.exec(joinLines(lastLines(bl, SOURCE_TAIL)));
		if ((end && isSourceName(end[1]!)) || isMarker(lines[at])) break;
	}
	return { lines: bl, next: at, rest: null };
}

/**
 * Lines → pieces: section headings, headlines (with their wrapped tails), bodies, loose text.
 * Reads a copy of `lines`, so the caller's array is left as it was.
 */
function toPieces(input: readonly Line[]): Piece[] {
	const lines = [...input];
	const pieces: Piece[] = [];
	let i = 0;
	while (i < lines.length) {
		const l = lines[i]!;
		const heading = SECTION_HEADING.exec(l.text);
		const section = heading ? sectionOf(heading[1]!) : null;
		if (section !== null) {
			pieces.push({ kind: 'section', section, name: l.text.replace(/\s+/g, '') });
			i++;
		} else if (l.text.startsWith('●')) {
			const headline = readHeadline(lines, i);
			pieces.push({ kind: 'headline', lines: headline.lines });
			i = headline.next;
		} else if (l.text.startsWith('█')) {
			const body = readBody(lines, i);
			pieces.push({ kind: 'body', lines: body.lines });
			i = body.next;
			if (body.rest) lines[i] = body.rest;
		} else {
			const last = pieces[pieces.length - 1];
			if (last && last.kind === 'text') last.lines.push(l);
			else pieces.push({ kind: 'text', lines: [l] });
			i++;
		}
	}
	return pieces;
}

/** The last lines of a piece, enough of them to hold `chars` characters. */
function lastLines(lines: Line[], chars: number): Line[] {
	let n = 0;
	let from = lines.length;
	while (from > 0 && n < chars) n += lines[--from]!.text.length;
	return lines.slice(from);
}

/** Index just past a source bracket that ends a paragraph ("…（XX网站）。"), or null. */
function findSourceEnd(s: string): number | null {
	const end = SOURCE_AT_END.exec(s);
	if (end && isSourceName(end[1]!)) return s.length;
	let found: number | null = null;
	for (const m of s.matchAll(SOURCE_ANYWHERE)) {
		if (isSourceName(m[1]!)) found = m.index + m[0].length;
	}
	return found;
}

/** Join wrapped lines. Chinese needs no space; two Latin words split at a line end do. */
export function joinLines(lines: Line[]): string {
	let out = '';
	lines.forEach((l, i) => {
		const prev = lines[i - 1];
		if (prev && prev.trailingSpace && /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(l.text)) out += ' ';
		out += l.text;
	});
	return out.replace(/\s+/g, ' ').trim();
}

/** Split loose text into paragraphs: a line ending a sentence ends a paragraph. */
function paragraphs(lines: Line[]): Line[][] {
	const out: Line[][] = [];
	let cur: Line[] = [];
	for (const l of lines) {
		cur.push(l);
		if (ENDS_SENTENCE.test(l.text)) {
			out.push(cur);
			cur = [];
		}
	}
	if (cur.length) out.push(cur);
	return out;
}

/** Body text without the █ marker and the trailing source; the source by itself. */
export function splitSource(body: string): { body: string; source: string | null } {
	const text = body.replace(/^█\s*/, '').trim();
	const m = SOURCE_AT_END.exec(text);
	if (m && isSourceName(m[1]!)) {
		const before = text.slice(0, m.index).trim();
		// Keep the paragraph's own full stop (full- or half-width), once.
		const stop = /[。.]\s*$/.test(m[0]) && !/[。！？!?]$/.test(before) ? m[0].trim().slice(-1) : '';
		return { body: before + stop, source: m[1]!.trim() };
	}
	return { body: text, source: null };
}

function bigrams(s: string): Set<string> {
	const t = s.replace(/[\s\p{P}]/gu, '');
	const out = new Set<string>();
	for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
	return out;
}

/** Share of the caption's bigrams that the item also has. */
function similarity(caption: Set<string>, item: Set<string>): number {
	if (caption.size === 0) return 0;
	let n = 0;
	for (const g of caption) if (item.has(g)) n++;
	return n / caption.size;
}

/** Most caption-item pairs compared in one block; beyond it captions are spread over the items evenly. */
const MAX_CAPTION_PAIRS = 200000;

/**
 * Assign captions to items keeping their order (caption i never goes to an earlier item than caption
 * i-1), maximising the text they share. Returns, per caption, the item index.
 * Caption i is only weighed against the items it can plausibly belong to, those near the diagonal
 * (within the surplus of captions or items), so the work grows with the block, not its square.
 */
function assignCaptions(captions: string[], items: string[]): number[] {
	const m = captions.length;
	const k = items.length;
	if (m === k) return captions.map((_, i) => i);
	if (m === 0) return [];
	if (k === 1) return captions.map(() => 0);
	const lo = (i: number) => Math.max(0, Math.min(i - Math.max(0, m - k) - 2, k - 1));
	const hi = (i: number) => Math.min(k - 1, Math.max(i + Math.max(0, k - m) + 2, lo(i)));
	let pairs = 0;
	for (let i = 0; i < m; i++) pairs += hi(i) - lo(i) + 1;
	if (pairs > MAX_CAPTION_PAIRS) return captions.map((_, i) => Math.round((i * (k - 1)) / (m - 1 || 1)));
	const itemGrams = new Map<number, Set<string>>();
	const gramsOf = (j: number) => {
		let g = itemGrams.get(j);
		if (!g) itemGrams.set(j, (g = bigrams(items[j]!)));
		return g;
	};
	// best[i][j - lo(i)]: best score for captions 0..i with caption i on item j; from: the item of caption i-1.
	const best: Float64Array[] = [];
	const from: Int32Array[] = [];
	for (let i = 0; i < m; i++) {
		const a = lo(i);
		const b = hi(i);
		const grams = bigrams(captions[i]!);
		const row = new Float64Array(b - a + 1);
		const back = new Int32Array(b - a + 1);
		// Running best of the previous row over items p <= j.
		let pv = i === 0 ? 0 : -Infinity;
		let pj = -1;
		let p = i === 0 ? 0 : lo(i - 1);
		for (let j = a; j <= b; j++) {
			if (i > 0) {
				for (; p <= Math.min(j, hi(i - 1)); p++) {
					const v = best[i - 1]![p - lo(i - 1)]!;
					if (v > pv) {
						pv = v;
						pj = p;
					}
				}
			}
			row[j - a] = pv + similarity(grams, gramsOf(j));
			back[j - a] = pj;
		}
		best.push(row);
		from.push(back);
	}
	let j = lo(m - 1);
	for (let x = j + 1; x <= hi(m - 1); x++)
		if (best[m - 1]![x - lo(m - 1)]! > best[m - 1]![j - lo(m - 1)]!) j = x;
	const out = new Array<number>(m);
	for (let i = m - 1; i >= 0; i--) {
		out[i] = j;
		j = from[i]![j - lo(i)]!;
	}
	return out;
}

function headlineText(lines: Line[]): string {
	return joinLines(lines)
		.replace(/^(?:[●•■◆]\s*)+/, '')
		.trim();
}

/**
 * In an interleaved block a body without a source can run on into the captions that follow it.
 * Cut it where a sentence ends a line and the next line opens with a date ("9 月 8 日，…").
 */
function cutRunOnBody(lines: Line[]): { body: Line[]; rest: Line[] } {
	for (let i = 0; i + 1 < lines.length; i++) {
		if (ENDS_SENTENCE.test(lines[i]!.text) && DATE_START.test(toHalfWidth(lines[i + 1]!.text))) {
			return { body: lines.slice(0, i + 1), rest: lines.slice(i + 1) };
		}
	}
	return { body: lines, rest: [] };
}

function layoutError(detail: string): ReportError {
	return new ReportError(
		'unknown_layout',
		`The report's layout is not one this parser knows: ${detail}. Check the extracted text (each item needs a ● headline and a █ body ending with its source), or convert the report to text and fix it by hand.`
	);
}

/** Refuses a text without headlines: not a digest (or a layout with bodies but no headlines). */
function requireHeadlines(pieces: readonly Piece[]): void {
	if (pieces.some((p) => p.kind === 'headline')) return;
	if (pieces.some((p) => p.kind === 'body')) throw layoutError('it has █ bodies but no ● headlines');
	throw new ReportError(
		'no_items',
		'No items found: a weekly report marks each item with ● before its headline. If this is a single news article, use the extract command instead.'
	);
}

/** A block: a run of headlines, then everything up to the next headline or section heading. */
function readBlock(pieces: readonly Piece[], i: number): { heads: Line[][]; content: Piece[]; next: number } {
	const heads: Line[][] = [];
	let at = i;
	for (let p = pieces[at]; p?.kind === 'headline'; p = pieces[++at]) heads.push(p.lines);
	const content: Piece[] = [];
	for (let p = pieces[at]; p && p.kind !== 'headline' && p.kind !== 'section'; p = pieces[++at])
		content.push(p);
	return { heads, content, next: at };
}

/**
 * A block's body paragraphs and caption paragraphs. In a block of several items a body without a
 * source is cut where captions run on after it.
 */
function bodiesAndCaptions(content: readonly Piece[], k: number): { bodies: Line[][]; captions: Line[][] } {
	const bodies: Line[][] = [];
	const captions: Line[][] = [];
	for (const c of content) {
		if (c.kind === 'body') {
			if (k > 1 && findSourceEnd(joinLines(c.lines)) === null) {
				const { body, rest } = cutRunOnBody(c.lines);
				bodies.push(body);
				if (rest.length) captions.push(...paragraphs(rest));
			} else bodies.push(c.lines);
		} else if (c.kind === 'text') captions.push(...paragraphs(c.lines));
	}
	// A layout without █ markers: the last paragraphs are the body, a short first one the caption.
	if (bodies.length === 0 && k === 1 && captions.length > 0) {
		if (captions.length > 1 && joinLines(captions[0]!).length <= 100) {
			return { bodies: [captions.slice(1).flat()], captions: [captions[0]!] };
		}
		return { bodies: [captions.flat()], captions: [] };
	}
	return { bodies, captions };
}

/** The items of one block: each headline with its body, and the captions shared out in order. */
function blockItems(section: Section, heads: readonly Line[][], content: readonly Piece[]): RawItem[] {
	const titles = heads.map(headlineText);
	const k = titles.length;
	const { bodies, captions: captionLines } = bodiesAndCaptions(content, k);
	if (bodies.length !== k) {
		throw layoutError(
			`${k} headline(s) ("${excerpt(titles[0]!)}"${k > 1 ? ' …' : ''}) are followed by ${bodies.length} body paragraph(s)`
		);
	}
	const captions = captionLines.map(joinLines);
	const bodyTexts = bodies.map((b) => splitSource(joinLines(b)));
	const owner = assignCaptions(
		captions,
		titles.map((t, x) => `${t} ${bodyTexts[x]!.body}`)
	);
	const byItem = titles.map((): string[] => []);
	owner.forEach((x, c) => byItem[x]!.push(captions[c]!));
	return titles.map((title, x) => ({
		section,
		title,
		caption: byItem[x]!.length ? byItem[x]!.join('') : null,
		body: bodyTexts[x]!.body,
		source: bodyTexts[x]!.source
	}));
}

/** Split a report's text into raw items (no dates, amounts or ids yet). */
export function splitReport(text: string): SplitResult {
	const pieces = toPieces(preprocess(text));
	requireHeadlines(pieces);
	const warnings: string[] = [];
	const header: string[] = [];
	const items: RawItem[] = [];
	let section: Section | null = null;
	let seenContent = false;
	let i = 0;
	while (i < pieces.length) {
		const p = pieces[i]!;
		if (p.kind === 'section') {
			section = p.section;
			seenContent = true;
			i++;
		} else if (p.kind !== 'headline') {
			if (!seenContent && p.kind === 'text') header.push(...p.lines.map((l) => l.text));
			else if (p.kind === 'body')
				throw layoutError(`a █ body comes before any ● headline: "${excerpt(joinLines(p.lines))}"`);
			else warnings.push(`Text outside any item was left out: "${excerpt(joinLines(p.lines))}"`);
			i++;
		} else {
			seenContent = true;
			if (section === null) {
				warnings.push(
					'Items come before any section heading (一、招商引资 / 二、综合资讯 / 三、政策法规); they were filed under news.'
				);
				section = 'news';
			}
			const block = readBlock(pieces, i);
			for (const item of blockItems(section, block.heads, block.content)) items.push(item);
			i = block.next;
		}
	}
	return { header, items, warnings };
}

function excerpt(s: string): string {
	return s.length > 30 ? `${s.slice(0, 30)}…` : s;
}

/**
 * The composition of a snapshot: title band, map, legend, scale bar and footer (data date,
 * attribution), all drawn on one canvas. Pure apart from the context it draws on, so tests run it
 * against a recording fake; the browser runs it on a real canvas with the re-rendered map.
 *
 *   ┌───────────────────────────────────────────────────────────┐
 *   │ Title                                      N 个项目 · X 亿元 │  header
 *   │ filters · weeks                                 其中 … 未定位 │
 *   ├───────────────────────────────────────────────────────────┤
 *   │                                                           │
 *   │  map                                                      │
 *   │ ┌────────┐                                   ┌──────────┐ │
 *   │ │ legend │                                   │ scale bar│ │
 *   ├─┴────────┴───────────────────────────────────┴──────────┴─┤
 *   │ 数据 … · 导出 … / attribution of every source (wrapped)       │  footer
 *   └───────────────────────────────────────────────────────────┘
 */
import { fill, formatYi, MESSAGES, type Lang } from '../i18n';
import { font, fitText, textWidth, wrapText, type Ctx2D, type Rect } from './canvas';
import type { CityLabel } from './frame';
import type { LegendSpec, RegionLegendSpec } from './legend';
import type { PixelSize } from './options';
import { scaleBar } from './scalebar';

export interface SnapshotContent {
	/** Language of the snapshot's own words (report text is data and stays as it is); zh by default. */
	lang?: Lang;
	title: string;
	/** The active filters in words (describeFilters), the week left out; empty when none. */
	filters: string[];
	/** The weeks shown, e.g. 「2023-W36–2023-W38」. */
	weekRange: string | null;
	/**
	 * Projects counted and their total; events (fairs, signing ceremonies) apart, and whether the
	 * project figures include them (the events filter).
	 */
	totals: {
		projects: number;
		amountYi: number;
		unlocated: number;
		events?: number;
		eventsIncluded?: boolean;
	};
	legend: LegendSpec;
	/** How current the data is, e.g. 「2023-W36 周报」. */
	dataDate: string | null;
	/** One line per data source with its licence. */
	attribution: string[];
	/** Day of the export, YYYY-MM-DD. */
	exportedOn: string;
	/** Cities named on the map (the largest totals), largest first. */
	labels?: CityLabel[];
}

export interface SnapshotLayout {
	width: number;
	height: number;
	/** Output pixels per CSS pixel. */
	scale: number;
	header: Rect;
	/** Where the map image goes; its size is a whole number of CSS pixels times scale. */
	map: Rect;
	legend: Rect;
	scaleBar: Rect;
	footer: Rect;
	footerLines: string[];
}

const INK = '#1f2933';
const MUTED = '#52606d';
const RULE = '#cbd2d9';

/** Sizes in CSS pixels; multiplied by the scale. */
const S = {
	pad: 16,
	title: 26,
	sub: 14,
	totals: 20,
	legendText: 12,
	legendHead: 12,
	footer: 11,
	swatch: 6,
	label: 13,
	margin: 12,
	scaleBarMax: 120
};

function words(content: SnapshotContent) {
	return MESSAGES[content.lang ?? 'zh'];
}

/**
 * The weeks, then the other filters: each fact once (the filters leave the week out, and the weeks
 * are left out when the title names them already).
 */
function subtitle(content: SnapshotContent): string {
	const week = content.weekRange && !content.title.includes(content.weekRange) ? [content.weekRange] : [];
	const parts = [...week, ...content.filters];
	return parts.length > 0 ? parts.join(' · ') : words(content).allProjects;
}

function totalsLine(content: SnapshotContent): string {
	const { projects, amountYi } = content.totals;
	return fill(words(content).snapshotTotals, {
		n: projects.toLocaleString('en-US'),
		yi: formatYi(amountYi, content.lang ?? 'zh', 'short')
	});
}

/** What the totals leave out or take in: events, and projects that are not on the map. */
function totalsNote(content: SnapshotContent): string {
	const t = words(content);
	const { events = 0, eventsIncluded = false, unlocated } = content.totals;
	const notes: string[] = [];
	if (events > 0)
		notes.push(fill(eventsIncluded ? t.snapshotEventsIncluded : t.snapshotEvents, { n: events }));
	if (unlocated > 0) notes.push(fill(t.snapshotUnlocated, { n: unlocated }));
	return notes.join(' · ');
}

function footerText(content: SnapshotContent): { first: string; sources: string } {
	const t = words(content);
	const first = [
		content.dataDate ? fill(t.snapshotData, { date: content.dataDate }) : null,
		fill(t.snapshotExported, { date: content.exportedOn }),
		t.snapshotBrand,
		// The region view has no circles to explain.
		content.legend.regions ? null : t.snapshotArea
	]
		.filter(Boolean)
		.join(' · ');
	return { first, sources: fill(t.snapshotSources, { sources: content.attribution.join('；') }) };
}

interface LegendRow {
	kind: 'head' | 'colour' | 'size' | 'hollow' | 'event' | 'class' | 'note';
	text: string;
	colour?: string;
	radius?: number;
	height: number;
}

/** Widest a note under the region legend runs before it wraps, CSS pixels. */
const NOTE_WIDTH = 190;

/** The region view's legend: its title, a swatch per class, and a wrapped note. */
function regionRows(ctx: Ctx2D, regions: RegionLegendSpec, scale: number): LegendRow[] {
	const line = S.legendText * 1.5 * scale;
	const rows: LegendRow[] = [{ kind: 'head', text: regions.title, height: line }];
	for (const c of regions.classes)
		rows.push({ kind: 'class', text: c.label, colour: c.colour, height: line });
	if (regions.note) {
		const f = font(S.legendText * scale);
		for (const text of wrapText(ctx, regions.note, f, NOTE_WIDTH * scale, 3))
			rows.push({ kind: 'note', text, height: line });
	}
	return rows;
}

function legendRows(ctx: Ctx2D, legend: LegendSpec, scale: number, lang: Lang = 'zh'): LegendRow[] {
	if (legend.regions) return regionRows(ctx, legend.regions, scale);
	const t = MESSAGES[lang];
	const line = S.legendText * 1.5 * scale;
	const rows: LegendRow[] = [];
	if (legend.colours.length > 0) {
		rows.push({ kind: 'head', text: t.sector, height: line });
		for (const c of legend.colours)
			rows.push({ kind: 'colour', text: c.label, colour: c.colour, height: line });
	}
	if (legend.sizes.length > 0) {
		rows.push({ kind: 'head', text: t.amountShort, height: line });
		for (const s of legend.sizes) {
			rows.push({
				kind: 'size',
				text: formatYi(s.amountYi, lang, 'short'),
				radius: s.radius,
				height: Math.max(line, (2 * s.radius + 4) * scale)
			});
		}
	}
	if (legend.unknownRadius !== null) {
		rows.push({ kind: 'hollow', text: t.unknownAmount, radius: legend.unknownRadius, height: line });
	}
	if (legend.events) rows.push({ kind: 'event', text: t.legendEvent, height: line });
	return rows;
}

function legendSwatchWidth(legend: LegendSpec): number {
	if (legend.regions) return S.swatch * 3;
	return Math.max(S.swatch * 2, ...legend.sizes.map((s) => s.radius * 2), (legend.unknownRadius ?? 0) * 2);
}

/** Where everything goes, for an output of the given pixel size. */
export function computeLayout(ctx: Ctx2D, size: PixelSize, content: SnapshotContent): SnapshotLayout {
	const { width, height, scale } = size;
	const u = (css: number) => css * scale;
	// Header and footer heights are whole CSS pixels, so the map is too.
	const headerCss = Math.ceil(S.pad * 2 + S.title * 1.3 + S.sub * 1.5);
	const header: Rect = { x: 0, y: 0, width, height: u(headerCss) };

	const footerFont = font(u(S.footer));
	const text = footerText(content);
	const inner = width - u(S.pad) * 2;
	const footerLines = [text.first, ...wrapText(ctx, text.sources, footerFont, inner, 4)];
	const footerCss = Math.ceil(S.pad * 1.2 + footerLines.length * S.footer * 1.45);
	// The map takes a whole number of CSS pixels (the offscreen map renders in them); the footer
	// takes what is left when the height is not a multiple of the scale.
	const mapHeight = Math.max(0, u(Math.floor((height - header.height - u(footerCss)) / scale)));
	const map: Rect = { x: 0, y: header.height, width, height: mapHeight };
	const footer: Rect = { x: 0, y: map.y + map.height, width, height: height - map.y - map.height };

	const rows = legendRows(ctx, content.legend, scale, content.lang);
	const swatch = u(legendSwatchWidth(content.legend));
	const labelWidth = Math.max(
		0,
		...rows.map((r) =>
			// A note starts at the box's edge, not after a swatch.
			r.kind === 'note'
				? textWidth(ctx, r.text, font(u(S.legendText))) - swatch - u(8)
				: textWidth(ctx, r.text, font(u(S.legendText), r.kind === 'head' ? 'bold' : 'normal'))
		)
	);
	const legendWidth = Math.min(width / 3, u(S.pad) * 2 + swatch + u(8) + labelWidth);
	const legendHeight = Math.min(
		map.height - u(S.margin) * 2,
		u(S.pad) * 1.5 + rows.reduce((sum, r) => sum + r.height, 0)
	);
	const legend: Rect = {
		x: map.x + u(S.margin),
		y: map.y + map.height - u(S.margin) - legendHeight,
		width: legendWidth,
		height: Math.max(0, legendHeight)
	};
	const barBox = { width: u(S.scaleBarMax + S.pad * 2), height: u(S.footer * 1.5 + 18) };
	const scaleBarRect: Rect = {
		x: map.x + map.width - u(S.margin) - barBox.width,
		y: map.y + map.height - u(S.margin) - barBox.height,
		...barBox
	};
	return { width, height, scale, header, map, legend, scaleBar: scaleBarRect, footer, footerLines };
}

function box(ctx: Ctx2D, r: Rect, scale: number): void {
	ctx.save();
	ctx.globalAlpha = 0.92;
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(r.x, r.y, r.width, r.height);
	ctx.globalAlpha = 1;
	ctx.strokeStyle = RULE;
	ctx.lineWidth = Math.max(1, scale);
	ctx.strokeRect(r.x, r.y, r.width, r.height);
	ctx.restore();
}

function circle(
	ctx: Ctx2D,
	x: number,
	y: number,
	r: number,
	fill: string | null,
	stroke: string,
	lineWidth: number
): void {
	ctx.beginPath();
	ctx.arc(x, y, r, 0, Math.PI * 2);
	ctx.closePath();
	if (fill !== null) {
		ctx.fillStyle = fill;
		ctx.fill();
	}
	ctx.strokeStyle = stroke;
	ctx.lineWidth = lineWidth;
	ctx.stroke();
}

/** An event's symbol, as the map draws it: a diamond with a dark edge. */
function diamond(ctx: Ctx2D, x: number, y: number, r: number, scale: number): void {
	ctx.beginPath();
	ctx.moveTo(x, y - r);
	ctx.lineTo(x + r, y);
	ctx.lineTo(x, y + r);
	ctx.lineTo(x - r, y);
	ctx.closePath();
	ctx.fillStyle = '#9aa4ae';
	ctx.fill();
	ctx.strokeStyle = '#222222';
	ctx.lineWidth = Math.max(1, scale);
	ctx.stroke();
	ctx.fillStyle = MUTED;
}

/** A region class's swatch: a filled box as wide as the legend's swatch column. */
function swatchBox(
	ctx: Ctx2D,
	x: number,
	mid: number,
	width: number,
	height: number,
	colour: string,
	scale: number
) {
	ctx.fillStyle = colour;
	ctx.fillRect(x, mid - height / 2, width, height);
	ctx.strokeStyle = 'rgba(0, 0, 0, 0.25)';
	ctx.lineWidth = Math.max(1, scale * 0.75);
	ctx.strokeRect(x, mid - height / 2, width, height);
	ctx.fillStyle = MUTED;
}

const overlaps = (a: Rect, b: Rect) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Names the largest cities beside their points (`points`: output pixels within the map image),
 * dark text on a white halo; a name that would leave the map, cover the legend or the scale bar,
 * or run into a larger city's name is left out. Returns the boxes of the names drawn.
 */
export function drawCityLabels(
	ctx: Ctx2D,
	layout: SnapshotLayout,
	labels: readonly CityLabel[],
	points: readonly [number, number][]
): Rect[] {
	const { scale, map } = layout;
	const size = S.label * scale;
	const f = font(size, 'bold');
	const taken: Rect[] = [layout.legend, layout.scaleBar];
	const drawn: Rect[] = [];
	ctx.save();
	ctx.font = f;
	ctx.textAlign = 'left';
	ctx.textBaseline = 'middle';
	ctx.lineWidth = 3 * scale;
	ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
	ctx.fillStyle = INK;
	labels.forEach((label, i) => {
		const point = points[i];
		if (!point) return;
		const x = map.x + point[0] + 7 * scale;
		const y = map.y + point[1];
		const box = { x, y: y - size * 0.65, width: textWidth(ctx, label.name, f), height: size * 1.3 };
		const inside =
			box.x >= map.x &&
			box.y >= map.y &&
			box.x + box.width <= map.x + map.width &&
			box.y + box.height <= map.y + map.height;
		if (!inside || taken.some((t) => overlaps(t, box))) return;
		ctx.font = f;
		ctx.strokeText(label.name, x, y);
		ctx.fillText(label.name, x, y);
		taken.push(box);
		drawn.push(box);
	});
	ctx.restore();
	return drawn;
}

/** The map image (or a plain background), then the city names on it. */
function drawMapArea(
	ctx: Ctx2D,
	layout: SnapshotLayout,
	content: SnapshotContent,
	mapImage: CanvasImageSource | null,
	labelPoints: readonly [number, number][]
): void {
	const m = layout.map;
	if (mapImage) ctx.drawImage(mapImage, m.x, m.y, m.width, m.height);
	else {
		ctx.fillStyle = '#eef2f5';
		ctx.fillRect(m.x, m.y, m.width, m.height);
	}
	drawCityLabels(ctx, layout, content.labels ?? [], labelPoints);
}

/** The header: title and filters left, totals right, a rule below. */
function drawHeader(ctx: Ctx2D, layout: SnapshotLayout, content: SnapshotContent): void {
	const { scale } = layout;
	const u = (css: number) => css * scale;
	const pad = u(S.pad);
	const h = layout.header;
	ctx.textBaseline = 'alphabetic';
	ctx.textAlign = 'left';
	const totalsFont = font(u(S.totals), 'bold');
	const totals = totalsLine(content);
	const totalsWidth = textWidth(ctx, totals, totalsFont);
	const leftWidth = h.width - pad * 3 - totalsWidth;
	const titleFont = font(u(S.title), 'bold');
	const titleY = h.y + pad + u(S.title);
	ctx.fillStyle = INK;
	ctx.font = titleFont;
	ctx.fillText(fitText(ctx, content.title, titleFont, leftWidth), pad, titleY);
	const subFont = font(u(S.sub));
	ctx.fillStyle = MUTED;
	ctx.font = subFont;
	const subY = titleY + u(S.sub * 1.6);
	ctx.fillText(fitText(ctx, subtitle(content), subFont, leftWidth), pad, subY);
	ctx.textAlign = 'right';
	ctx.fillStyle = INK;
	ctx.font = totalsFont;
	ctx.fillText(totals, h.width - pad, titleY);
	const note = totalsNote(content);
	if (note) {
		ctx.fillStyle = MUTED;
		ctx.font = subFont;
		ctx.fillText(note, h.width - pad, subY);
	}
	ctx.strokeStyle = RULE;
	ctx.lineWidth = Math.max(1, scale);
	ctx.beginPath();
	ctx.moveTo(0, h.y + h.height);
	ctx.lineTo(h.width, h.y + h.height);
	ctx.stroke();
}

/** The legend box: a row per colour, size and symbol in use, clipped to its box. */
function drawLegend(ctx: Ctx2D, layout: SnapshotLayout, content: SnapshotContent): void {
	const l = layout.legend;
	if (l.height <= 0) return;
	const { scale } = layout;
	const u = (css: number) => css * scale;
	const pad = u(S.pad);
	box(ctx, l, scale);
	ctx.save();
	ctx.beginPath();
	ctx.rect(l.x, l.y, l.width, l.height);
	ctx.clip();
	const swatch = u(legendSwatchWidth(content.legend));
	const cx = l.x + pad + swatch / 2;
	const tx = l.x + pad + swatch + u(8);
	let y = l.y + pad * 0.75;
	ctx.textAlign = 'left';
	ctx.textBaseline = 'middle';
	for (const row of legendRows(ctx, content.legend, scale, content.lang)) {
		const mid = y + row.height / 2;
		ctx.fillStyle = row.kind === 'head' ? INK : MUTED;
		ctx.font = font(u(S.legendText), row.kind === 'head' ? 'bold' : 'normal');
		if (row.kind === 'head' || row.kind === 'note') ctx.fillText(row.text, l.x + pad, mid);
		else ctx.fillText(row.text, tx, mid);
		if (row.kind === 'class')
			swatchBox(ctx, l.x + pad, mid, swatch, u(S.legendText), row.colour ?? '#888', scale);
		if (row.kind === 'colour') circle(ctx, cx, mid, u(S.swatch), row.colour ?? '#888', '#ffffff', u(1));
		if (row.kind === 'size') circle(ctx, cx, mid, u(row.radius ?? 0), 'rgba(82, 96, 109, 0.35)', MUTED, u(1));
		if (row.kind === 'hollow') circle(ctx, cx, mid, u(row.radius ?? 0), null, MUTED, u(1.5));
		if (row.kind === 'event') diamond(ctx, cx, mid, u(S.swatch + 1), scale);
		y += row.height;
	}
	ctx.restore();
}

/** The scale bar in its box, when the map's scale is known. */
function drawScaleBar(
	ctx: Ctx2D,
	layout: SnapshotLayout,
	content: SnapshotContent,
	metresPerPixel: number | null
): void {
	const u = (css: number) => css * layout.scale;
	const pad = u(S.pad);
	const bar = metresPerPixel === null ? null : scaleBar(metresPerPixel, u(S.scaleBarMax), content.lang);
	if (!bar) return;
	const r = layout.scaleBar;
	box(ctx, r, layout.scale);
	const x0 = r.x + r.width - pad - bar.pixels;
	const yBar = r.y + r.height - u(10);
	ctx.strokeStyle = INK;
	ctx.lineWidth = u(2);
	ctx.beginPath();
	ctx.moveTo(x0, yBar - u(5));
	ctx.lineTo(x0, yBar);
	ctx.lineTo(x0 + bar.pixels, yBar);
	ctx.lineTo(x0 + bar.pixels, yBar - u(5));
	ctx.stroke();
	ctx.fillStyle = INK;
	ctx.font = font(u(S.footer));
	ctx.textAlign = 'right';
	ctx.textBaseline = 'alphabetic';
	ctx.fillText(bar.label, r.x + r.width - pad, yBar - u(8));
}

/** The footer: data date, export date, every source with its licence. */
function drawFooter(ctx: Ctx2D, layout: SnapshotLayout): void {
	const u = (css: number) => css * layout.scale;
	const f = layout.footer;
	ctx.fillStyle = '#f5f7fa';
	ctx.fillRect(f.x, f.y, f.width, f.height);
	ctx.strokeStyle = RULE;
	ctx.beginPath();
	ctx.moveTo(0, f.y);
	ctx.lineTo(f.width, f.y);
	ctx.stroke();
	ctx.textAlign = 'left';
	ctx.textBaseline = 'alphabetic';
	const lineHeight = u(S.footer * 1.45);
	layout.footerLines.forEach((line, i) => {
		ctx.fillStyle = i === 0 ? INK : MUTED;
		ctx.font = font(u(S.footer));
		ctx.fillText(line, u(S.pad), f.y + u(S.pad * 0.6) + lineHeight * (i + 0.8));
	});
}

/**
 * Draws the whole snapshot. `mapImage` is the map re-rendered at `layout.map`'s size (null draws a
 * plain background, for tests); `metresPerPixel` is the map's scale in output pixels at its centre;
 * `labelPoints` place `content.labels` on the map image. The parts draw in order on one canvas
 * state: the footer's rule keeps the line width the header or the scale bar left.
 */
export function drawSnapshot(
	ctx: Ctx2D,
	layout: SnapshotLayout,
	content: SnapshotContent,
	mapImage: CanvasImageSource | null,
	metresPerPixel: number | null,
	labelPoints: readonly [number, number][] = []
): void {
	ctx.save();
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, layout.width, layout.height);
	drawMapArea(ctx, layout, content, mapImage, labelPoints);
	drawHeader(ctx, layout, content);
	drawLegend(ctx, layout, content);
	drawScaleBar(ctx, layout, content, metresPerPixel);
	drawFooter(ctx, layout);
	ctx.restore();
}

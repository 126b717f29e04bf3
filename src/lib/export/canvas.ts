/**
 * The part of the canvas 2D API the snapshot and the PDF table pages draw with. A real
 * CanvasRenderingContext2D is one; tests pass a recording fake (no native canvas in node).
 */
import { CJK_FONT_FAMILY } from '../i18n/fonts';

export interface Ctx2D {
	font: string;
	fillStyle: string | CanvasGradient | CanvasPattern;
	strokeStyle: string | CanvasGradient | CanvasPattern;
	lineWidth: number;
	textAlign: CanvasTextAlign;
	textBaseline: CanvasTextBaseline;
	globalAlpha: number;
	save(): void;
	restore(): void;
	fillRect(x: number, y: number, w: number, h: number): void;
	strokeRect(x: number, y: number, w: number, h: number): void;
	fillText(text: string, x: number, y: number, maxWidth?: number): void;
	strokeText(text: string, x: number, y: number, maxWidth?: number): void;
	measureText(text: string): { width: number };
	beginPath(): void;
	closePath(): void;
	moveTo(x: number, y: number): void;
	lineTo(x: number, y: number): void;
	arc(x: number, y: number, r: number, start: number, end: number): void;
	rect(x: number, y: number, w: number, h: number): void;
	clip(): void;
	fill(): void;
	stroke(): void;
	drawImage(image: CanvasImageSource, dx: number, dy: number, dw: number, dh: number): void;
}

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

export function font(px: number, weight: 'normal' | 'bold' = 'normal'): string {
	return `${weight} ${Math.round(px * 100) / 100}px ${CJK_FONT_FAMILY}`;
}

export function textWidth(ctx: Ctx2D, text: string, fontSpec: string): number {
	ctx.font = fontSpec;
	return ctx.measureText(text).width;
}

/** Shortens text with 「…」 until it fits maxWidth. */
export function fitText(ctx: Ctx2D, text: string, fontSpec: string, maxWidth: number): string {
	if (textWidth(ctx, text, fontSpec) <= maxWidth) return text;
	const chars = [...text];
	let lo = 0;
	let hi = chars.length;
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (textWidth(ctx, `${chars.slice(0, mid).join('')}…`, fontSpec) <= maxWidth) lo = mid;
		else hi = mid - 1;
	}
	return `${chars.slice(0, lo).join('')}…`;
}

/**
 * Breaks text into lines no wider than maxWidth, character by character (Chinese has no spaces),
 * preferring to break after 「；」「，」 or a space; at most maxLines, the last one shortened with 「…」.
 */
export function wrapText(
	ctx: Ctx2D,
	text: string,
	fontSpec: string,
	maxWidth: number,
	maxLines = Infinity
): string[] {
	const lines: string[] = [];
	let rest = [...text.replace(/\s+/g, ' ').trim()];
	while (rest.length > 0 && lines.length < maxLines) {
		if (textWidth(ctx, rest.join(''), fontSpec) <= maxWidth) {
			lines.push(rest.join(''));
			rest = [];
			break;
		}
		let lo = 1;
		let hi = rest.length;
		while (lo < hi) {
			const mid = Math.ceil((lo + hi) / 2);
			if (textWidth(ctx, rest.slice(0, mid).join(''), fontSpec) <= maxWidth) lo = mid;
			else hi = mid - 1;
		}
		let cut = lo;
		for (let i = lo; i > Math.max(0, lo - 12); i--) {
			if ('；，、 ·'.includes(rest[i - 1])) {
				cut = i;
				break;
			}
		}
		lines.push(rest.slice(0, cut).join('').trim());
		rest = rest.slice(cut);
	}
	if (rest.length > 0 && lines.length > 0) {
		lines[lines.length - 1] = fitText(ctx, `${lines[lines.length - 1]}${rest.join('')}`, fontSpec, maxWidth);
	}
	return lines;
}

/**
 * An SVG drawing context: the snapshot's composition (./layout.ts) drawn as SVG elements instead of
 * pixels, so a print designer can edit its title, legend and labels as text and shapes. The map
 * itself stays a picture inside it. It implements the same small part of the canvas API the layout
 * draws with; measuring text is left to a real canvas (fonts are the browser's). Pure apart from
 * the two functions it is given.
 */
import type { Ctx2D } from './canvas';

interface State {
	font: string;
	fillStyle: string;
	strokeStyle: string;
	lineWidth: number;
	textAlign: CanvasTextAlign;
	textBaseline: CanvasTextBaseline;
	globalAlpha: number;
	clip: string | null;
}

const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const n = (value: number) => String(Math.round(value * 100) / 100);

const ANCHOR: Record<CanvasTextAlign, string> = {
	left: 'start',
	start: 'start',
	center: 'middle',
	right: 'end',
	end: 'end'
};

export class SvgContext implements Ctx2D {
	font = '10px sans-serif';
	fillStyle: string | CanvasGradient | CanvasPattern = '#000000';
	strokeStyle: string | CanvasGradient | CanvasPattern = '#000000';
	lineWidth = 1;
	textAlign: CanvasTextAlign = 'start';
	textBaseline: CanvasTextBaseline = 'alphabetic';
	globalAlpha = 1;
	private clipId: string | null = null;
	private readonly stack: State[] = [];
	private readonly defs: string[] = [];
	private readonly body: string[] = [];
	private path: string[] = [];

	constructor(
		private readonly width: number,
		private readonly height: number,
		private readonly measure: (text: string, font: string) => number,
		private readonly imageHref: (image: CanvasImageSource) => string
	) {}

	private paint(kind: 'fill' | 'stroke'): string {
		const colour = String(kind === 'fill' ? this.fillStyle : this.strokeStyle);
		const alpha = this.globalAlpha < 1 ? ` ${kind}-opacity="${n(this.globalAlpha)}"` : '';
		const width = kind === 'stroke' ? ` stroke-width="${n(this.lineWidth)}"` : '';
		return kind === 'fill'
			? `fill="${escape(colour)}"${alpha}`
			: `fill="none" stroke="${escape(colour)}"${width}${alpha}`;
	}

	private emit(element: string): void {
		this.body.push(
			this.clipId ? element.replace(/^<(\w+)/, `<$1 clip-path="url(#${this.clipId})"`) : element
		);
	}

	save(): void {
		this.stack.push({
			font: this.font,
			fillStyle: String(this.fillStyle),
			strokeStyle: String(this.strokeStyle),
			lineWidth: this.lineWidth,
			textAlign: this.textAlign,
			textBaseline: this.textBaseline,
			globalAlpha: this.globalAlpha,
			clip: this.clipId
		});
	}

	restore(): void {
		const state = this.stack.pop();
		if (!state) return;
		({ font: this.font, fillStyle: this.fillStyle, strokeStyle: this.strokeStyle } = state);
		({ lineWidth: this.lineWidth, textAlign: this.textAlign, textBaseline: this.textBaseline } = state);
		this.globalAlpha = state.globalAlpha;
		this.clipId = state.clip;
	}

	fillRect(x: number, y: number, w: number, h: number): void {
		this.emit(`<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" ${this.paint('fill')}/>`);
	}

	strokeRect(x: number, y: number, w: number, h: number): void {
		this.emit(`<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" ${this.paint('stroke')}/>`);
	}

	private text(text: string, x: number, y: number, paint: string): void {
		const baseline = this.textBaseline === 'middle' ? ' dominant-baseline="middle"' : '';
		const style = `font: ${this.font}`;
		this.emit(
			`<text x="${n(x)}" y="${n(y)}" text-anchor="${ANCHOR[this.textAlign]}"${baseline} style="${escape(style)}" ${paint}>${escape(text)}</text>`
		);
	}

	fillText(text: string, x: number, y: number): void {
		this.text(text, x, y, this.paint('fill'));
	}

	strokeText(text: string, x: number, y: number): void {
		this.text(text, x, y, `${this.paint('stroke')} stroke-linejoin="round"`);
	}

	measureText(text: string): { width: number } {
		return { width: this.measure(text, this.font) };
	}

	beginPath(): void {
		this.path = [];
	}
	closePath(): void {
		this.path.push('Z');
	}
	moveTo(x: number, y: number): void {
		this.path.push(`M${n(x)} ${n(y)}`);
	}
	lineTo(x: number, y: number): void {
		this.path.push(`L${n(x)} ${n(y)}`);
	}
	/** Whole circles only: the snapshot draws no other arcs. */
	arc(x: number, y: number, r: number): void {
		this.path.push(
			`M${n(x - r)} ${n(y)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0`
		);
	}
	rect(x: number, y: number, w: number, h: number): void {
		this.path.push(`M${n(x)} ${n(y)}h${n(w)}v${n(h)}h${n(-w)}Z`);
	}
	clip(): void {
		const id = `clip${this.defs.length}`;
		this.defs.push(`<clipPath id="${id}"><path d="${this.path.join('')}"/></clipPath>`);
		this.clipId = id;
	}
	fill(): void {
		this.emit(`<path d="${this.path.join('')}" ${this.paint('fill')}/>`);
	}
	stroke(): void {
		this.emit(`<path d="${this.path.join('')}" ${this.paint('stroke')}/>`);
	}
	drawImage(image: CanvasImageSource, x: number, y: number, w: number, h: number): void {
		const href = escape(this.imageHref(image));
		this.emit(
			`<image href="${href}" x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" preserveAspectRatio="none"/>`
		);
	}

	/** The SVG document of everything drawn so far. */
	toString(): string {
		const size = `width="${this.width}" height="${this.height}" viewBox="0 0 ${this.width} ${this.height}"`;
		const defs = this.defs.length > 0 ? `<defs>${this.defs.join('')}</defs>` : '';
		return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" ${size}>${defs}${this.body.join('\n')}</svg>\n`;
	}
}

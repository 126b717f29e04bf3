import type { Ctx2D } from '../../../src/lib/export/canvas';

export interface Call {
	op: string;
	args: unknown[];
	font: string;
	fillStyle: unknown;
}

/** A 2D context that records what is drawn; text is measured as (font size × 0.9) per character. */
export class RecordingContext implements Ctx2D {
	font = '10px sans-serif';
	fillStyle: string | CanvasGradient | CanvasPattern = '#000';
	strokeStyle: string | CanvasGradient | CanvasPattern = '#000';
	lineWidth = 1;
	textAlign: CanvasTextAlign = 'start';
	textBaseline: CanvasTextBaseline = 'alphabetic';
	globalAlpha = 1;
	calls: Call[] = [];
	private depth = 0;

	private record(op: string, args: unknown[]): void {
		this.calls.push({ op, args, font: this.font, fillStyle: this.fillStyle });
	}
	get balanced(): boolean {
		return this.depth === 0;
	}
	save(): void {
		this.depth++;
	}
	restore(): void {
		this.depth--;
	}
	fillRect(...args: number[]): void {
		this.record('fillRect', args);
	}
	strokeRect(...args: number[]): void {
		this.record('strokeRect', args);
	}
	strokeText(text: string, x: number, y: number): void {
		this.record('strokeText', [text, x, y]);
	}
	fillText(text: string, x: number, y: number): void {
		this.record('fillText', [text, x, y]);
	}
	measureText(text: string): { width: number } {
		const px = Number(/(\d+(?:\.\d+)?)px/.exec(this.font)?.[1] ?? 10);
		return { width: [...text].length * px * 0.9 };
	}
	beginPath(): void {}
	closePath(): void {}
	moveTo(...args: number[]): void {
		this.record('moveTo', args);
	}
	lineTo(...args: number[]): void {
		this.record('lineTo', args);
	}
	arc(...args: number[]): void {
		this.record('arc', args);
	}
	rect(): void {}
	clip(): void {}
	fill(): void {
		this.record('fill', []);
	}
	stroke(): void {
		this.record('stroke', []);
	}
	drawImage(_image: CanvasImageSource, ...args: number[]): void {
		this.record('drawImage', args);
	}
	texts(): { text: string; x: number; y: number; font: string }[] {
		return this.calls
			.filter((c) => c.op === 'fillText')
			.map((c) => ({
				text: c.args[0] as string,
				x: c.args[1] as number,
				y: c.args[2] as number,
				font: c.font
			}));
	}
}

/**
 * Helpers for the export end-to-end tests: run a page export and catch its download, decode images
 * in the browser (no native image library in node), read PDF pages through poppler.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { HEADLESS_EXPORT_FLAG } from '../../src/lib/export/options';

/** Opens the page with `?…&export=FORMAT` and returns the downloaded file and its suggested name. */
export async function pageExport(page: Page, url: string): Promise<{ bytes: Uint8Array; name: string }> {
	const download = page.waitForEvent('download', { timeout: 120_000 });
	const failed = page
		.waitForFunction(() => document.documentElement.dataset.exportStatus === 'error', undefined, {
			timeout: 120_000
		})
		.then(() => page.evaluate(() => document.documentElement.dataset.exportError));
	// The page exports from its URL only for a headless driver that says so before it loads.
	await page.addInitScript(
		(flag) => ((window as unknown as Record<string, unknown>)[flag] = true),
		HEADLESS_EXPORT_FLAG
	);
	await page.goto(url);
	const result = await Promise.race([download, failed.then((m) => new Error(`export failed: ${m}`))]);
	if (result instanceof Error) throw result;
	return { bytes: new Uint8Array(readFileSync(await result.path())), name: result.suggestedFilename() };
}

export interface RegionStats {
	/** Pixels darker than mid-grey (text, outlines). */
	dark: number;
	/** Clearly coloured pixels (saturation). */
	coloured: number;
	/** Distinct colours, quantised. */
	colours: number;
	pixels: number;
	/** Leftmost and rightmost columns with a coloured pixel, relative to the region; -1 when none. */
	colouredMinX: number;
	colouredMaxX: number;
	/** Top and bottom rows with a coloured pixel, relative to the region; -1 when none. */
	colouredMinY: number;
	colouredMaxY: number;
}

export interface ImageInfo {
	width: number;
	height: number;
	regions: Record<string, RegionStats>;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Decodes a PNG in the page (no native image library in node) and measures regions, each given as
 * a function of the image's size returning [x, y, width, height] in pixels.
 */
export async function inspectPng(
	page: Page,
	png: Uint8Array,
	regions: Record<string, (w: number, h: number) => [number, number, number, number]>
): Promise<ImageInfo> {
	const { width, height } = pngSize(png);
	const boxes = Object.fromEntries(
		Object.entries(regions).map(([k, f]) => [
			k,
			f(width, height).map(Math.round) as [number, number, number, number]
		])
	);
	type RegionStats = ImageInfo['regions'][string];
	return page.evaluate(
		async ({ base64, boxes }) => {
			const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
			const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
			const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
			const ctx = canvas.getContext('2d')!;
			ctx.drawImage(bitmap, 0, 0);
			const out: Record<string, RegionStats> = {};
			for (const [name, [x, y, w, h]] of Object.entries(boxes)) {
				const data = ctx.getImageData(x, y, w, h).data;
				let dark = 0;
				let coloured = 0;
				let colouredMinX = -1;
				let colouredMaxX = -1;
				let colouredMinY = -1;
				let colouredMaxY = -1;
				const set = new Set<number>();
				for (let i = 0; i < data.length; i += 4) {
					const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
					if (0.299 * r + 0.587 * g + 0.114 * b < 128) dark++;
					if (Math.max(r, g, b) - Math.min(r, g, b) > 80) {
						coloured++;
						const px = (i / 4) % w;
						if (colouredMinX < 0 || px < colouredMinX) colouredMinX = px;
						if (px > colouredMaxX) colouredMaxX = px;
						const py = Math.floor(i / 4 / w);
						if (colouredMinY < 0) colouredMinY = py;
						colouredMaxY = py;
					}
					set.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
				}
				out[name] = {
					dark,
					coloured,
					colours: set.size,
					pixels: w * h,
					colouredMinX,
					colouredMaxX,
					colouredMinY,
					colouredMaxY
				};
			}
			return { width: bitmap.width, height: bitmap.height, regions: out };
		},
		{ base64: Buffer.from(png).toString('base64'), boxes }
	);
}

/** PDF pages rendered by poppler's pdftoppm as 8-bit grey images. */
export function pdfPages(pdf: string, dpi = 30): { width: number; height: number; pixels: Uint8Array }[] {
	const dir = mkdtempSync(join(tmpdir(), 'parkmap-pdf-'));
	execFileSync('pdftoppm', ['-r', String(dpi), '-gray', pdf, join(dir, 'p')]);
	return readdirSync(dir)
		.filter((f) => f.endsWith('.pgm'))
		.sort()
		.map((f) => {
			const buf = readFileSync(join(dir, f));
			// P5 header: magic, width, height, maxval, each followed by whitespace.
			const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buf.subarray(0, 50).toString('latin1'))!;
			const offset = header[0].length;
			return { width: Number(header[1]), height: Number(header[2]), pixels: buf.subarray(offset) };
		});
}

export function pdfText(pdf: string): string {
	return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

/** Runs the command line (`npm run --silent cli -- …`) and returns its stdout bytes. */
export function runCli(
	args: string[],
	env: Record<string, string>
): Promise<{ code: number; stdout: Buffer; stderr: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--import', 'tsx', 'src/lib/cli/main.ts', ...args], {
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		const out: Buffer[] = [];
		let err = '';
		child.stdout.on('data', (d: Buffer) => out.push(d));
		child.stderr.on('data', (d: Buffer) => (err += String(d)));
		child.once('error', reject);
		child.once('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: err }));
	});
}

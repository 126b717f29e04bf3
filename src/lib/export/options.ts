/**
 * Export options shared by the command line and the page's headless trigger (`?export=png&size=a4`).
 * Pure.
 */
import type { ExportFormat } from './filename';

/** Output sizes of a snapshot. `screen`: the map as shown, at the screen's pixel ratio. */
export type SnapshotSize = 'screen' | '1080p' | 'a4';

export const SIZES: readonly SnapshotSize[] = ['screen', '1080p', 'a4'];

export const SIZE_LABELS: Record<SnapshotSize, string> = {
	screen: '屏幕大小',
	'1080p': '1920×1080',
	a4: 'A4 横向 300 dpi'
};

/** A4 landscape at 300 dpi: 297 × 210 mm. */
export const A4_300DPI = { width: 3508, height: 2480 } as const;

export interface PixelSize {
	width: number;
	height: number;
	/** Output pixels per CSS pixel: the map and the layout are drawn at this scale. */
	scale: number;
}

/**
 * The pixel size of a snapshot. `screen` takes the size of the map on screen and its pixel ratio;
 * the others are fixed, with a scale that keeps text and circles legible (A4 draws at 2×).
 */
export function pixelSize(
	size: SnapshotSize,
	screen: { width: number; height: number; pixelRatio: number }
): PixelSize {
	if (size === '1080p') return { width: 1920, height: 1080, scale: 1 };
	if (size === 'a4') return { ...A4_300DPI, scale: 2 };
	const scale = Math.max(1, screen.pixelRatio || 1);
	return {
		width: Math.max(1, Math.round(screen.width * scale)),
		height: Math.max(1, Math.round(screen.height * scale)),
		scale
	};
}

export function isFormat(value: string): value is ExportFormat {
	return ['png', 'pdf', 'csv', 'xlsx', 'geojson'].includes(value);
}

export function isSize(value: string): value is SnapshotSize {
	return (SIZES as readonly string[]).includes(value);
}

/** The URL parameters that ask the page to export on its own once the map is ready. */
export const EXPORT_PARAM = 'export';

/**
 * Set on `window` by the headless driver (an init script) before the page loads. The page exports
 * from its URL only then: a link someone is sent cannot start a download without a click.
 */
export const HEADLESS_EXPORT_FLAG = '__parkmapHeadlessExport';
export const SIZE_PARAM = 'size';
export const TITLE_PARAM = 'title';

/** Default title: 「园区项目地图 2023-W36」. */
export function defaultTitle(weekRange: string | null): string {
	return weekRange ? `园区项目地图 ${weekRange}` : '园区项目地图';
}

/**
 * Export options shared by the command line and the page's headless trigger (`?export=png&size=a4`).
 * Pure.
 */
import { MESSAGES, type Lang } from '../i18n';
import { FORMATS, type ExportFormat } from './filename';

/** Output sizes of a snapshot. `screen`: the map as shown, at the screen's pixel ratio. */
export type SnapshotSize = 'screen' | '1080p' | 'a4';

export const SIZES: readonly SnapshotSize[] = ['screen', '1080p', 'a4'];

/** The message naming each size in the export panel. */
export const SIZE_LABELS: Record<SnapshotSize, 'sizeScreen' | 'size1080p' | 'sizeA4'> = {
	screen: 'sizeScreen',
	'1080p': 'size1080p',
	a4: 'sizeA4'
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
 * the others are fixed, with a scale that keeps text and circles legible (A4 draws at 3×: print type).
 */
export function pixelSize(
	size: SnapshotSize,
	screen: { width: number; height: number; pixelRatio: number }
): PixelSize {
	if (size === '1080p') return { width: 1920, height: 1080, scale: 1 };
	// Print type: at 3 output pixels per CSS pixel the legend's 12 px are 36 dots, 8.6 pt at 300 dpi.
	if (size === 'a4') return { ...A4_300DPI, scale: 3 };
	const scale = Math.max(1, screen.pixelRatio || 1);
	return {
		width: Math.max(1, Math.round(screen.width * scale)),
		height: Math.max(1, Math.round(screen.height * scale)),
		scale
	};
}

export function isFormat(value: string): value is ExportFormat {
	return (FORMATS as readonly string[]).includes(value);
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

/** Default title: 「园区项目地图 2023-W36」, 「ParkMap 2023-W36」. */
export function defaultTitle(weekRange: string | null, lang: Lang = 'zh'): string {
	const name = MESSAGES[lang].title;
	return weekRange ? `${name} ${weekRange}` : name;
}

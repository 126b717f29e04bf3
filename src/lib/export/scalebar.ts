/**
 * A scale bar for a Web-Mercator map: the longest round distance (1, 2 or 5 × 10ⁿ metres)
 * that fits a given width. Pure.
 */

/** Earth's circumference at the equator (WGS-84), metres. */
const EARTH_CIRCUMFERENCE = 40_075_016.686;

/**
 * Metres per CSS pixel at a latitude and zoom (MapLibre's 512-pixel tiles). Divide by the pixel
 * ratio for metres per device pixel.
 */
export function metresPerPixel(latitude: number, zoom: number): number {
	return (EARTH_CIRCUMFERENCE * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

export interface ScaleBar {
	metres: number;
	/** Length of the bar in the same pixels as metresPerPixel. */
	pixels: number;
	label: string;
}

const UNITS = { zh: { km: '公里', m: '米' }, en: { km: 'km', m: 'm' } } as const;

export function scaleBar(metresPerPx: number, maxPixels: number, lang: 'zh' | 'en' = 'zh'): ScaleBar | null {
	if (!(metresPerPx > 0) || !(maxPixels > 0) || !Number.isFinite(metresPerPx)) return null;
	const maxMetres = metresPerPx * maxPixels;
	const power = 10 ** Math.floor(Math.log10(maxMetres));
	const first = maxMetres / power;
	const metres = (first >= 5 ? 5 : first >= 2 ? 2 : 1) * power;
	const unit = UNITS[lang];
	const label = metres >= 1000 ? `${metres / 1000} ${unit.km}` : `${metres} ${unit.m}`;
	return { metres, pixels: metres / metresPerPx, label };
}

/**
 * Symbol sizes. A circle's area is proportional to the investment (radius ∝ √amount), so a
 * project of 100 亿元 covers ten times the area of one of 10 亿元. One scale serves projects,
 * city rings and the legend, fixed for the data set so sizes do not jump when filters change.
 */
import { scaleSqrt, type ScalePower } from 'd3-scale';

/** Largest circle radius in CSS pixels. */
export const MAX_RADIUS = 26;
/**
 * Largest city circle on dense maps (one circle per city far out). Smaller than MAX_RADIUS: a few
 * hundred cities share a national view, and larger circles would mostly cover one another.
 */
export const DENSE_CITY_MAX_RADIUS = 22;
/** Radius of a project whose amount is unknown: drawn hollow at this size. */
export const UNKNOWN_RADIUS = 5;
/** Smallest radius of a project with a (tiny) amount, so it stays clickable. */
export const MIN_RADIUS = 2.5;

export type RadiusScale = ScalePower<number, number>;

/** A square-root scale from 亿元 to pixels whose top is the largest amount (at least 1 亿元). */
export function radiusScale(amounts: Iterable<number | null>, maxRadius = MAX_RADIUS): RadiusScale {
	let max = 1;
	for (const a of amounts) if (a !== null && Number.isFinite(a) && a > max) max = a;
	return scaleSqrt().domain([0, max]).range([0, maxRadius]).clamp(true);
}

/** Radius of one project: hollow size when there is no amount, never smaller than MIN_RADIUS. */
export function projectRadius(scale: RadiusScale, amountYi: number | null): number {
	if (amountYi === null || !Number.isFinite(amountYi)) return UNKNOWN_RADIUS;
	return Math.max(MIN_RADIUS, scale(amountYi));
}

/**
 * Reference amounts for the size legend: up to three round values (1, 2 or 5 × 10ⁿ) spread
 * over the scale's domain, largest first.
 */
export function legendAmounts(scale: RadiusScale): number[] {
	const max = scale.domain()[1];
	const nice = (v: number) => {
		const p = 10 ** Math.floor(Math.log10(v));
		const m = v / p;
		return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * p;
	};
	const top = nice(max);
	const values = [top, nice(top / 5), nice(top / 25)].filter((v) => v >= 0.1);
	return [...new Set(values)].sort((a, b) => b - a);
}

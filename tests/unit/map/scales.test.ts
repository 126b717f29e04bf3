import { describe, expect, it } from 'vitest';
import {
	legendAmounts,
	MAX_RADIUS,
	MIN_RADIUS,
	projectRadius,
	radiusScale,
	UNKNOWN_RADIUS
} from '../../../src/lib/map/scales';

describe('radius scale', () => {
	const scale = radiusScale([1, 10, 100, 400, null]);

	it('makes circle area proportional to the amount', () => {
		const area = (a: number) => Math.PI * scale(a) ** 2;
		expect(area(100) / area(10)).toBeCloseTo(10, 6);
		expect(area(400) / area(100)).toBeCloseTo(4, 6);
		expect(scale(0)).toBe(0);
	});

	it('tops out at the largest amount and clamps above it', () => {
		expect(scale(400)).toBeCloseTo(MAX_RADIUS, 6);
		expect(scale(10_000)).toBeCloseTo(MAX_RADIUS, 6);
	});

	it('has a domain of at least 1 亿元 and ignores unknown and non-finite amounts', () => {
		expect(radiusScale([null, 0.2, NaN]).domain()).toEqual([0, 1]);
		expect(radiusScale([3, Infinity]).domain()).toEqual([0, 3]);
	});

	it('gives unknown amounts the hollow size and tiny ones the minimum', () => {
		expect(projectRadius(scale, null)).toBe(UNKNOWN_RADIUS);
		expect(projectRadius(scale, 0.0001)).toBe(MIN_RADIUS);
		expect(projectRadius(scale, 100)).toBeCloseTo(scale(100), 9);
	});

	it('offers round legend amounts within the domain, largest first', () => {
		const amounts = legendAmounts(scale);
		expect(amounts[0]).toBeLessThanOrEqual(400);
		expect([...amounts].sort((a, b) => b - a)).toEqual(amounts);
		for (const a of amounts) expect(a / 10 ** Math.floor(Math.log10(a))).toBeOneOf([1, 2, 5]);
	});
});

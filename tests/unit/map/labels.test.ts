import { describe, expect, it } from 'vitest';
import { allCityPoints, labelPoints } from '../../../src/lib/map/labels.server';

describe('city label points', () => {
	it('gives the seat of government of known cities and leaves unknown keys out', () => {
		const points = labelPoints(['320600', '450300', '999999']);
		expect(Object.keys(points).sort()).toEqual(['320600', '450300']);
		// 南通 and 桂林 (WGS-84), within a few kilometres of their city halls.
		expect(points['320600'][0]).toBeCloseTo(120.89, 1);
		expect(points['320600'][1]).toBeCloseTo(31.98, 1);
		expect(points['450300'][0]).toBeCloseTo(110.29, 1);
		expect(points['450300'][1]).toBeCloseTo(25.27, 1);
	});

	it('lists every prefecture-level city and the municipalities, not the provinces', () => {
		const all = allCityPoints();
		expect(Object.keys(all).length).toBeGreaterThan(330);
		expect(all['110000']).toBeDefined();
		expect(all['500000']).toBeDefined();
		expect(all['320000']).toBeUndefined();
		for (const [lon, lat] of Object.values(all)) {
			expect(lon).toBeGreaterThan(73);
			expect(lon).toBeLessThan(136);
			expect(lat).toBeGreaterThan(3);
			expect(lat).toBeLessThan(54);
		}
	});
});

import { describe, expect, it } from 'vitest';
import { SPREAD_GAP, spreadFeatures, spreadOffsets } from '../../../src/lib/map/spread';

const cases = [
	[5, 5],
	[26, 2.5, 5],
	[10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10],
	[26, 26, 26, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]
];

describe('spreadOffsets', () => {
	for (const radii of cases) {
		it(`puts ${radii.length} circles apart and off the centre`, () => {
			const { ring, offsets } = spreadOffsets(radii);
			const largest = Math.max(...radii);
			for (let a = 0; a < radii.length; a++) {
				const oa = offsets[a];
				expect(Math.hypot(oa.dx, oa.dy)).toBeCloseTo(ring, 6);
				// Clear of where the stack was (a circle as large as the largest at the centre).
				expect(Math.hypot(oa.dx, oa.dy) - radii[a]).toBeGreaterThanOrEqual(largest);
				for (let b = a + 1; b < radii.length; b++) {
					const ob = offsets[b];
					expect(Math.hypot(oa.dx - ob.dx, oa.dy - ob.dy)).toBeGreaterThanOrEqual(
						radii[a] + radii[b] + SPREAD_GAP / 2
					);
				}
			}
		});
	}
});

describe('spreadFeatures', () => {
	it('gives a backdrop that reaches past every marker, a leg and a marker per project', () => {
		const markers = [
			{ x: 100, y: 100, r: 8, properties: { i: 1, city: '320500' }, event: false },
			{ x: 101, y: 100, r: 5, properties: { i: 2, city: '320500' }, event: true },
			{ x: 100, y: 101, r: 2.5, properties: { i: 3, city: '320500' }, event: false }
		];
		const { data, centre, reach } = spreadFeatures(markers, (x, y) => [x, y]);
		expect(data.features.map((f) => f.properties?.kind)).toEqual([
			'backdrop',
			'leg',
			'project',
			'leg',
			'event',
			'leg',
			'project'
		]);
		for (const f of data.features.filter(
			(f) => f.geometry.type === 'Point' && f.properties?.kind !== 'backdrop'
		)) {
			const [x, y] = (f.geometry as GeoJSON.Point).coordinates;
			expect(Math.hypot(x - centre.x, y - centre.y) + Number(f.properties?.r ?? 0)).toBeLessThanOrEqual(
				reach
			);
		}
		// Each leg runs from where its marker lies to where it is drawn.
		const leg = data.features[1].geometry as GeoJSON.LineString;
		expect(leg.coordinates[0]).toEqual([100, 100]);
		expect(leg.coordinates[1]).toEqual((data.features[2].geometry as GeoJSON.Point).coordinates);
		expect(data.features[2].properties).toMatchObject({ i: 1, city: '320500' });
	});
});

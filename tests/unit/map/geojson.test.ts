import { describe, expect, it } from 'vitest';
import { projectsToGeoJSON } from '../../../src/lib/map/geojson';
import { sectorPalette } from '../../../src/lib/map/palette';
import { radiusScale } from '../../../src/lib/map/scales';
import { sampleItems } from './sample';

describe('projectsToGeoJSON', () => {
	const items = sampleItems();
	const { data } = projectsToGeoJSON(items, radiusScale(items.map((i) => i.amountYi)), sectorPalette(items));

	it('has one feature per located item, its id the item index', () => {
		const located = items.flatMap((item, i) => (item.location ? [i] : []));
		expect(data.features.map((f) => f.id).sort((a, b) => Number(a) - Number(b))).toEqual(located);
		for (const f of data.features) {
			expect(f.properties.i).toBe(f.id);
			expect(f.properties.id).toBe(items[f.properties.i].id);
		}
	});

	it('lists the largest circles first, so smaller ones are drawn over them', () => {
		const radii = data.features.map((f) => f.properties.r);
		expect(new Set(radii).size).toBeGreaterThan(2);
		expect(radii).toEqual([...radii].sort((a, b) => b - a));
	});
});

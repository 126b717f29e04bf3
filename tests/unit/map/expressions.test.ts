import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { matchesFilters, NO_FILTERS, type Filters } from '../../../src/lib/filters';
import { FILTER_STATE, filterState, projectFilter } from '../../../src/lib/map/expressions';
import { projectsToGeoJSON } from '../../../src/lib/map/geojson';
import { sectorPalette } from '../../../src/lib/map/palette';
import { radiusScale } from '../../../src/lib/map/scales';
import { sampleItems } from './sample';

const items = sampleItems();
const palette = sectorPalette(items);
const { data, maxSectors } = projectsToGeoJSON(items, radiusScale(items.map((i) => i.amountYi)), palette);
const filterExpression = projectFilter(maxSectors);

/** Evaluates the layer filter the way MapLibre does, with the given filters as global state. */
function mapMatches(filters: Filters): string[] {
	const compiled = featureFilter(filterExpression, 'filter', { [FILTER_STATE]: filterState(filters) });
	return data.features
		.filter((f) =>
			compiled.filter({ zoom: 5 }, { type: 1, id: f.id, properties: f.properties, geometry: [] } as never)
		)
		.map((f) => f.properties.id);
}

function listMatches(filters: Filters): string[] {
	return items.filter((i) => i.location !== null && matchesFilters(i, filters)).map((i) => i.id);
}

const cases: [string, Partial<Filters>][] = [
	['no filters', {}],
	['one week', { weekFrom: '2023-09-11', weekTo: '2023-09-11' }],
	['open-ended range', { weekFrom: '2023-09-11', weekTo: null }],
	['range to', { weekFrom: null, weekTo: '2023-09-04' }],
	['one sector', { sectors: ['新材料'] }],
	['second sector of a multi-sector item', { sectors: ['新能源'] }],
	['two sectors', { sectors: ['生物医药', '新能源汽车'] }],
	['unknown sector', { sectors: ['不存在'] }],
	['section', { sections: ['news'] }],
	['two sections', { sections: ['investment', 'policy'] }],
	['amount min', { amountMin: 50 }],
	['amount max', { amountMax: 20 }],
	['amount range', { amountMin: 10, amountMax: 100 }],
	['amount zero min hides unknown amounts', { amountMin: 0 }],
	['query in title', { query: '锂电' }],
	['query in body, upper case and spaces', { query: '  ABC  ' }],
	['query in place name', { query: '南通' }],
	['combined', { weekFrom: '2023-09-04', weekTo: '2023-09-11', sectors: ['新材料', '新能源'], amountMin: 5 }]
];

describe('projectFilter with global state', () => {
	it('compiles to a valid MapLibre filter', () => {
		expect(() =>
			featureFilter(filterExpression, 'filter', { [FILTER_STATE]: filterState(NO_FILTERS) })
		).not.toThrow();
	});

	for (const [name, partial] of cases) {
		it(`agrees with matchesFilters: ${name}`, () => {
			const filters = { ...NO_FILTERS, ...partial };
			const expected = listMatches(filters).sort();
			expect(mapMatches(filters).sort()).toEqual(expected);
		});
	}

	it('actually filters (the cases are not all trivially equal)', () => {
		const all = listMatches(NO_FILTERS).length;
		expect(all).toBe(items.filter((i) => i.location).length);
		expect(listMatches({ ...NO_FILTERS, sectors: ['新材料'] }).length).toBeLessThan(all);
		expect(listMatches({ ...NO_FILTERS, sectors: ['新材料'] }).length).toBeGreaterThan(0);
	});
});

describe('filterState', () => {
	it('leaves open ends open', () => {
		const s = filterState(NO_FILTERS);
		expect(s.weekFrom).toBe('');
		expect(s.weekTo > '2999-12-31').toBe(true);
		expect(s.amountOn).toBe(false);
		expect(s.query).toBe('');
	});

	it('is plain JSON', () => {
		const s = filterState({ ...NO_FILTERS, amountMin: 1, sectors: ['a'] });
		expect(JSON.parse(JSON.stringify(s))).toEqual(s);
	});
});

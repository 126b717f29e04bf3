import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { citiesToGeoJSON, largestMarker, projectsToGeoJSON, shortName } from '../../../src/lib/map/geojson';
import { groupByCity } from '../../../src/lib/map/grouping';
import { sectorPalette } from '../../../src/lib/map/palette';
import { featureRadius } from '../../../src/lib/map/geojson';
import { radiusScale } from '../../../src/lib/map/scales';
import {
	basemapLabelFilters,
	LAYER_CITY_COLLIDERS,
	LAYER_CITY_LABELS,
	LAYER_EVENTS,
	LAYER_PROJECT_COLLIDERS,
	LAYER_PROJECTS,
	projectLayers,
	SOURCE_EVENTS
} from '../../../src/lib/map/style';
import { cityTooltip, projectTooltip } from '../../../src/lib/map/tooltip';
import { sampleItems } from './sample';

describe('city labels', () => {
	it('shorten names without their administrative suffix, never to one character', () => {
		expect(shortName('南京市')).toBe('南京');
		expect(shortName('广西壮族自治区')).toBe('广西');
		expect(shortName('阿拉善盟')).toBe('阿拉善');
		expect(shortName('江苏省')).toBe('江苏');
		expect(shortName('沙市')).toBe('沙市');
	});

	it('sit outside the largest marker of their city', () => {
		const scale = radiusScale([100]);
		expect(largestMarker(0, 4, [null], scale)).toBe(featureRadius(scale, null));
		expect(largestMarker(10, 4, [1], scale)).toBe(14);
		expect(largestMarker(6, 4, [100], scale)).toBe(featureRadius(scale, 100));
		const items = sampleItems();
		const groups = [...groupByCity(items).values()];
		const cities = citiesToGeoJSON(groups, new Map(), (g) => g.count * 10);
		for (const [k, f] of cities.features.entries()) {
			expect(f.properties.lr).toBe(groups[k].count * 10);
			expect(f.properties.t).toBe(groups[k].totalYi);
			expect(f.properties.label.length).toBeGreaterThanOrEqual(2);
		}
	});

	it('are placed before the basemap labels: colliders on top, then the names', () => {
		for (const dense of [false, true]) {
			const ids = projectLayers(2, dense).map((l) => l.id);
			const labels = ids.indexOf(LAYER_CITY_LABELS);
			expect(labels).toBeGreaterThan(ids.indexOf(LAYER_PROJECTS));
			expect(ids.indexOf(LAYER_CITY_COLLIDERS)).toBeGreaterThan(labels);
			// Dense maps do not lay out one collider per project.
			expect(ids.includes(LAYER_PROJECT_COLLIDERS)).toBe(!dense);
		}
	});

	it('leave the basemap labels of the places they name out', () => {
		const filters = basemapLabelFilters(['320100', '310000']);
		const matches = (layer: string, properties: Record<string, string>) =>
			featureFilter(filters.find((f) => f.layer === layer)!.filter, 'filter').filter({ zoom: 6 }, {
				type: 1,
				properties,
				geometry: []
			} as never);
		expect(matches('labels-city', { kind: 'city', adcode: '320100' })).toBe(false);
		expect(matches('labels-city', { kind: 'city', adcode: '320200' })).toBe(true);
		expect(matches('labels-province', { kind: 'province', adcode: '310000' })).toBe(false);
		expect(matches('labels-province', { kind: 'province', adcode: '320000' })).toBe(true);
		expect(matches('labels-province', { kind: 'city', adcode: '320000' })).toBe(false);
	});
});

describe('events', () => {
	const items = sampleItems();
	items[0] = { ...items[0], kind: 'event', projectCount: 12 };
	const collection = projectsToGeoJSON(items, radiusScale([100]), sectorPalette(items));

	it('go to a source of their own, never among the project circles', () => {
		expect(collection.events.features.map((f) => f.properties.id)).toEqual([items[0].id]);
		expect(collection.data.features.some((f) => f.properties.id === items[0].id)).toBe(false);
		expect(collection.data.features.length + 1).toBe(items.filter((i) => i.location).length);
		const events = projectLayers(2).find((l) => l.id === LAYER_EVENTS)!;
		expect(events.type).toBe('symbol');
		expect('source' in events && events.source).toBe(SOURCE_EVENTS);
	});

	it('say they are events, with their project count, in the tooltip', () => {
		const lines = projectTooltip(items[0], 'zh');
		expect(lines[0]).toContain('活动');
		expect(lines[1]).toContain('12');
		expect(projectTooltip(items[0], 'en')[0]).toContain('Event');
	});
});

describe('tooltips', () => {
	const items = sampleItems();

	it('name title, amount or 金额未知, city, sectors and date', () => {
		const known = items.find((i) => i.amountYi !== null && i.location)!;
		const lines = projectTooltip({ ...known, date: '2023-09-07' }, 'zh');
		expect(lines[0]).toBe(known.title);
		expect(lines[1]).toContain('亿元');
		expect(lines[2]).toBe(known.location!.city ?? known.location!.province);
		expect(lines[3]).toBe(known.sectors.join('、'));
		expect(lines[4]).toBe('2023-09-07');
		const unknown = projectTooltip({ ...known, amountYi: null, date: null, sectors: [] }, 'zh');
		expect(unknown[1]).toBe('金额未知');
		expect(unknown[3]).toBe('未分类');
		expect(unknown[4]).toContain(known.week);
	});

	it('count a city’s projects and total', () => {
		expect(cityTooltip({ name: '南通市', count: 3, totalYi: 120.5 }, 'zh')).toEqual([
			'南通市',
			'3 个项目 · 121 亿元'
		]);
	});
});

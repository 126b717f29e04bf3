import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { FILTER_STATE, filterState } from '../../../src/lib/map/expressions';
import { projectsToGeoJSON, sectorsOf } from '../../../src/lib/map/geojson';
import { filterColours, sectorPalette } from '../../../src/lib/map/palette';
import {
	mercator,
	pointData,
	rgb,
	shownSlots,
	shownSlotsIn,
	slotColours,
	slotsNear,
	STROKE_UNIT
} from '../../../src/lib/map/point-data';
import { radiusScale } from '../../../src/lib/map/scales';
import { LAYER_PROJECTS, projectLayers } from '../../../src/lib/map/style';
import { syntheticItems } from '../../../src/lib/map/synthetic';
import { NO_FILTERS } from '../../../src/lib/filters';
import { sampleItems } from './sample';

const POINTS: Record<string, [number, number]> = {
	'320600': [120.89, 31.98],
	'310000': [121.47, 31.23],
	'419001': [112.6, 35.07],
	'650100': [87.62, 43.83]
};
const items = [...sampleItems(), ...syntheticItems(600, POINTS)];
const collection = projectsToGeoJSON(items, radiusScale(items.map((i) => i.amountYi)), sectorPalette(items));
const features = collection.data.features;
const points = pointData(features);

/** The dense map's circle layer (what exports draw): its paint, evaluated as MapLibre does. */
const circles = projectLayers(collection.maxSectors, true).find((l) => l.id === LAYER_PROJECTS)!;
function paint(property: string, f: (typeof features)[number], colours: Record<string, string> = {}) {
	const spec = {
		type: property === 'circle-color' ? 'color' : 'number',
		'property-type': 'data-driven',
		expression: { interpolated: true, parameters: ['zoom', 'feature', 'feature-state'] },
		transition: false
	};
	const state = { [FILTER_STATE]: { ...filterState(NO_FILTERS), colours } };
	const compiled = createExpression(
		(circles.paint as Record<string, unknown>)[property],
		'paint',
		spec as never,
		state
	);
	if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
	return compiled.value.evaluate({ zoom: 8 }, { type: 1, properties: f.properties } as never, {}) as unknown;
}

describe('mercator', () => {
	it('maps longitude and latitude to 0..1 of the world, as Web Mercator', () => {
		expect(mercator(0, 0)).toEqual([0.5, 0.5]);
		expect(mercator(-180, 0)[0]).toBe(0);
		expect(mercator(180, 0)[0]).toBe(1);
		for (const lat of [-60, -12.5, 22.8, 31.2, 53.5]) {
			const y = (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;
			expect(mercator(100, lat)[1]).toBeCloseTo(y, 10);
			expect(mercator(100, lat)[1] + mercator(100, -lat)[1]).toBeCloseTo(1, 10);
		}
		// The poles are clamped where Web Mercator ends.
		expect(mercator(0, 90)[1]).toBeCloseTo(0, 3);
		expect(mercator(0, -90)[1]).toBeCloseTo(1, 3);
	});
});

describe('pointData', () => {
	it('has one slot per project, in the features’ order, with its place and radius', () => {
		expect(points.count).toBe(features.length);
		features.forEach((f, k) => {
			expect(points.item[k]).toBe(f.properties.i);
			expect(points.radius[k]).toBeCloseTo(f.properties.r, 5);
			const [x, y] = mercator(f.geometry.coordinates[0], f.geometry.coordinates[1]);
			expect(points.position[k * 2]).toBeCloseTo(x, 6);
			expect(points.position[k * 2 + 1]).toBeCloseTo(y, 6);
		});
	});

	it('gives each circle the look the circle layer paints (fill, blur, stroke)', () => {
		const byte = (v: unknown) => Math.round(Number(v) * 255);
		const levels = new Set<string>();
		features.forEach((f, k) => {
			levels.add(`${f.properties.lvl} ${f.properties.a !== undefined}`);
			const look = [...points.look.slice(k * 4, k * 4 + 4)];
			expect(look[0]).toBe(byte(paint('circle-opacity', f)));
			expect(look[1]).toBe(byte(paint('circle-blur', f)));
			expect(look[2]).toBe(byte(Number(paint('circle-stroke-width', f)) / STROKE_UNIT));
			expect(look[3]).toBe(byte(paint('circle-stroke-opacity', f)));
		});
		// Every precision, with and without an amount.
		expect(levels.size).toBeGreaterThanOrEqual(7);
	});

	it('holds no project for an empty map', () => {
		const none = pointData([]);
		expect(none.count).toBe(0);
		expect(slotsNear(none, 0.5, 0.5, 1)).toEqual([]);
		expect(slotColours(none, {}).length).toBe(0);
	});
});

describe('shownSlots', () => {
	it('reads which items are shown into slot order', () => {
		const shown = new Uint8Array(items.length);
		items.forEach((_, i) => (shown[i] = i % 3 === 0 ? 1 : 0));
		const slots = shownSlots(points, shown);
		features.forEach((f, k) => expect(slots[k]).toBe(f.properties.i % 3 === 0 ? 1 : 0));
		// Into the array given, which it returns.
		const out = new Uint8Array(points.count).fill(7);
		expect(shownSlots(points, new Uint8Array(items.length), out)).toBe(out);
		expect(out.every((v) => v === 0)).toBe(true);
	});
});

describe('shownSlotsIn', () => {
	it('lists the shown slots whose centre lies in a box, in draw order', () => {
		const shown = Uint8Array.from({ length: points.count }, (_, k) => (k % 4 === 0 ? 0 : 1));
		const [x0, y0] = mercator(112, 36);
		const [x1, y1] = mercator(122, 30);
		const box = [x0, y0, x1, y1] as const;
		const slots = [...shownSlotsIn(points, shown, box)];
		const expected: number[] = [];
		for (let k = 0; k < points.count; k++) {
			const [x, y] = [points.position[k * 2], points.position[k * 2 + 1]];
			if (shown[k] === 1 && x >= x0 && x <= x1 && y >= y0 && y <= y1) expected.push(k);
		}
		expect(slots).toEqual(expected);
		// Some projects lie outside (Urumqi) and some are hidden.
		expect(expected.length).toBeGreaterThan(100);
		expect(expected.length).toBeLessThan(points.count * 0.75);
		expect(shownSlotsIn(points, new Uint8Array(points.count), box).length).toBe(0);
		expect(shownSlotsIn(pointData([]), shown, box).length).toBe(0);
	});
});

describe('slotColours', () => {
	const cases: string[][] = [
		[],
		['新材料'],
		['新材料', '生物医药'],
		['生物医药', '新能源', '数字经济'],
		['不存在']
	];
	it.each(cases)('agrees with the circle layer’s colour under a filter of %j', (...chosen) => {
		const colours = filterColours(chosen);
		const bytes = slotColours(points, colours);
		let recoloured = 0;
		features.forEach((f, k) => {
			const painted = paint('circle-color', f, colours) as { r: number; g: number; b: number };
			const expected = [painted.r, painted.g, painted.b].map((v) => Math.round(v * 255));
			expect([...bytes.slice(k * 4, k * 4 + 3)]).toEqual(expected);
			expect(bytes[k * 4 + 3]).toBe(255);
			if (expected.join() !== rgb(f.properties.c).join()) recoloured++;
		});
		// A filter of sectors in use recolours some projects; none without one.
		if (chosen.length === 0) expect(recoloured).toBe(0);
		if (chosen.length > 1) expect(recoloured).toBeGreaterThan(0);
		expect(features.some((f) => sectorsOf(f.properties).length > 1)).toBe(true);
	});
});

describe('rgb', () => {
	it('reads #rrggbb and #rgb, and falls back to the neutral colour', () => {
		expect(rgb('#ff8000')).toEqual([255, 128, 0]);
		expect(rgb('#F80')).toEqual([255, 136, 0]);
		expect(rgb('red')).toEqual(rgb('#b4b4b4'));
	});
});

describe('slotsNear', () => {
	it('finds the slots within a distance, and only those', () => {
		const [x, y] = mercator(...POINTS['320600']);
		const r = 0.002;
		const found = new Set(slotsNear(points, x, y, r));
		for (let k = 0; k < points.count; k++) {
			const d = Math.hypot(points.position[k * 2] - x, points.position[k * 2 + 1] - y);
			expect(found.has(k)).toBe(d <= r);
		}
		expect(found.size).toBeGreaterThan(10);
	});
});

import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import taxonomy from '../../../data/sectors.json' with { type: 'json' };
import { NO_FILTERS } from '../../../src/lib/filters';
import {
	COLOUR_STATE,
	FILTER_STATE,
	filterState,
	projectColourExpression
} from '../../../src/lib/map/expressions';
import { projectsToGeoJSON } from '../../../src/lib/map/geojson';
import {
	familyOf,
	filterColours,
	OKABE_ITO,
	OTHER_COLOUR,
	projectColour,
	SECTOR_FAMILIES,
	sectorColour,
	sectorPalette
} from '../../../src/lib/map/palette';
import { radiusScale } from '../../../src/lib/map/scales';
import { sampleItems } from './sample';

const SECTOR_NAMES = (taxonomy as { sectors: { name: string }[] }).sectors.map((s) => s.name);

/** sRGB hex → linear RGB. */
function linear(hex: string): number[] {
	return [1, 3, 5].map((k) => {
		const c = parseInt(hex.slice(k, k + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
}

/** Linear RGB → CIELAB (D65). */
function lab([r, g, b]: number[]): number[] {
	const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
	const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
	const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
	const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116);
	return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** Machado, Oliveira & Fernandes (2009) simulation matrices, severity 1. */
const SIMULATIONS: Record<string, number[][]> = {
	normal: [
		[1, 0, 0],
		[0, 1, 0],
		[0, 0, 1]
	],
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

function seen(hex: string, matrix: number[][]): number[] {
	const c = linear(hex);
	return lab(matrix.map((row) => Math.min(1, Math.max(0, row[0] * c[0] + row[1] * c[1] + row[2] * c[2]))));
}

describe('sector families', () => {
	it('put every sector of the taxonomy in exactly one of at most ten families', () => {
		expect(SECTOR_FAMILIES.length).toBeLessThanOrEqual(10);
		for (const name of SECTOR_NAMES)
			expect(
				SECTOR_FAMILIES.filter((f) => f.sectors.includes(name)),
				name
			).toHaveLength(1);
		const listed = SECTOR_FAMILIES.flatMap((f) => f.sectors);
		expect(new Set(listed).size).toBe(listed.length);
		for (const s of listed) expect(SECTOR_NAMES).toContain(s);
	});

	it('stay apart for normal vision and the three kinds of dichromacy (ΔE*ab ≥ 12)', () => {
		const colours = [...SECTOR_FAMILIES.map((f) => f.colour), OTHER_COLOUR];
		for (const [kind, matrix] of Object.entries(SIMULATIONS)) {
			let closest = Infinity;
			for (let a = 0; a < colours.length; a++)
				for (let b = a + 1; b < colours.length; b++) {
					const [p, q] = [seen(colours[a], matrix), seen(colours[b], matrix)];
					closest = Math.min(closest, Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]));
				}
			expect(closest, kind).toBeGreaterThanOrEqual(12);
		}
	});

	it('colour a sector by its family, and anything else grey', () => {
		expect(sectorColour('新材料')).toBe(familyOf('现代化工')!.colour);
		expect(sectorColour('新材料')).not.toBe(sectorColour('高端装备制造'));
		expect(sectorColour('不存在')).toBe(OTHER_COLOUR);
	});

	it('list the families the items use, most items first, and whether some have none', () => {
		const p = sectorPalette([
			{ sectors: ['生物医药'] },
			{ sectors: ['新材料', '生物医药'] },
			{ sectors: ['冶金'] },
			{ sectors: [] }
		]);
		expect(p.families.map((f) => f.id)).toEqual(['materials', 'bio']);
		expect(p.hasOther).toBe(true);
		expect(p.named[0]).toEqual({ sector: familyOf('新材料')!.name, colour: familyOf('新材料')!.colour });
		expect(sectorPalette([{ sectors: ['食品'] }]).hasOther).toBe(false);
	});
});

describe('filter colours', () => {
	it('keep family colours when the chosen sectors are of different families', () => {
		expect(filterColours(['新材料', '生物医药'])).toEqual({
			新材料: sectorColour('新材料'),
			生物医药: sectorColour('生物医药')
		});
		expect(filterColours([])).toEqual({});
	});

	it('give sectors of one family colours of their own', () => {
		const c = filterColours(['新材料', '冶金', '建材']);
		expect(new Set(Object.values(c)).size).toBe(3);
		expect(Object.values(c)).toEqual(OKABE_ITO.slice(0, 3));
	});

	it('colour a project by the first sector the filter chose, not its first sector', () => {
		const colours = filterColours(['新材料']);
		expect(projectColour(['高端装备制造', '新材料'], colours)).toBe(colours['新材料']);
		expect(projectColour(['高端装备制造', '新材料'], {})).toBe(sectorColour('高端装备制造'));
		expect(projectColour([], {})).toBe(OTHER_COLOUR);
	});
});

describe('projectColourExpression', () => {
	const items = sampleItems();
	const { data, maxSectors } = projectsToGeoJSON(items, radiusScale([1]), sectorPalette(items));
	const hex = (c: { r: number; g: number; b: number }) =>
		`#${[c.r, c.g, c.b]
			.map((v) =>
				Math.round(v * 255)
					.toString(16)
					.padStart(2, '0')
			)
			.join('')}`.toUpperCase();

	for (const dense of [false, true]) {
		it(`agrees with projectColour under every filter (${dense ? 'dense' : 'not dense'})`, () => {
			const expression = createExpression(projectColourExpression(maxSectors, dense), {
				type: 'color',
				'property-type': 'data-driven',
				expression: { interpolated: false, parameters: ['zoom', 'feature'] },
				transition: false
			} as never);
			if (expression.result !== 'success') throw new Error(JSON.stringify(expression.value));
			for (const sectors of [[], ['新材料'], ['新能源'], ['新能源', '生物医药'], ['新材料', '冶金']]) {
				const state = filterState({ ...NO_FILTERS, sectors });
				const globalState = dense ? { [FILTER_STATE]: state } : { [COLOUR_STATE]: state.colours };
				for (const f of data.features) {
					const item = items[f.properties.i];
					const got = expression.value.evaluate(
						{ zoom: 5, globalState } as never,
						{
							type: 1,
							properties: f.properties,
							geometry: []
						} as never
					);
					expect(hex(got as never), `${item.id} ${sectors}`).toBe(
						projectColour(item.sectors, state.colours).toUpperCase()
					);
				}
			}
		});
	}
});

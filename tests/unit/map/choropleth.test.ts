import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from '../../../src/lib/filters';
import type { Location } from '../../../src/lib/gazetteer/types';
import {
	CLASS_COLOURS,
	CLASS_NONE,
	CLASS_UNKNOWN,
	choropleth,
	classBreaks,
	classLabels,
	classColour,
	classOf,
	legendClasses,
	MAX_CLASSES,
	NO_DATA_COLOUR,
	REGION_FILL_EXPRESSION,
	regionClass,
	regionCode,
	regionTotals,
	UNKNOWN_COLOUR,
	wholeBreaks,
	type RegionItem
} from '../../../src/lib/map/choropleth';
import { itemColumns, summarise } from '../../../src/lib/map/summary';
import type { WeekItem } from '../../../src/lib/report/types';
import { sampleItems } from './sample';

const at = (adcode: string, level: Location['level']) => ({ adcode, level });

/** A seeded generator, so a failure can be replayed. */
function random(seed: number) {
	let s = seed >>> 0;
	return () => {
		s = (s * 1664525 + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

describe('regionCode', () => {
	it('puts a location in its province by the first two digits', () => {
		expect(regionCode(at('320571', 'zone'), 'province')).toBe('320000');
		expect(regionCode(at('450000', 'province'), 'province')).toBe('450000');
		expect(regionCode(at('419001', 'county'), 'province')).toBe('410000');
	});

	it('puts a location in its prefecture polygon: city, municipality, county under a province', () => {
		expect(regionCode(at('320571', 'zone'), 'prefecture')).toBe('320500');
		expect(regionCode(at('320613', 'county'), 'prefecture')).toBe('320600');
		expect(regionCode(at('310115', 'county'), 'prefecture')).toBe('310000');
		expect(regionCode(at('500000', 'province'), 'prefecture')).toBe('500000');
		expect(regionCode(at('419001', 'county'), 'prefecture')).toBe('419001');
		expect(regionCode(at('810000', 'province'), 'prefecture')).toBe('810000');
	});

	it('has no prefecture for a location known only to its province', () => {
		expect(regionCode(at('450000', 'province'), 'prefecture')).toBeNull();
		expect(regionCode(at('44', 'province'), 'prefecture')).toBeNull();
	});
});

describe('regionTotals', () => {
	const items = sampleItems();

	it('sums the shown located projects by province, as the side panel does by province name', () => {
		for (const filters of [
			NO_FILTERS,
			{ ...NO_FILTERS, sectors: ['新材料'] },
			{ ...NO_FILTERS, amountMin: 10 },
			{ ...NO_FILTERS, weekFrom: '2023-09-11', weekTo: '2023-09-11' }
		] as Filters[]) {
			const summary = summarise(itemColumns(items), filters);
			const { totals } = regionTotals(items, summary.shown, 'province', true);
			const byName = new Map<string, number>();
			for (const [code, t] of totals) {
				const name = items.find((i) => i.location?.adcode.startsWith(code.slice(0, 2)))!.location!.province;
				byName.set(name, t.totalYi);
			}
			expect(byName).toEqual(summary.byProvince);
		}
	});

	it('counts projects without an amount but never sums them as 0', () => {
		const mine: RegionItem[] = [
			{ location: at('320571', 'zone'), amountYi: null },
			{ location: at('320613', 'county'), amountYi: 12 },
			{ location: at('320600', 'city'), amountYi: null }
		];
		const { totals } = regionTotals(mine, null, 'prefecture', false);
		expect(totals.get('320500')).toEqual({ code: '320500', count: 1, known: 0, totalYi: 0 });
		expect(totals.get('320600')).toEqual({ code: '320600', count: 2, known: 1, totalYi: 12 });
	});

	it('leaves events out unless asked, and hidden or unlocated items always', () => {
		const mine: RegionItem[] = [
			{ location: at('440300', 'city'), amountYi: 5 },
			{ location: at('440300', 'city'), amountYi: 400, kind: 'event' },
			{ location: at('440100', 'city'), amountYi: 7 },
			{ location: null, amountYi: 9 }
		];
		const shown = Uint8Array.from([1, 1, 0, 1]);
		expect(regionTotals(mine, shown, 'province', false).totals.get('440000')?.totalYi).toBe(5);
		expect(regionTotals(mine, shown, 'province', true).totals.get('440000')?.totalYi).toBe(405);
		expect(regionTotals(mine, null, 'province', false).totals.get('440000')?.count).toBe(2);
	});

	it('accounts for every shown project: placed in a region, unplaced, or unlocated', () => {
		const next = random(7);
		const codes = ['320571', '320600', '450000', '419001', '310115', '110000', '650000', '659002'];
		const levels: Location['level'][] = [
			'zone',
			'city',
			'province',
			'county',
			'county',
			'province',
			'province',
			'county'
		];
		const mine: RegionItem[] = Array.from({ length: 500 }, () => {
			const k = Math.floor(next() * (codes.length + 1));
			return {
				location: k === codes.length ? null : at(codes[k], levels[k]),
				amountYi: next() < 0.3 ? null : Math.round(next() * 1000) / 10
			};
		});
		const shown = Uint8Array.from(mine, () => (next() < 0.6 ? 1 : 0));
		const counted = mine.filter((m, i) => shown[i] === 1 && m.location !== null);
		for (const level of ['province', 'prefecture'] as const) {
			const { totals, unplaced } = regionTotals(mine, shown, level, false);
			const placed = [...totals.values()].reduce((n, t) => n + t.count, 0);
			expect(placed + unplaced).toBe(counted.length);
			const sum = [...totals.values()].reduce((s, t) => s + t.totalYi, 0);
			const expected = counted
				.filter((m) => regionCode(m.location!, level) !== null)
				.reduce((s, m) => s + (m.amountYi ?? 0), 0);
			expect(sum).toBeCloseTo(expected, 6);
		}
	});
});

describe('classBreaks', () => {
	it('has no break for one distinct total, one between two', () => {
		expect(classBreaks([])).toEqual([]);
		expect(classBreaks([40, 40, 40])).toEqual([]);
		const two = classBreaks([3, 800]);
		expect(two).toHaveLength(1);
		expect(two[0]).toBeGreaterThan(3);
		expect(two[0]).toBeLessThanOrEqual(800);
	});

	it('rounds thresholds to two significant digits', () => {
		const breaks = classBreaks([1.234, 12.34, 123.4, 1234, 12340, 123400]);
		for (const b of breaks) expect(Number(b.toPrecision(2))).toBe(b);
		expect(breaks.length).toBe(MAX_CLASSES - 1);
	});

	it('on random totals: ascending, at most the asked classes, every class holds a total', () => {
		const next = random(42);
		for (let run = 0; run < 200; run++) {
			const n = 1 + Math.floor(next() * 40);
			const values = Array.from({ length: n }, () => Math.round(next() ** 3 * 5000 * 10) / 10);
			const max = 2 + Math.floor(next() * 5);
			const breaks = classBreaks(values, max);
			expect(breaks.length).toBeLessThanOrEqual(max - 1);
			expect(breaks.length).toBeLessThan(new Set(values).size);
			for (let k = 1; k < breaks.length; k++) expect(breaks[k]).toBeGreaterThan(breaks[k - 1]);
			const used = new Set(values.map((v) => classOf(v, breaks)));
			expect(used.size).toBe(breaks.length + 1);
		}
	});
});

describe('wholeBreaks', () => {
	it('rounds count thresholds up to whole numbers, dropping those that would leave a class empty', () => {
		expect(wholeBreaks([1.2, 3], [1, 1, 2, 3, 8])).toEqual([2, 3]);
		expect(wholeBreaks([1.2, 1.6], [1, 1, 2, 2])).toEqual([2]);
		// A threshold above every value, or equal to the one before, is dropped.
		expect(wholeBreaks([2.5, 2.6, 9.5], [1, 2, 3, 9])).toEqual([3]);
		expect(wholeBreaks([], [4])).toEqual([]);
	});
});

describe('choropleth', () => {
	const items: WeekItem[] = sampleItems();

	it('classes every region, with neutral regions for no projects and for unknown amounts', () => {
		const view = choropleth(items, null, 'prefecture', true);
		expect(view.colours).toEqual(CLASS_COLOURS[view.breaks.length + 1]);
		// 苏州 has one project, its amount unknown; 广西 is known only as a province.
		expect(regionClass(view, '320500')).toBe(CLASS_UNKNOWN);
		expect(classColour(view, CLASS_UNKNOWN)).toBe(UNKNOWN_COLOUR);
		expect(regionClass(view, '530100')).toBe(CLASS_NONE);
		expect(classColour(view, CLASS_NONE)).toBe(NO_DATA_COLOUR);
		expect(view.unplaced).toBe(
			items.filter((i) => i.location?.level === 'province' && i.location.adcode === '450000').length
		);
		const largest = [...view.totals.values()].sort((a, b) => b.totalYi - a.totalYi)[0];
		expect(regionClass(view, largest.code)).toBe(view.colours.length - 1);
	});

	it('coloured by how many projects: every region with projects is classed, the most in the top class', () => {
		// Provinces with 1, 2, 4 and 8 projects, amounts unknown in one of them.
		const mine: RegionItem[] = [1, 2, 4, 8].flatMap((n, k) =>
			Array.from({ length: n }, () => ({
				location: at(`${11 + k}0000`, 'province'),
				amountYi: k === 1 ? null : 10
			}))
		);
		const byAmount = choropleth(mine, null, 'province', false);
		const byCount = choropleth(mine, null, 'province', false, 'count');
		expect(byCount.metric).toBe('count');
		expect(byCount.range).toEqual([1, 8]);
		expect(byAmount.range).toEqual([10, 80]);
		// No amount is no obstacle to a count; it is to an amount.
		expect(regionClass(byAmount, '120000')).toBe(CLASS_UNKNOWN);
		expect(regionClass(byCount, '120000')).toBeGreaterThanOrEqual(0);
		const classes = ['110000', '120000', '130000', '140000'].map((code) => regionClass(byCount, code));
		for (let k = 1; k < classes.length; k++) expect(classes[k]).toBeGreaterThan(classes[k - 1]);
		expect(classes.at(-1)).toBe(byCount.colours.length - 1);
		expect(regionClass(byCount, '530000')).toBe(CLASS_NONE);
		// Whole numbers, named by what each class holds.
		for (const b of byCount.breaks) expect(Number.isInteger(b)).toBe(true);
		const labels = classLabels(byCount, String);
		expect(labels).toHaveLength(byCount.colours.length);
		expect(labels[0]).toBe('1');
		expect(labels.at(-1)).toMatch(/^(≥ )?\d+$/);
		// The same under a filter that shows only some projects.
		const shown = mine.map((_, i) => (i < 3 ? 1 : 0));
		expect(choropleth(mine, shown, 'province', false, 'count').range).toEqual([1, 2]);
	});

	it('has no colour classes when no amount is known', () => {
		const view = choropleth([{ location: at('320571', 'zone'), amountYi: null }], null, 'province', false);
		expect(view.colours).toEqual([]);
		expect(view.range).toBeNull();
		expect(legendClasses(view)).toEqual([]);
		expect(regionClass(view, '320000')).toBe(CLASS_UNKNOWN);
	});

	it('lists legend classes with open ends, one per colour', () => {
		const mine: RegionItem[] = [1, 2, 5, 20, 60, 300, 900, 2000].map((amountYi, k) => ({
			location: at(`${11 + k}0000`, 'province'),
			amountYi
		}));
		const view = choropleth(mine, null, 'province', false);
		const classes = legendClasses(view);
		expect(classes).toHaveLength(view.breaks.length + 1);
		expect(classes[0].from).toBeNull();
		expect(classes.at(-1)!.to).toBeNull();
		for (let k = 1; k < classes.length; k++) expect(classes[k].from).toBe(classes[k - 1].to);
	});
});

describe('REGION_FILL_EXPRESSION', () => {
	const compiled = createExpression(REGION_FILL_EXPRESSION, {
		type: 'color',
		'property-type': 'data-driven',
		expression: { interpolated: false, parameters: ['zoom', 'feature', 'feature-state'] },
		transition: false
	} as never);
	const evaluate = (state: Record<string, unknown>) => {
		if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
		const c = compiled.value.evaluate({ zoom: 4 }, { type: 3, properties: {} } as never, state) as {
			toString(): string;
		};
		return c.toString();
	};

	it('draws the colour in the feature-state, neutral without one', () => {
		expect(evaluate({ fill: '#253494' })).toBe(evaluate({ fill: 'rgb(37,52,148)' }));
		expect(evaluate({})).toBe(evaluate({ fill: NO_DATA_COLOUR }));
		expect(evaluate({})).not.toBe(evaluate({ fill: '#253494' }));
	});
});

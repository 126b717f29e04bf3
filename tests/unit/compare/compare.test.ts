import { describe, expect, it } from 'vitest';
import {
	compareWeeks,
	defaultRanges,
	rangeFromParam,
	rangeToParam,
	type CompareRow
} from '../../../src/lib/compare';
import { NO_FILTERS, type FilterableItem } from '../../../src/lib/filters';

let n = 0;
function item(
	week: string,
	amountYi: number | null,
	sectors: string[],
	province: string | null
): FilterableItem {
	n++;
	return {
		week,
		section: 'investment',
		sectors,
		amountYi,
		title: `项目 ${n}`,
		caption: null,
		body: '',
		source: null,
		location: province ? { province, city: null, county: null, zone: null } : null
	};
}

const A = '2023-09-04';
const B = '2023-09-18';
const items = [
	item(A, 10, ['新材料'], '江苏省'),
	item(A, 5, ['新能源', '新材料'], '广东省'),
	item(A, null, ['新材料'], '江苏省'),
	item(B, 30, ['新材料'], '江苏省'),
	item(B, 2.5, ['生物医药'], null),
	item(B, null, [], '广东省'),
	item('2023-09-11', 1000, ['新材料'], '江苏省')
];
const week = (w: string) => ({ from: w, to: w });
const row = (rows: CompareRow[], key: string) => rows.find((r) => r.key === key)!;

describe('compareWeeks', () => {
	const c = compareWeeks(items, NO_FILTERS, week(B), week(A));

	it('totals each side and the change, leaving other weeks out', () => {
		expect(c.total.current).toEqual({ count: 3, totalYi: 32.5, unknown: 1 });
		expect(c.total.baseline).toEqual({ count: 3, totalYi: 15, unknown: 1 });
		expect(c.total.countChange).toBe(0);
		expect(c.total.totalChangeYi).toBeCloseTo(17.5);
		expect(c.total.totalChangePct).toBeCloseTo((17.5 / 15) * 100);
		expect(c.total.partial).toBe(true);
	});

	it('counts unknown amounts as unknown, not as zero', () => {
		const materials = row(c.bySector, '新材料');
		expect(materials.baseline).toEqual({ count: 2, totalYi: 10, unknown: 1 });
		expect(materials.current).toEqual({ count: 1, totalYi: 30, unknown: 0 });
		expect(materials.partial).toBe(true);
		const unclassified = row(c.bySector, '');
		expect(unclassified.current).toEqual({ count: 1, totalYi: 0, unknown: 1 });
	});

	it('has no percentage where the baseline has no known total', () => {
		const bio = row(c.bySector, '生物医药');
		expect(bio.baseline.count).toBe(0);
		expect(bio.totalChangeYi).toBe(2.5);
		expect(bio.totalChangePct).toBeNull();
		expect(bio.partial).toBe(false);
	});

	it('keys an item by its first sector, so sector rows add up to the total', () => {
		const sum = (rows: CompareRow[], side: 'current' | 'baseline') =>
			rows.reduce((s, r) => s + r[side].totalYi, 0);
		expect(row(c.bySector, '新能源').baseline.totalYi).toBe(5);
		expect(sum(c.bySector, 'baseline')).toBeCloseTo(c.total.baseline.totalYi);
		expect(sum(c.byProvince, 'current')).toBeCloseTo(c.total.current.totalYi);
	});

	it('groups by province, with unlocated items under an empty key', () => {
		expect(row(c.byProvince, '江苏省').totalChangeYi).toBe(20);
		expect(row(c.byProvince, '广东省').current).toEqual({ count: 1, totalYi: 0, unknown: 1 });
		expect(row(c.byProvince, '').current.totalYi).toBe(2.5);
	});

	it('sorts the largest rows first', () => {
		expect(c.byProvince[0]!.key).toBe('江苏省');
	});

	it('compares ranges and applies the other filters to both sides', () => {
		const ranged = compareWeeks(items, { ...NO_FILTERS, sectors: ['新材料'] }, { from: A, to: B }, week(A));
		expect(ranged.total.current).toEqual({ count: 5, totalYi: 1045, unknown: 1 });
		expect(ranged.total.baseline.count).toBe(3);
		const none = compareWeeks(items, NO_FILTERS, week('2024-01-01'), week('2024-01-08'));
		expect(none.total).toMatchObject({ countChange: 0, totalChangeYi: 0, totalChangePct: null });
		expect(none.bySector).toEqual([]);
	});
});

describe('ranges in the URL', () => {
	it('reads a week or a range, in either order, and refuses the rest', () => {
		expect(rangeFromParam('2023-09-04')).toEqual(week(A));
		expect(rangeFromParam(`${B}..${A}`)).toEqual({ from: A, to: B });
		expect(rangeFromParam('2023-02-30')).toBeNull();
		expect(rangeFromParam('')).toBeNull();
		expect(rangeToParam({ from: A, to: B })).toBe(`${A}..${B}`);
		expect(rangeToParam(week(A))).toBe(A);
	});
});

describe('defaultRanges', () => {
	const stored = [A, B, '2023-10-09'];

	it('compares the latest week with the stored week before it', () => {
		expect(defaultRanges(stored, NO_FILTERS)).toEqual({ current: week('2023-10-09'), baseline: week(B) });
	});

	it('takes the current range from the filters and as many stored weeks before it', () => {
		const r = defaultRanges(stored, { weekFrom: B, weekTo: '2023-10-09' });
		expect(r).toEqual({ current: { from: B, to: '2023-10-09' }, baseline: week(A) });
		expect(defaultRanges([A, B], { weekFrom: B, weekTo: null })!.baseline).toEqual(week(A));
	});

	it('uses the baseline it is given, and the current week itself when nothing is earlier', () => {
		expect(defaultRanges(stored, { weekFrom: B, weekTo: B }, week('2023-10-09'))!.baseline).toEqual(
			week('2023-10-09')
		);
		expect(defaultRanges(stored, { weekFrom: A, weekTo: A })!.baseline).toEqual(week(A));
		expect(defaultRanges([], NO_FILTERS)).toBeNull();
	});
});

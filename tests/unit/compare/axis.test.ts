import { describe, expect, it } from 'vitest';
import { nextWeek, singleWeek, timeAxis, weekSlots } from '../../../src/lib/compare';

describe('weekSlots', () => {
	it('has a slot for every week from the first to the last, gaps included', () => {
		expect(weekSlots(['2023-09-18', '2023-09-04'])).toEqual(['2023-09-04', '2023-09-11', '2023-09-18']);
	});

	it('crosses months and years', () => {
		const slots = weekSlots(['2023-12-18', '2024-01-08']);
		expect(slots).toEqual(['2023-12-18', '2023-12-25', '2024-01-01', '2024-01-08']);
	});

	it('reads any day as its week, ignores duplicates and unreadable values', () => {
		expect(weekSlots(['2023-09-06', '2023-09-04', 'soon', '2023-09-13'])).toEqual([
			'2023-09-04',
			'2023-09-11'
		]);
		expect(weekSlots([])).toEqual([]);
		expect(weekSlots(['2023-09-04'])).toEqual(['2023-09-04']);
	});
});

describe('timeAxis', () => {
	it('marks gaps and carries the totals of stored weeks', () => {
		const totals = new Map([
			['2023-09-04', { count: 3, totalYi: 12.5 }],
			['2023-09-25', { count: 1, totalYi: 0 }]
		]);
		const axis = timeAxis(['2023-09-04', '2023-09-25'], totals);
		expect(axis.map((s) => [s.week, s.stored])).toEqual([
			['2023-09-04', true],
			['2023-09-11', false],
			['2023-09-18', false],
			['2023-09-25', true]
		]);
		expect(axis[0]).toMatchObject({ count: 3, totalYi: 12.5 });
		expect(axis[1]).toMatchObject({ count: 0, totalYi: 0 });
	});

	it('keeps a stored week that the filters empty apart from a gap', () => {
		const axis = timeAxis(['2023-09-04', '2023-09-18'], new Map());
		expect(axis.map((s) => s.stored)).toEqual([true, false, true]);
	});
});

describe('nextWeek', () => {
	const slots = ['2023-09-04', '2023-09-11', '2023-09-18'];

	it('starts at the first slot and steps through gaps to the end, then stops', () => {
		const seen: string[] = [];
		for (let w = nextWeek(slots, null); w !== null; w = nextWeek(slots, w)) seen.push(w);
		expect(seen).toEqual(slots);
	});

	it('restarts from the first slot when the current week is off the axis', () => {
		expect(nextWeek(slots, '2024-01-01')).toBe('2023-09-04');
		expect(nextWeek([], null)).toBeNull();
	});
});

describe('singleWeek', () => {
	it('is the week only when the filters show exactly one', () => {
		expect(singleWeek('2023-09-04', '2023-09-04')).toBe('2023-09-04');
		expect(singleWeek('2023-09-04', '2023-09-18')).toBeNull();
		expect(singleWeek(null, null)).toBeNull();
	});
});

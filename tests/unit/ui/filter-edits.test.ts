import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../src/lib/filters';
import { amountInput, toggled, withWeekFrom, withWeekTo } from '../../../src/lib/ui/filter-edits';

describe('filter edits', () => {
	it('keeps the week range in order: a new end moves the other end along', () => {
		const range = { ...NO_FILTERS, weekFrom: '2023-09-04', weekTo: '2023-09-18' };
		expect(withWeekFrom(range, '2023-09-11')).toMatchObject({ weekFrom: '2023-09-11', weekTo: '2023-09-18' });
		expect(withWeekFrom(range, '2023-10-02')).toMatchObject({ weekFrom: '2023-10-02', weekTo: '2023-10-02' });
		expect(withWeekTo(range, '2023-08-28')).toMatchObject({ weekFrom: '2023-08-28', weekTo: '2023-08-28' });
		expect(withWeekTo(range, '2023-09-11')).toMatchObject({ weekFrom: '2023-09-04', weekTo: '2023-09-11' });
		// '' opens that end and leaves the other.
		expect(withWeekFrom(range, '')).toMatchObject({ weekFrom: null, weekTo: '2023-09-18' });
		expect(withWeekTo(NO_FILTERS, '2023-09-11')).toMatchObject({ weekFrom: null, weekTo: '2023-09-11' });
		// The other filters stay, and the filters given are not changed.
		const withSector = { ...range, sectors: ['新材料'] };
		expect(withWeekTo(withSector, '').sectors).toEqual(['新材料']);
		expect(range.weekTo).toBe('2023-09-18');
	});

	it('checks a value once, at the end, and unchecks it wherever it is', () => {
		expect(toggled(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
		expect(toggled(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
		expect(toggled(['a', 'b', 'a'], 'a', false)).toEqual(['b']);
		expect(toggled([], 'a', false)).toEqual([]);
	});

	it('reads a typed amount, and nothing from an empty box or text that is no number', () => {
		expect(amountInput('12.5')).toBe(12.5);
		expect(amountInput(' 0 ')).toBe(0);
		expect(amountInput('')).toBeNull();
		expect(amountInput('   ')).toBeNull();
		expect(amountInput('abc')).toBeNull();
		expect(amountInput('Infinity')).toBeNull();
	});
});

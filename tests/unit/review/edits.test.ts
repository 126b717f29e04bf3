import { describe, expect, it } from 'vitest';
import {
	changedEdits,
	correctionsFor,
	droppedIds,
	editForm,
	editFromForm,
	EditError,
	parseAmountInput,
	parseSectors,
	pruneEdit
} from '../../../src/lib/review';
import { BAISE, item } from '../server/store/fixtures';

const locate = (name: string) => (name.startsWith('百色') ? BAISE : null);

describe('review edits', () => {
	it('turns changed fields into corrections and leaves unchanged ones out', () => {
		const it0 = item('a');
		const out = correctionsFor(
			it0,
			{
				place: '百色',
				amountYi: 10,
				sectors: ['生物医药'],
				title: ' 新标题 ',
				date: null,
				section: 'investment'
			},
			locate
		);
		expect(out).toEqual([
			{ itemId: 'a', field: 'location', value: BAISE },
			{ itemId: 'a', field: 'sectors', value: ['生物医药'] },
			{ itemId: 'a', field: 'date', value: null },
			{ itemId: 'a', field: 'title', value: '新标题' }
		]);
		expect(correctionsFor(it0, {}, locate)).toEqual([]);
	});

	it('refuses a place the gazetteer does not know, and clears a place given as empty', () => {
		expect(() => correctionsFor(item('a'), { place: '火星基地' }, locate)).toThrow(EditError);
		expect(() => correctionsFor(item('a'), { place: '火星基地' }, locate)).toThrow(/火星基地/);
		expect(correctionsFor(item('a'), { place: '' }, locate)).toEqual([
			{ itemId: 'a', field: 'location', value: null }
		]);
	});

	it('reads typed sectors and amounts', () => {
		expect(parseSectors('新材料、 生物医药,新能源，')).toEqual(['新材料', '生物医药', '新能源']);
		expect(parseAmountInput(' 12.5 ')).toBe(12.5);
		expect(parseAmountInput('')).toBeNull();
		expect(parseAmountInput('-1')).toBeUndefined();
		expect(parseAmountInput('十亿')).toBeUndefined();
	});

	it('prunes an edit back to nothing when the values are the item’s own', () => {
		const it0 = item('a');
		expect(pruneEdit(it0, { title: it0.title, amountYi: 10, sectors: ['新材料'], date: it0.date })).toEqual(
			{}
		);
		expect(pruneEdit(it0, { amountYi: 11, drop: false })).toEqual({ amountYi: 11 });
		expect(changedEdits({ a: {}, b: { drop: true } })).toEqual({ b: { drop: true } });
		expect([...droppedIds({ a: { drop: true }, b: { amountYi: 1 } })]).toEqual(['a']);
	});

	it('fills the form from the item and the edit so far, and reads it back as an edit', () => {
		const it0 = item('a', { date: null, amountYi: null, sectors: ['新材料', '新能源'] });
		const form = editForm(it0, { amountYi: 4 });
		expect(form).toEqual({
			title: it0.title,
			section: 'investment',
			date: '',
			amount: '4',
			sectors: '新材料、新能源',
			place: ''
		});
		// Untouched, the form gives back only the edit already made.
		expect(editFromForm(it0, { amountYi: 4 }, form)).toEqual({ amountYi: 4 });
		const changed = { ...form, amount: '', date: '2023-09-08', place: ' 百色 ', section: 'news' as const };
		expect(editFromForm(it0, { drop: true }, changed)).toEqual({
			drop: true,
			place: '百色',
			section: 'news',
			date: '2023-09-08'
		});
		expect(editFromForm(it0, {}, { ...form, amount: 'abc' })).toBeNull();
	});
});

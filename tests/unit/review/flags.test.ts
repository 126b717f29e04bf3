import { describe, expect, it } from 'vitest';
import { placeWords, placesDisagree, reviewItem, reviewOrder } from '../../../src/lib/review';
import { BAISE, item, NANTONG } from '../server/store/fixtures';

const WEEK = '2023-09-04';
const flagsOf = (...args: Parameters<typeof reviewItem>) => reviewItem(...args).flags;

describe('review flags', () => {
	it('flags an item without a place, or with only its province', () => {
		expect(flagsOf(item('a', { location: null }), WEEK)).toEqual(['no_place']);
		const province = { ...BAISE, city: null, level: 'province' as const };
		expect(flagsOf(item('a', { location: province }), WEEK)).toEqual(['province_only']);
		expect(flagsOf(item('a'), WEEK)).toEqual([]);
	});

	it('flags places that disagree when the gazetteer says so', () => {
		expect(flagsOf(item('a'), WEEK, true)).toEqual(['conflicting_places']);
		expect(placesDisagree(NANTONG, BAISE)).toBe(true);
		expect(placesDisagree(NANTONG, { ...NANTONG, county: '崇川区', level: 'county' })).toBe(false);
		expect(placesDisagree(NANTONG, { ...NANTONG, city: '苏州市' })).toBe(true);
		expect(placesDisagree(NANTONG, null)).toBe(false);
	});

	it('flags amounts with a qualifier, a foreign currency or a total of several projects', () => {
		const about = reviewItem(item('a', { title: '签约项目投资约 12 亿元', body: '' }), WEEK);
		expect(about.flags).toEqual(['amount_qualified']);
		expect(about.amountQualifier).toBe('约');
		const usd = reviewItem(item('a', { title: '外资项目总投资 3 亿美元', body: '' }), WEEK);
		expect(usd.flags).toContain('amount_foreign');
		expect(usd.amountCurrency).toBe('USD');
		const sum = item('a', { title: '两个项目签约', body: 'A项目总投资 6.5 亿元；B项目总投资 2 亿元。' });
		expect(flagsOf(sum, WEEK)).toContain('amount_total');
		expect(flagsOf(item('a', { title: '项目总投资 10 亿元', body: '' }), WEEK)).toEqual([]);
	});

	it('flags a date outside the report week, not one inside it or none', () => {
		expect(flagsOf(item('a', { date: '2023-09-03' }), WEEK)).toEqual(['date_outside_week']);
		expect(flagsOf(item('a', { date: '2023-09-10' }), WEEK)).toEqual([]);
		expect(flagsOf(item('a', { date: null }), WEEK)).toEqual([]);
	});

	it('puts items that need a look first and keeps report order otherwise', () => {
		const items = ['a', 'b', 'c', 'd'].map((id, n) => ({ id, flags: n % 2 ? ['no_place'] : [] }));
		expect(reviewOrder(items).map((i) => i.id)).toEqual(['b', 'd', 'a', 'c']);
	});

	it('names the words of the item the place was found from', () => {
		const zone = { ...NANTONG, county: '通州区', zone: '南通高新技术产业开发区', level: 'zone' as const };
		expect(placeWords(item('a', { location: zone, title: '项目落户南通高新区' }))).toBe('南通高新');
		expect(placeWords(item('a', { title: '南通签约', body: '' }))).toBe('南通');
		expect(placeWords(item('a', { location: null }))).toBeNull();
		expect(placeWords(item('a', { title: '无关', body: '', caption: null }))).toBeNull();
	});
});

import { describe, expect, it } from 'vitest';
import type { Location } from '../../../src/lib/gazetteer/types';
import { byAmount, cityKey, cityName, groupByCity } from '../../../src/lib/map/grouping';
import { sampleItems } from './sample';

const loc = (over: Partial<Location>): Location => ({
	province: '江苏省',
	city: '南通市',
	county: null,
	zone: null,
	adcode: '320600',
	level: 'city',
	lon: 120.9,
	lat: 32,
	...over
});

describe('city keys', () => {
	it('groups counties and zones under their prefecture city', () => {
		expect(cityKey(loc({ adcode: '320613', level: 'county' }))).toBe('320600');
		expect(cityKey(loc({ adcode: '320571', level: 'zone' }))).toBe('320500');
		expect(cityKey(loc({ adcode: '3206', level: 'city' }))).toBe('320600');
	});

	it('groups every place in a municipality under the municipality', () => {
		for (const adcode of ['110105', '120116', '310115', '500112'])
			expect(cityKey(loc({ adcode, level: 'county' }))).toBe(`${adcode.slice(0, 2)}0000`);
	});

	it('groups items located only to a province under the province', () => {
		const guangxi = loc({ province: '广西壮族自治区', city: null, adcode: '450000', level: 'province' });
		expect(cityKey(guangxi)).toBe('450000');
		expect(cityName(guangxi)).toBe('广西壮族自治区');
	});

	it('keeps county units directly under a province (省直辖) as their own group', () => {
		const jiyuan = loc({
			province: '河南省',
			city: null,
			county: '济源市',
			adcode: '419001',
			level: 'county'
		});
		expect(cityKey(jiyuan)).toBe('419001');
		expect(cityName(jiyuan)).toBe('济源市');
	});

	it('names municipality groups after the municipality', () => {
		expect(cityName(loc({ province: '上海市', city: '上海市', adcode: '310115', level: 'county' }))).toBe(
			'上海市'
		);
	});
});

describe('groupByCity', () => {
	const items = sampleItems();
	const groups = groupByCity(items);

	it('puts every located item in exactly one group and leaves the others out', () => {
		const total = [...groups.values()].reduce((n, g) => n + g.count, 0);
		expect(total).toBe(items.filter((i) => i.location).length);
		for (const g of groups.values()) expect(g.items.length).toBe(g.count);
	});

	it('sums known amounts per group', () => {
		for (const g of groups.values())
			expect(g.totalYi).toBeCloseTo(
				g.items.reduce((s, i) => s + (i.amountYi ?? 0), 0),
				9
			);
	});

	it('sorts projects largest first, unknown amounts last', () => {
		const sorted = [...items].sort(byAmount);
		const amounts = sorted.map((i) => i.amountYi);
		const known = amounts.filter((a): a is number => a !== null);
		expect(known).toEqual([...known].sort((a, b) => b - a));
		expect(amounts.slice(known.length).every((a) => a === null)).toBe(true);
	});
});

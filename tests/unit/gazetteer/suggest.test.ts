import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/lib/server/gazetteer';
import { suggestPlaces } from '../../../src/lib/server/gazetteer/suggest';

describe('place suggestions as a person types', () => {
	it('finds a zone from the start of its short form', () => {
		const [first] = suggestPlaces('南通高');
		expect(first).toMatchObject({
			name: '南通高新技术产业开发区',
			location: { city: '南通市', level: 'zone' }
		});
	});

	it('puts an exact name first and finds nicknames', () => {
		expect(suggestPlaces('南通市')[0].name).toBe('南通市');
		expect(suggestPlaces('光谷').map((s) => s.name)).toContain('东湖新技术开发区');
		expect(suggestPlaces('南', 5)).toHaveLength(5);
		expect(suggestPlaces('  ')).toEqual([]);
		expect(suggestPlaces('火星基')).toEqual([]);
	});

	it('names ambiguous places so that the gazetteer finds the same place again', () => {
		const gulou = suggestPlaces('鼓楼区');
		expect(gulou.length).toBeGreaterThan(2);
		const gazetteer = loadGazetteer();
		for (const s of [...gulou, ...suggestPlaces('南通')]) {
			const found = gazetteer.locate(s.name);
			expect(found, s.name).toMatchObject({ adcode: s.location.adcode, level: s.location.level });
		}
		expect(new Set(gulou.map((s) => s.name)).size).toBe(gulou.length);
	});
});

import { describe, expect, it } from 'vitest';
import { changesById, diffReports, matchItems } from '../../../src/lib/review';
import { BAISE, item } from '../server/store/fixtures';

describe('differences between two reports of a week', () => {
	const before = [
		item('o1', { title: '甲项目签约' }),
		item('o2', { title: '乙项目开工' }),
		item('o3', { title: '丙项目投产' }),
		item('o4', { title: '政策发布', section: 'policy' })
	];

	it('finds items added, removed and changed, matching by title across new ids', () => {
		const after = [
			item('n1', { title: '甲项目签约' }),
			item('n2', { title: '乙项目开工', amountYi: 12, location: BAISE }),
			item('n4', { title: '政策发布', section: 'news' }),
			item('n5', { title: '丁项目落地' })
		];
		const diff = diffReports(before, after);
		expect(diff.added).toEqual([{ id: 'n5', title: '丁项目落地' }]);
		expect(diff.removed).toEqual([{ id: 'o3', title: '丙项目投产' }]);
		expect(diff.changed).toEqual([
			{ id: 'n2', title: '乙项目开工', fields: ['amountYi', 'location'] },
			{ id: 'n4', title: '政策发布', fields: ['section'] }
		]);
		expect(diff.unchanged).toBe(1);
	});

	it('reports nothing changed for the same items', () => {
		const same = before.map((i) => ({ ...i, id: `x${i.id}` }));
		expect(diffReports(before, same)).toEqual({ added: [], removed: [], changed: [], unchanged: 4 });
	});

	it('ignores spacing and full-width forms in titles, and pairs each item once', () => {
		const old = [item('a', { title: '投资 10 亿元项目' }), item('b', { title: '投资 10 亿元项目' })];
		const next = [item('c', { title: '投资１０亿元项目' })];
		expect([...matchItems(old, next)]).toEqual([['a', 'c']]);
		expect(diffReports(old, next).removed.map((r) => r.id)).toEqual(['b']);
	});

	it('tells each new item’s card whether it is new or what changed', () => {
		const diff = diffReports(before, [
			item('n1', { title: '甲项目签约', date: null }),
			item('n9', { title: '戊' })
		]);
		expect([...changesById(diff)]).toEqual([
			['n9', { added: true }],
			['n1', { fields: ['date'] }]
		]);
		expect(changesById(undefined).size).toBe(0);
	});
});

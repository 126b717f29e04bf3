import type { WeekItem } from '../../../src/lib/report/types';

export function item(overrides: Partial<WeekItem> = {}): WeekItem {
	return {
		id: 'a1',
		week: '2023-09-04',
		section: 'investment',
		title: '总投资107亿元的新材料项目落户百色',
		date: '2023-09-07',
		amountYi: 107,
		amountText: '107 亿元',
		sectors: ['新材料', '新能源'],
		source: '百色市政府网站',
		location: {
			province: '广西壮族自治区',
			city: '百色市',
			county: null,
			zone: null,
			adcode: '451000',
			level: 'city',
			lon: 106.62,
			lat: 23.9
		},
		caption: '9 月 7 日，项目签约',
		body: '项目占地 1,200 亩，"分两期"建设。\n第二行，含逗号, 和引号"。',
		kind: 'project',
		projectCount: null,
		...overrides
	};
}

export const UNLOCATED = item({ id: 'b2', location: null, amountYi: null, amountText: null, sectors: [] });

/** One text cell per dangerous first character. */
export const DANGEROUS = ['=1+2', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x","y")'];

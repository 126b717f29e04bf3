/** Small reports for store tests: items with a place in 南通 unless told otherwise. */
import type { Item, Report } from '../../../../src/lib/report/types';

export const NANTONG = {
	province: '江苏省',
	city: '南通市',
	county: null,
	zone: null,
	adcode: '320600',
	level: 'city' as const,
	lon: 120.89,
	lat: 31.98
};

export const BAISE = {
	province: '广西壮族自治区',
	city: '百色市',
	county: null,
	zone: null,
	adcode: '451000',
	level: 'city' as const,
	lon: 106.62,
	lat: 23.9
};

export function item(id: string, overrides: Partial<Item> = {}): Item {
	return {
		id,
		section: 'investment',
		title: `项目 ${id}`,
		date: '2023-09-07',
		amountYi: 10,
		amountText: '总投资 10 亿元',
		sectors: ['新材料'],
		source: '南通市政府网站',
		location: NANTONG,
		caption: null,
		body: '正文',
		kind: 'project',
		projectCount: null,
		...overrides
	};
}

export function report(id: string, week: string, items: Item[]): Report {
	return {
		report: {
			id,
			week,
			isoWeek: '2023-W36',
			year: 2023,
			weekSource: 'dates',
			title: null,
			itemCount: items.length
		},
		items
	};
}

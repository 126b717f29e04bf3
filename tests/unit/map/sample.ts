import type { Location } from '../../../src/lib/gazetteer/types';
import type { WeekItem } from '../../../src/lib/report/types';

const loc = (
	province: string,
	city: string | null,
	county: string | null,
	adcode: string,
	level: Location['level'],
	lon: number,
	lat: number
): Location => ({ province, city, county, zone: null, adcode, level, lon, lat });

const NANTONG = loc('江苏省', '南通市', null, '320600', 'city', 120.89, 31.98);
const CHONGCHUAN = loc('江苏省', '南通市', '崇川区', '320613', 'county', 120.86, 32.01);
const SUZHOU_SIP = {
	...loc('江苏省', '苏州市', null, '320571', 'zone', 120.72, 31.32),
	zone: '苏州工业园区'
};
const SHANGHAI_PD = loc('上海市', '上海市', '浦东新区', '310115', 'county', 121.54, 31.22);
const GUANGXI = loc('广西壮族自治区', null, null, '450000', 'province', 108.32, 22.82);
const JIYUAN = loc('河南省', null, '济源市', '419001', 'county', 112.6, 35.07);

/** A small hand-made set of items covering the filter and grouping cases. */
export function sampleItems(): WeekItem[] {
	const base = {
		caption: null,
		source: '测试来源',
		date: null,
		amountText: null,
		kind: 'project',
		projectCount: null
	} as const;
	return [
		{
			...base,
			id: 'a',
			week: '2023-09-04',
			section: 'investment',
			title: '南通锂电材料项目',
			amountYi: 107,
			sectors: ['新材料', '新能源'],
			location: NANTONG,
			body: '正文'
		},
		{
			...base,
			id: 'b',
			week: '2023-09-04',
			section: 'investment',
			title: '崇川生物医药基地',
			amountYi: 12.5,
			sectors: ['生物医药'],
			location: CHONGCHUAN,
			body: 'abc 项目'
		},
		{
			...base,
			id: 'c',
			week: '2023-09-11',
			section: 'investment',
			title: '苏州工业园区芯片项目',
			amountYi: null,
			sectors: ['新一代信息技术'],
			location: SUZHOU_SIP,
			body: '无金额'
		},
		{
			...base,
			id: 'd',
			week: '2023-09-11',
			section: 'news',
			title: '浦东新能源汽车工厂',
			amountYi: 55,
			sectors: ['新能源汽车'],
			location: SHANGHAI_PD,
			body: '工厂'
		},
		{
			...base,
			id: 'e',
			week: '2023-09-18',
			section: 'policy',
			title: '广西产业政策',
			amountYi: null,
			sectors: [],
			location: GUANGXI,
			body: '政策'
		},
		{
			...base,
			id: 'f',
			week: '2023-09-18',
			section: 'investment',
			title: '济源新材料',
			amountYi: 8,
			sectors: ['新材料'],
			location: JIYUAN,
			body: '项目'
		},
		{
			...base,
			id: 'g',
			week: '2023-09-18',
			section: 'investment',
			title: '未定位项目',
			amountYi: 30,
			sectors: ['新材料'],
			location: null,
			body: '地点不明'
		},
		{
			...base,
			id: 'h',
			week: '2023-09-04',
			section: 'investment',
			title: '南通第二个项目',
			amountYi: 0.5,
			sectors: ['新能源'],
			location: NANTONG,
			body: 'ABC'
		}
	];
}

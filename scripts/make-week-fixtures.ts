/**
 * Writes SYNTHETIC multi-week reports for the end-to-end tests of the week filter:
 * tests/fixtures/weeks/synthetic-weeks.json, an array of { report, items } in the store's
 * Report shape. Every report and item id and title starts with "SYNTHETIC"; the places are
 * real prefecture seats (WGS-84) so the projects land on the basemap. Deterministic.
 *
 *   npx tsx scripts/make-week-fixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Location } from '../src/lib/gazetteer/types';
import { random } from '../src/lib/map/synthetic';
import type { Item, Report, Section } from '../src/lib/report/types';

const OUT = resolve('tests/fixtures/weeks/synthetic-weeks.json');
const WEEKS = ['2023-09-11', '2023-09-18', '2023-09-25'];
const SECTORS = ['新材料', '生物医药', '新能源', '新一代信息技术', '高端装备制造', '新能源汽车'];
const SECTIONS: Section[] = ['investment', 'investment', 'investment', 'news', 'policy'];
const PLACES: Location[] = [
	{
		province: '江苏省',
		city: '南通市',
		county: null,
		zone: null,
		adcode: '320600',
		level: 'city',
		lon: 120.894,
		lat: 31.981
	},
	{
		province: '湖北省',
		city: '武汉市',
		county: '江夏区',
		zone: null,
		adcode: '420115',
		level: 'county',
		lon: 114.321,
		lat: 30.376
	},
	{
		province: '四川省',
		city: '成都市',
		county: null,
		zone: null,
		adcode: '510100',
		level: 'city',
		lon: 104.066,
		lat: 30.573
	},
	{
		province: '陕西省',
		city: '西安市',
		county: null,
		zone: '西安高新技术产业开发区',
		adcode: '610171',
		level: 'zone',
		lon: 108.886,
		lat: 34.193
	},
	{
		province: '广西壮族自治区',
		city: null,
		county: null,
		zone: null,
		adcode: '450000',
		level: 'province',
		lon: 108.327,
		lat: 22.815
	},
	{
		province: '黑龙江省',
		city: '哈尔滨市',
		county: null,
		zone: null,
		adcode: '230100',
		level: 'city',
		lon: 126.535,
		lat: 45.803
	}
];

export function syntheticWeeks(): Report[] {
	const rand = random(20230911);
	return WEEKS.map((week, w) => {
		const n = 4 + w * 2;
		const items: Item[] = [];
		for (let k = 0; k < n; k++) {
			const place = PLACES[Math.floor(rand() * PLACES.length)];
			const sectors = [SECTORS[Math.floor(rand() * SECTORS.length)]];
			if (rand() < 0.25) sectors.push(SECTORS[Math.floor(rand() * SECTORS.length)]);
			const amount = rand() < 0.2 ? null : Math.round(rand() * 2000) / 10;
			const located = rand() > 0.1;
			items.push({
				id: `SYNTHETIC-${week}-${k}`,
				section: SECTIONS[Math.floor(rand() * SECTIONS.length)],
				title: `SYNTHETIC ${place.city ?? place.province}${[...new Set(sectors)].join('')}项目 ${w + 1}-${k + 1}`,
				date: week,
				amountYi: amount,
				amountText: amount === null ? null : `${amount}亿元`,
				sectors: [...new Set(sectors)],
				source: 'SYNTHETIC 测试数据',
				location: located ? place : null,
				caption: null,
				body: `SYNTHETIC 测试条目，不是真实项目。第 ${w + 1} 周第 ${k + 1} 条。`,
				kind: 'project',
				projectCount: null
			});
		}
		return {
			report: {
				id: `SYNTHETIC-${week}`,
				week,
				isoWeek: `2023-W${37 + w}`,
				year: 2023,
				weekSource: 'option',
				title: `SYNTHETIC 园区周报 ${week}`,
				itemCount: items.length,
				warnings: []
			},
			items
		};
	});
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('scripts/make-week-fixtures.ts')) {
	mkdirSync(dirname(OUT), { recursive: true });
	const reports = syntheticWeeks();
	writeFileSync(OUT, JSON.stringify(reports, null, '\t') + '\n');
	console.log(
		`${OUT}: ${reports.length} SYNTHETIC weeks, ${reports.reduce((n, r) => n + r.items.length, 0)} items`
	);
}

import { describe, expect, it } from 'vitest';
import {
	classifySectors,
	extractArticle,
	isIsoDate,
	isoWeekLabel,
	mondayOf,
	parseAmount,
	parseDate,
	ReportError,
	SECTORS,
	sha256Hex
} from '../../../src/lib/report';

describe('parseAmount', () => {
	it.each([
		['总投资约 107 亿元', 107, '约'],
		['总投资 5.2 亿，规划用地', 5.2, null],
		['项目总投资超 10亿元', 10, '超'],
		['计划投资 8000 万元', 0.8, null],
		['计划投资 1,200 万元', 0.12, null],
		['总投资３０亿元', 30, null],
		['总投资 3 万亿元', 30000, null],
		['总投资超百亿元', 100, '超'],
		['总投资三十亿元', 30, null],
		['投资 220 余亿元', 220, '余'],
		['总投资 20 亿元以上', 20, '以上'],
		['总投资不低于 5 亿元', 5, '不低于'],
		['总投资预计超过 200 亿元，其中项目一期总投资 100 亿元', 200, '预计超过'],
		['本次签约项目 50 个，计划总投资 1222.8 亿元。其中，数字经济项目 42 个，计划投资 968 亿元', 1222.8, null],
		['总投资 10 亿元，其中固定资产投资 8 亿元', 10, null],
		['约 107 亿元', 107, '约']
	])('%s → %s', (text, value, qualifier) => {
		expect(parseAmount(text)).toMatchObject({ value, currency: 'CNY', qualifier });
	});

	it('sums the parts when no total is stated, and lists them', () => {
		const a = parseAmount(
			'其中，A项目总投资 6.5 亿元，达产后年应税销售约 9 亿元；B项目总投资 2 亿元，达产后应税销售不低于 4 亿元'
		);
		expect(a?.value).toBe(8.5);
		expect(a?.parts?.map((p) => p.value)).toEqual([6.5, 2]);
		expect(a?.text).toBe('总投资 6.5 亿元；总投资 2 亿元');
	});

	it('keeps foreign currencies unconverted, unless the text gives the CNY figure', () => {
		expect(parseAmount('项目投资 1.2 亿美元')).toMatchObject({ value: 1.2, currency: 'USD' });
		expect(parseAmount('投资 5000 万美元')).toMatchObject({ value: 0.5, currency: 'USD' });
		expect(parseAmount('投资总额 2000 万欧元')).toMatchObject({ value: 0.2, currency: 'EUR' });
		expect(parseAmount('投资 10 亿美元（约合 72 亿元人民币）')).toMatchObject({
			value: 72,
			currency: 'CNY',
			qualifier: '约合'
		});
	});

	it.each([
		'年产 100 万吨高性能电工钢',
		'占地 836亩',
		'达产后年可实现工业产值 350 亿元、税收 22亿元',
		'全部达产后可实现年产值约 10 亿元',
		'预计年销售收入 15 亿元',
		'总装机容量 300 兆瓦，年发电 7.5 亿度',
		'注册资本 5 亿元',
		'产业规模突破 6000 亿元',
		'100 亿元以上项目 5 个，50亿元至 100 亿元项目 11 个',
		'可年产 36 万片 SiC MOSFET 晶圆',
		'总建筑面积约 53 万平方米'
	])('not investment: %s', (text) => {
		expect(parseAmount(text)).toBeNull();
	});
});

describe('isIsoDate', () => {
	it('accepts real calendar dates written YYYY-MM-DD only', () => {
		expect(isIsoDate('2023-09-04')).toBe(true);
		expect(isIsoDate('2024-02-29')).toBe(true);
		expect(isIsoDate('2023-02-29')).toBe(false);
		expect(isIsoDate('2023-13-01')).toBe(false);
		expect(isIsoDate('2023-9-4')).toBe(false);
		expect(isIsoDate(' 2023-09-04')).toBe(false);
		expect(isIsoDate('')).toBe(false);
	});
});

describe('parseDate and weeks', () => {
	it('reads dates with spaces, full dates and numeric dates', () => {
		expect(parseDate('9 月 7 日上午', { year: 2023 })).toBe('2023-09-07');
		expect(parseDate('９月７日', { year: 2023 })).toBe('2023-09-07');
		expect(parseDate('2023 年 12 月 31 日')).toBe('2023-12-31');
		expect(parseDate('发布于 2023.9.4')).toBe('2023-09-04');
		expect(parseDate('到 2025 年，建成')).toBeNull();
		expect(parseDate('2024 年 5 月建成投产', { year: 2023 })).toBeNull();
		expect(parseDate('9 月 7 日')).toBeNull(); // no year and nothing to resolve against
		expect(parseDate('2 月 30 日', { year: 2023 })).toBeNull();
	});

	it('resolves dates without a year to the nearest one, across New Year', () => {
		expect(parseDate('12 月 30 日', { near: '2024-01-04' })).toBe('2023-12-30');
		expect(parseDate('1 月 2 日', { near: '2023-12-28' })).toBe('2024-01-02');
	});

	it('resolves 昨日 / 今天 / a bare day against a publication date', () => {
		const near = '2023-09-10';
		expect(parseDate('昨日，某某项目签约', { near, relative: true })).toBe('2023-09-09');
		expect(parseDate('今天上午', { near, relative: true })).toBe('2023-09-10');
		expect(parseDate('8日下午', { near, relative: true })).toBe('2023-09-08');
		expect(parseDate('30日', { near, relative: true })).toBe('2023-08-30');
		expect(parseDate('8日下午', { near: '2024-01-02', relative: true })).toBe('2023-12-08');
		expect(parseDate('昨日', { near })).toBeNull(); // relative words only when asked
	});

	it('computes Mondays and ISO week labels', () => {
		expect(mondayOf('2023-09-10')).toBe('2023-09-04');
		expect(mondayOf('2023-09-04')).toBe('2023-09-04');
		expect(isoWeekLabel('2023-09-04')).toBe('2023-W36');
		expect(isoWeekLabel('2024-12-30')).toBe('2025-W01');
		expect(isoWeekLabel('2021-01-04')).toBe('2021-W01');
		expect(isoWeekLabel('2020-12-28')).toBe('2020-W53');
	});
});

describe('classifySectors', () => {
	it('returns taxonomy names in taxonomy order, multi-label', () => {
		expect(classifySectors('碳化硅功率器件和光伏储能')).toEqual(['新一代信息技术', '新能源']);
		expect(classifySectors('疫苗生产车间')).toEqual(['生物医药']);
		expect(classifySectors('茶饮与咖啡研发基地')).toEqual(['食品']);
		expect(classifySectors('氧化铝纤维制品')).toEqual(['新材料']);
		expect(classifySectors('某某大会开幕')).toEqual([]);
	});

	it('longer keywords hide the shorter ones inside them', () => {
		expect(classifySectors('新能源汽车')).toEqual(['新能源汽车']);
		expect(classifySectors('全国第一家具有量产能力的企业')).toEqual([]); // not 家具
	});

	it('Latin keywords must stand as words', () => {
		expect(classifySectors('2023CITC·网易创新创业大赛')).toEqual([]);
		expect(classifySectors('IC 载带')).toEqual(['新一代信息技术']);
	});

	it('the taxonomy has the strategic emerging industries and the traditional ones, with unique ids', () => {
		const names = SECTORS.map((s) => s.name);
		for (const n of [
			'新一代信息技术',
			'高端装备制造',
			'新材料',
			'生物医药',
			'新能源汽车',
			'新能源',
			'节能环保',
			'数字创意',
			'相关服务业',
			'航空航天',
			'海洋装备',
			'食品',
			'文旅',
			'物流',
			'金融',
			'现代化工',
			'汽车及零部件',
			'纺织服装',
			'农业'
		]) {
			expect(names).toContain(n);
		}
		expect(new Set(SECTORS.map((s) => s.id)).size).toBe(SECTORS.length);
		expect(SECTORS.every((s) => s.nameEn.length > 0 && s.keywords.length > 0)).toBe(true);
	});
});

describe('extractArticle', () => {
	it('title from the first line, date relative to the publication date, source from 来源', () => {
		const it = extractArticle(
			'合肥新站高新区签约 5 个项目\n8日，合肥新站高新区签约 5 个新型显示项目，总投资 52 亿元。\n来源：合肥日报',
			{ date: '2023-09-10' }
		);
		expect(it).toMatchObject({
			section: 'news',
			title: '合肥新站高新区签约 5 个项目',
			date: '2023-09-08',
			amountYi: 52,
			source: '合肥日报',
			caption: null,
			location: null,
			body: '8日，合肥新站高新区签约 5 个新型显示项目，总投资 52 亿元。'
		});
		expect(it.sectors).toEqual(['新一代信息技术']);
	});

	it('one paragraph: title is the first sentence; 昨日 resolves; bracket source', () => {
		const it = extractArticle(
			'昨日，武汉光谷签约一批光电子项目，总投资超 80 亿元。项目涵盖激光、光通信等领域（武汉东湖高新区网站）。',
			{ date: '2023-09-10' }
		);
		expect(it.title).toBe('昨日，武汉光谷签约一批光电子项目，总投资超 80 亿元。');
		expect(it.date).toBe('2023-09-09');
		expect(it.amountYi).toBe(80);
		expect(it.source).toBe('武汉东湖高新区网站');
	});

	it('without a stated date the publication date is the date; ids are stable', () => {
		const a = extractArticle('某某园区开园\n园区规划面积 5 平方公里。', { date: '2023-09-10' });
		expect(a.date).toBe('2023-09-10');
		expect(a.amountYi).toBeNull();
		expect(extractArticle('某某园区开园\n园区规划面积 5 平方公里。').id).toBe(a.id);
		expect(extractArticle('某某园区开园\n园区规划面积 5 平方公里。').date).toBeNull();
	});

	it('locates through the callback', () => {
		const it = extractArticle('南通高新区项目开工\n9月8日，南通高新区某项目开工。', {
			date: '2023-09-10',
			locate: (x) =>
				x.title.includes('南通')
					? {
							province: '江苏省',
							city: '南通市',
							county: null,
							zone: null,
							adcode: '320600',
							level: 'city',
							lon: 120.9,
							lat: 32
						}
					: null
		});
		expect(it.location?.adcode).toBe('320600');
		expect(it.date).toBe('2023-09-08');
	});

	it('rejects an empty article and a bad date', () => {
		expect(() => extractArticle('   ')).toThrow(ReportError);
		expect(() => extractArticle('标题\n正文', { date: '2023/09/10' })).toThrow(/YYYY-MM-DD/);
		expect(() => extractArticle('标题\n正文', { date: '2023-02-30' })).toThrow(/YYYY-MM-DD/);
	});
});

describe('sha256Hex', () => {
	it('matches the standard test vectors', () => {
		expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
		expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
		expect(sha256Hex('a'.repeat(1000))).toBe(
			'41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3'
		);
	});
});

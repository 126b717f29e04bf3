import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { itemAmount, parseReportText, type Item } from '../../../src/lib/report';
import { readReport } from '../../../src/lib/server/read-report';

// The project's seed report (extracted from a two-column PDF, no header).
const SEED = 'data/seed/report-2023-09-04.txt';
const text = readFileSync(SEED, 'utf8');
const report = parseReportText(text);
const items = report.items;

function find(fragment: string): Item {
	const hit = items.filter((it) => it.title.includes(fragment));
	expect(hit, `one item titled with "${fragment}"`).toHaveLength(1);
	return hit[0]!;
}

describe('seed report: splitting', () => {
	it('finds every ● item exactly once, per section', () => {
		const bullets = (text.match(/●/g) ?? []).length;
		expect(items).toHaveLength(bullets);
		expect(items).toHaveLength(47);
		const count = (s: string) => items.filter((it) => it.section === s).length;
		expect([count('investment'), count('news'), count('policy')]).toEqual([26, 15, 6]);
		expect(report.report.itemCount).toBe(47);
	});

	it('keeps report order (sections in order, titles in text order)', () => {
		const order = items.map((it) => it.section);
		expect(order.indexOf('news')).toBe(26);
		expect(order.lastIndexOf('investment')).toBe(25);
		expect(order.indexOf('policy')).toBe(41);
		expect(items.slice(0, 6).map((it) => it.title)).toEqual([
			'香港科学园深圳分园开园 一批项目集中签约入驻河套',
			'上海榕融新材料签署投资 107 亿元的“百色市氧化铝纤维制品项目“协议”',
			'汕头科学城全面启动规划建设 12 个科学城产业项目发布',
			'第二十三届投洽会福建省重大项目集中签约 签约总投资 1222.8 亿元',
			'辽宁鼎际得总投资 100 亿元高端新材料项目落户大连长兴岛',
			'年产 100 万吨高性能电工钢项目在鄂尔多斯达拉特经济开发区开工'
		]);
		// Every headline's position in the text grows with the item's position.
		const positions = items.map((it) => text.indexOf(it.title.slice(0, 12)));
		expect(positions.every((p) => p >= 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
	});

	it('joins a headline that wraps onto the next line', () => {
		expect(items[46]!.title).toBe('《苏州工业园区扩大国际合作打造开放创新的世界一流高科技园区行动计划》发布');
	});

	it('pairs interleaved captions and bodies with their own headline', () => {
		const a = items[0]!;
		expect(a.caption).toBe('9 月 7 日上午，香港科学园深圳分园开园仪式在河套深港科技创新合作区深圳园区举行。');
		expect(a.body.startsWith('华润科学技术研究院')).toBe(true);
		expect(a.body.endsWith('集中入驻河套合作区深圳园区。')).toBe(true);
		const b = items[1]!;
		expect(b.caption).toBe(
			'9 月 8 日，广西省百色市政府与上海榕融新材料技术有限公司签署“百色市氧化铝纤维制品项目”协议。'
		);
		expect(b.body.startsWith('此项目共投资约 107 亿元')).toBe(true);
		// A caption without a date, and a body that starts on the caption's line ("…启用。 █中荷…").
		expect(find('长飞先进').caption).toBe(
			'东湖高新区管委会与长飞先进半导体签署了第三代半导体功率器件研发生产基地项目合作协议书。'
		);
		const zh = find('中荷（苏州）');
		expect(zh.caption).toBe('9 月 5 日，中荷（苏州）科技创新港在相城区正式开园启用。');
		expect(zh.body.startsWith('中荷（苏州）科技创新港总占地面积约 77亩')).toBe(true);
		const hz = find('加华药康');
		expect(hz.caption).toContain('河南与跨国公司合作交流会');
		expect(hz.body).toContain('投资总额约 10 亿元人民币');
	});

	it('news and policy pages (three headlines, then three bodies) have bodies and no captions', () => {
		for (const it of items.filter((x) => x.section !== 'investment')) {
			expect(it.caption).toBeNull();
			expect(it.body.length).toBeGreaterThan(40);
		}
		expect(find('鄂州花湖机场').body.startsWith('9月 5日凌晨 3时 05 分')).toBe(true);
		expect(find('外滩大会').body).toContain('隐私计算');
	});

	it('drops the 注：disclaimer: not an item and not in any body', () => {
		expect(items.some((it) => it.body.includes('园区周报') || it.body.includes('parkworld'))).toBe(false);
		expect(items.some((it) => it.title.startsWith('注'))).toBe(false);
		expect(items[44]!.body.startsWith('行动计划提出立足深圳产业优势')).toBe(true);
	});

	it('takes the source from the closing bracket, with mixed bracket widths', () => {
		expect(items[0]!.source).toBe('深圳市政府网站');
		expect(items[1]!.source).toBe('上海市政府网站');
		expect(find('鄂尔多斯').source).toBe('鄂尔多斯政府网站');
		expect(find('长飞先进').source).toBe('武汉东湖高新区网站'); // bracket spans two lines
		expect(find('长三角（盐城）').source).toBe('盐城市政府网站'); // "(盐城市政府网站）"
		expect(find('北斗产业').source).toBe('重庆市政府网站'); // "（重庆市政府网站)"
		expect(items.every((it) => it.source !== null)).toBe(true);
		expect(items.some((it) => /[（(]\S*网站/.test(it.body))).toBe(false);
	});
});

describe('seed report: week and dates', () => {
	it('infers the week from the item dates and the year the text mentions', () => {
		expect(report.report.week).toBe('2023-09-04');
		expect(report.report.isoWeek).toBe('2023-W36');
		expect(report.report.year).toBe(2023);
		expect(report.report.weekSource).toBe('dates');
		expect(report.report.title).toBeNull();
	});

	it('dates items from their caption or opening sentence, with the report year', () => {
		expect(items[0]!.date).toBe('2023-09-07');
		expect(items[1]!.date).toBe('2023-09-08');
		expect(find('航天火箭').date).toBe('2023-09-02');
		expect(find('产业转移发展对接活动').date).toBe('2023-09-03');
		expect(find('鄂州花湖机场').date).toBe('2023-09-05');
		// No date of its own: null (the item keeps the report's week).
		expect(find('长飞先进').date).toBeNull();
		expect(find('迈瑞医疗').date).toBeNull();
		// "到 2025 年" in a policy body is not a date.
		expect(find('北斗产业').date).toBeNull();
	});

	it('uses --week when given', () => {
		const r = parseReportText(text, { week: '2023-09-06' });
		expect(r.report.week).toBe('2023-09-04');
		expect(r.report.weekSource).toBe('option');
	});
});

describe('seed report: amounts', () => {
	const amount = (fragment: string) => find(fragment).amountYi;

	it('reads the investment amounts', () => {
		expect(amount('百色市氧化铝纤维')).toBe(107);
		expect(amount('福建省重大项目')).toBe(1222.8);
		expect(amount('大连长兴岛')).toBe(100);
		expect(amount('达拉特')).toBe(30);
		expect(amount('签约落地南通')).toBe(8.5);
		expect(amount('青岛市绿色低碳')).toBeNull();
		expect(amount('长飞先进')).toBe(200);
		expect(amount('茶颜悦色')).toBe(5.2);
		expect(amount('温州')).toBe(1077);
		expect(amount('龙岩市')).toBe(403.8);
		expect(amount('山西省与央企')).toBe(106.47);
		expect(amount('加华药康')).toBe(10);
		expect(amount('航天火箭')).toBe(17.35);
		expect(amount('秦创原')).toBe(10);
		expect(amount('迈瑞医疗')).toBe(45);
		expect(amount('澄海益鑫')).toBe(25);
		expect(amount('上海展华电子')).toBe(14.45);
		expect(amount('中茂碲化镉')).toBe(11);
	});

	it('does not read output value, tax, sales, capacity, area or bucket labels as investment', () => {
		expect(amount('智博会')).toBeNull(); // "100 亿元以上项目 5 个" labels a bucket
		expect(amount('绿能慧充')).toBeNull(); // 年产值约 10 亿元
		expect(amount('小家电')).toBeNull(); // 总产值 220 余亿元
		expect(amount('未来产业')).toBeNull(); // 总产值突破 5000 亿元
		expect(amount('世界一流高科技园区行动')).toBeNull(); // 产业规模, 增加值
		expect(amount('香港科学园')).toBeNull();
	});

	it('tells the event totals from projects: the three largest amounts are events', () => {
		const largest = [...items]
			.filter((i) => i.amountYi !== null)
			.sort((a, b) => b.amountYi! - a.amountYi!)
			.slice(0, 3);
		expect(largest.map((i) => [i.amountYi, i.kind, i.projectCount])).toEqual([
			[3966, 'event', 382],
			[1222.8, 'event', 50],
			[1077, 'event', 53]
		]);
		for (const i of largest) expect(i.amountFlags).toContain('eventTotal');
		expect(find('广州市与龙岩市')).toMatchObject({ kind: 'event', projectCount: 30 });
		expect(find('山西省与央企')).toMatchObject({ kind: 'event', projectCount: 22 });
		expect(find('上海榕融新材料')).toMatchObject({ kind: 'project', projectCount: null });
		expect(find('辽宁鼎际得')).toMatchObject({ kind: 'project', projectCount: null });
		expect(find('茶颜悦色')).toMatchObject({ kind: 'project', projectCount: null });
	});

	it('keeps qualifiers and the words the amount came from', () => {
		const bs = find('百色市氧化铝纤维');
		expect(itemAmount(bs)).toMatchObject({ value: 107, currency: 'CNY', qualifier: '约' });
		expect(bs.amountText).toBe('投资约 107 亿元');
		const cf = find('长飞先进');
		expect(itemAmount(cf)?.qualifier).toBe('预计超过');
		expect(cf.amountText).toBe('总投资预计超过 200 亿元');
		const nt = find('签约落地南通');
		expect(itemAmount(nt)?.parts?.map((p) => p.value)).toEqual([6.5, 2]);
		expect(find('茶颜悦色').amountText).toBe('总投资 5.2 亿');
		expect(find('达拉特').amountText).toBe('总投资 30亿元');
		expect(find('温州').amountText).toBe('计划总投资 1077 亿元');
		expect(itemAmount(find('秦创原'))?.qualifier).toBe('超');
		expect(itemAmount(find('航天火箭'))?.qualifier).toBe('预计');
	});
});

describe('seed report: sectors and ids', () => {
	it('classifies sectors from the taxonomy', () => {
		expect(find('百色市氧化铝纤维').sectors).toContain('新材料');
		expect(find('签约落地南通').sectors).toContain('新一代信息技术');
		expect(find('秦创原').sectors).toEqual(['生物医药']);
		expect(find('茶颜悦色').sectors).toEqual(['食品']);
		expect(find('中茂碲化镉').sectors).toContain('新能源');
		expect(find('达拉特').sectors).toContain('新材料');
		expect(find('航天火箭').sectors).toContain('航空航天');
		// Policy items get sectors when they name them.
		expect(find('北斗产业').sectors).toContain('新一代信息技术');
		expect(find('生物医药产业“工业上楼”').sectors).toContain('生物医药');
	});

	it('gives stable, distinct ids; same text with CRLF and a BOM gives the same ids', () => {
		const again = parseReportText(text);
		expect(again.items.map((i) => i.id)).toEqual(items.map((i) => i.id));
		expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
		const crlf = parseReportText('\ufeff' + text.replace(/\n/g, '\r\n'));
		expect(crlf.report.id).toBe(report.report.id);
		expect(crlf.items.map((i) => i.id)).toEqual(items.map((i) => i.id));
		const edited = parseReportText(text.replace('开园仪式', '开园典礼'));
		expect(edited.report.id).not.toBe(report.report.id);
	});

	it('locates through the callback and leaves location null without one', () => {
		expect(items.every((it) => it.location === null)).toBe(true);
		const seen: string[] = [];
		const r = parseReportText(text, {
			locate: (it) => {
				seen.push(it.source ?? '');
				return it.title.includes('南通')
					? {
							province: '江苏省',
							city: '南通市',
							county: null,
							zone: null,
							adcode: '320600',
							level: 'city',
							lon: 120.89,
							lat: 31.98
						}
					: null;
			}
		});
		expect(seen).toHaveLength(47);
		expect(r.items.filter((it) => it.location?.city === '南通市')).toHaveLength(2);
	});

	it('reads the same report through readReport as a .txt file', async () => {
		const r = await readReport(new Uint8Array(readFileSync(SEED)), 'report.txt');
		expect(r.items.map((i) => i.id)).toEqual(items.map((i) => i.id));
	});
});

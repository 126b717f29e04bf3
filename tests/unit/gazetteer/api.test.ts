import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadGazetteer, type Location } from '../../../src/lib/server/gazetteer';

const g = loadGazetteer();
const raw = JSON.parse(readFileSync(resolve('data/gazetteer/gazetteer.json'), 'utf8')) as {
	divisions: [string, string, string, string, number, number, number][];
	zones: [string, string, string, string, number | '', number | ''][];
	patterns: [string, number[]][];
};

const inChina = (l: Location): boolean => l.lon > 73 && l.lon < 135.5 && l.lat > 3.5 && l.lat < 54;

describe('loadGazetteer', () => {
	it('is memoised per folder', () => {
		expect(loadGazetteer()).toBe(g);
	});

	it('throws an actionable error for a missing folder', () => {
		expect(() => loadGazetteer('/nonexistent/gazetteer')).toThrow(/build-gazetteer/);
	});
});

describe('divisions', () => {
	it('covers 34 provinces, the prefectures and the county-level units on the 2023 codes', () => {
		const lv = (c: string) => raw.divisions.filter((d) => d[3] === c).length;
		expect(lv('p')).toBe(34);
		expect(lv('c')).toBeGreaterThanOrEqual(330);
		expect(lv('d') + lv('x')).toBeGreaterThanOrEqual(2840);
		// placeholders are dropped
		expect(raw.divisions.some((d) => /^(市辖区|县|省直辖县级行政区划)$/.test(d[1]))).toBe(false);
	});

	it('gives every division a WGS-84 point inside China, never 0,0', () => {
		for (const d of raw.divisions) {
			const loc = g.byAdcode(d[0])!;
			expect(loc, d[0]).not.toBeNull();
			expect(inChina(loc), `${d[0]} ${d[1]}`).toBe(true);
		}
	});

	it('converts GCJ-02 seats to WGS-84 (offset of a few hundred metres)', () => {
		// AMap (GCJ-02) seat of 朝阳区 is 116.486409,39.921489; WGS-84 lies about 0.006° west.
		const l = g.byAdcode('110105')!;
		expect(l.lon).toBeLessThan(116.486409 - 0.004);
		expect(l.lon).toBeGreaterThan(116.486409 - 0.009);
		expect(l.lat).toBeLessThan(39.921489);
	});

	it('uses 2023 codes for renamed units and fills the parent chain', () => {
		expect(g.byAdcode('410307')).toMatchObject({
			province: '河南省',
			city: '洛阳市',
			county: '偃师区',
			level: 'county'
		});
		expect(g.byAdcode('421088')).toMatchObject({ province: '湖北省', city: '荆州市', county: '监利市' });
		expect(g.byAdcode('320613')).toMatchObject({ province: '江苏省', city: '南通市', county: '崇川区' });
	});

	it('repeats the province name as city for municipalities and SARs', () => {
		expect(g.byAdcode('110000')).toMatchObject({ province: '北京市', city: '北京市', level: 'city' });
		expect(g.byAdcode('500235')).toMatchObject({ province: '重庆市', city: '重庆市', county: '云阳县' });
		expect(g.byAdcode('810000')).toMatchObject({ province: '香港特别行政区', city: '香港特别行政区' });
		expect(g.byAdcode('820000')).toMatchObject({ province: '澳门特别行政区' });
		expect(g.byAdcode('710000')).toMatchObject({ province: '台湾省', city: null, level: 'province' });
	});

	it('treats province-administered county units as their own city', () => {
		for (const code of [
			'419001',
			'429004',
			'429005',
			'429006',
			'469002',
			'469005',
			'659001',
			'659002',
			'659003',
			'659004'
		]) {
			const l = g.byAdcode(code)!;
			expect(l.city, code).toBe(l.county);
			expect(l.level).toBe('county');
		}
	});

	it('resolves short forms to full official names', () => {
		const cases: [string, string, string | null, string | null][] = [
			['南通', '江苏省', '南通市', null],
			['达拉特', '内蒙古自治区', '鄂尔多斯市', '达拉特旗'],
			['广西', '广西壮族自治区', null, null],
			['内蒙古', '内蒙古自治区', null, null],
			['新疆', '新疆维吾尔自治区', null, null],
			['宁夏', '宁夏回族自治区', null, null],
			['西藏', '西藏自治区', null, null],
			['白沙县', '海南省', '白沙黎族自治县', '白沙黎族自治县']
		];
		for (const [text, province, city, county] of cases) {
			expect(g.locate(text), text).toMatchObject({ province, city, county });
		}
	});

	it('keeps former names as aliases', () => {
		for (const [old, now] of [
			['户县', '鄠邑区'],
			['宁乡县', '宁乡市'],
			['监利县', '监利市'],
			['偃师市', '偃师区'],
			['孟津县', '孟津区']
		]) {
			expect(g.locate(old)!.county, old).toBe(now);
		}
	});
});

describe('zones', () => {
	it('includes all 19 state-level new areas', () => {
		const names = [
			'浦东',
			'滨海新区',
			'两江',
			'舟山群岛',
			'兰州新区',
			'南沙新区',
			'西咸',
			'贵安',
			'西海岸新区',
			'金普',
			'天府新区',
			'湘江新区',
			'江北新区',
			'福州新区',
			'滇中',
			'哈尔滨新区',
			'长春新区',
			'赣江',
			'雄安'
		];
		const newAreas = raw.zones.filter((z) => z[1] === 'new_area').map((z) => z[2]);
		expect(newAreas.length).toBe(19);
		for (const n of names)
			expect(
				newAreas.some((a) => a.includes(n)),
				n
			).toBe(true);
	});

	it('covers every NBS functional zone and many national zones', () => {
		expect(raw.zones.filter((z) => z[0].startsWith('nbs-')).length).toBe(124);
		expect(raw.zones.filter((z) => z[1] === 'etdz').length).toBeGreaterThanOrEqual(120);
		expect(raw.zones.filter((z) => z[1] === 'htz').length).toBeGreaterThanOrEqual(60);
	});

	it('returns level zone with the host filled in', () => {
		const l = g.locate('落户光谷')!;
		expect(l).toMatchObject({ province: '湖北省', city: '武汉市', zone: '东湖新技术开发区', level: 'zone' });
		expect(l.adcode).toMatch(/^4201/);
		expect(inChina(l)).toBe(true);
	});

	it('resolves generic short forms of a city zone', () => {
		expect(g.locate('项目落户郑州经开区')!.zone).toBe('郑州经济技术开发区');
		expect(g.locate('合肥经开区新签约项目')!.zone).toBe('合肥经济技术开发区');
		expect(g.locate('长沙经开区')!.zone).toBe('长沙经济技术开发区');
	});

	it('settles a bare 高新区 by the city named in the item', () => {
		const l = g.locateItem({ title: '智能装备项目落户高新区', body: '项目位于绵阳市', source: null });
		expect(l).toMatchObject({ city: '绵阳市', zone: '绵阳高新技术产业开发区' });
	});
});

describe('locate', () => {
	it('returns null for empty text and text without places', () => {
		expect(g.locate('')).toBeNull();
		expect(g.locate('签约仪式顺利举行')).toBeNull();
	});

	it('returns a fresh object each time (callers may mutate it)', () => {
		const a = g.locate('南通')!;
		a.city = 'x';
		expect(g.locate('南通')!.city).toBe('南通市');
	});
});

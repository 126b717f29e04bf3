import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, toCsv, toCsvBytes } from '../../../src/lib/export/csv';
import { COLUMNS, columnHeaders, guardCell, itemRow } from '../../../src/lib/export/fields';
import { toGeoJson, toGeoJsonText } from '../../../src/lib/export/geojson';
import { toXlsx } from '../../../src/lib/export/xlsx';
import { DANGEROUS, item, UNLOCATED } from './fixtures';

function parseCsv(text: string): Record<string, string>[] {
	expect(text.startsWith(BOM)).toBe(true);
	const result = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
	expect(result.errors).toEqual([]);
	return result.data;
}

describe('guardCell', () => {
	it.each(DANGEROUS)('prefixes %j with an apostrophe', (value) => {
		expect(guardCell(value)).toBe(`'${value}`);
	});

	it('leaves safe text and every number alone', () => {
		expect(guardCell('新材料')).toBe('新材料');
		expect(guardCell(' =1')).toBe(' =1');
		expect(guardCell('')).toBe('');
		expect(guardCell(null)).toBe(null);
		expect(guardCell(-12.5)).toBe(-12.5);
		expect(guardCell(0)).toBe(0);
	});

	it('guards every text column of a row', () => {
		const row = itemRow(item({ title: '=cmd|calc', source: '@x', caption: '-2', amountYi: -3 }));
		expect(row[COLUMNS.indexOf('title')]).toBe("'=cmd|calc");
		expect(row[COLUMNS.indexOf('source')]).toBe("'@x");
		expect(row[COLUMNS.indexOf('caption')]).toBe("'-2");
		expect(row[COLUMNS.indexOf('amountYi')]).toBe(-3);
	});
});

describe('CSV', () => {
	it('with headers: keys, starts with a BOM, has every field and round-trips Chinese text', () => {
		const rows = parseCsv(toCsv([item(), UNLOCATED], { headers: 'keys' }));
		expect(Object.keys(rows[0])).toEqual([...COLUMNS]);
		expect(rows).toHaveLength(2);
		const a = item();
		expect(rows[0]).toMatchObject({
			id: 'a1',
			week: '2023-09-04',
			section: 'investment',
			title: a.title,
			amountYi: '107',
			sectors: '新材料、新能源',
			province: '广西壮族自治区',
			city: '百色市',
			county: '',
			adcode: '451000',
			level: 'city',
			lon: '106.62',
			lat: '23.9',
			caption: a.caption,
			body: a.body
		});
		expect(rows[1]).toMatchObject({ id: 'b2', province: '', lon: '', amountYi: '', sectors: '' });
	});

	it('is UTF-8 with CRLF line ends', () => {
		const bytes = toCsvBytes([item()]);
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(new TextDecoder().decode(bytes)).toContain('\r\n');
	});

	it('neutralises formula cells and keeps negative numbers as numbers', () => {
		const items = DANGEROUS.map((title, i) => item({ id: `x${i}`, title, amountYi: -5 }));
		const rows = parseCsv(toCsv(items, { headers: 'keys' }));
		rows.forEach((row, i) => {
			expect(row.title).toBe(`'${DANGEROUS[i]}`);
			expect(row.amountYi).toBe('-5');
		});
		// The raw text never holds an unquoted cell that starts with a formula character.
		const text = toCsv(items);
		expect(text).not.toMatch(/(^|,)[=+@]/m);
	});
});

describe('CSV in semicolon-separated locales', () => {
	// Excel with `;` as list separator splits on every semicolon, even inside our quotes.
	const cellsAsSemicolonExcelSeesThem = (text: string) => text.split(/[;\r\n]/);

	it.each(['a;=1+2', '公司;+cmd', 'x; @SUM(A1)', 'y;\t-2', 'a;b;=c'])(
		'guards %j after every semicolon',
		(title) => {
			const text = toCsv([item({ title })]);
			for (const cell of cellsAsSemicolonExcelSeesThem(text))
				expect(cell.trimStart()).not.toMatch(/^[=+\-@\t]/);
		}
	);

	it('leaves semicolons that start no formula alone', () => {
		const rows = parseCsv(toCsv([item({ title: '甲;乙; 丙', amountYi: -5 })], { headers: 'keys' }));
		expect(rows[0].title).toBe('甲;乙; 丙');
		expect(rows[0].amountYi).toBe('-5');
	});
});

describe('XLSX', () => {
	async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(
			bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
		);
		return workbook;
	}

	it('round-trips every column with Chinese text; numbers stay numbers', async () => {
		const bytes = await toXlsx([item(), UNLOCATED], {
			headers: 'keys',
			title: '园区项目地图 2023-W36',
			filters: ['新材料'],
			attribution: ['底图：x']
		});
		const workbook = await readBack(bytes);
		const sheet = workbook.getWorksheet('项目');
		expect(sheet).toBeDefined();
		const header = (sheet!.getRow(1).values as unknown[]).slice(1);
		expect(header).toEqual([...COLUMNS]);
		const row = (sheet!.getRow(2).values as unknown[]).slice(1);
		const a = item();
		expect(row[COLUMNS.indexOf('title')]).toBe(a.title);
		expect(row[COLUMNS.indexOf('body')]).toBe(a.body);
		expect(row[COLUMNS.indexOf('amountYi')]).toBe(107);
		expect(row[COLUMNS.indexOf('lon')]).toBe(106.62);
		expect(row[COLUMNS.indexOf('province')]).toBe('广西壮族自治区');
		expect(sheet!.rowCount).toBe(3);
		const about = workbook.getWorksheet('说明');
		expect(about!.getRow(1).getCell(2).value).toBe('园区项目地图 2023-W36');
	});

	it('writes formula-like text as text cells, unchanged, and keeps negative numbers numeric', async () => {
		const items = DANGEROUS.map((title, i) => item({ id: `x${i}`, title, amountYi: -5 }));
		const sheet = (await readBack(await toXlsx(items, { headers: 'keys' }))).getWorksheet('项目')!;
		DANGEROUS.forEach((title, i) => {
			const cell = sheet.getRow(i + 2).getCell(COLUMNS.indexOf('title') + 1);
			// A string cell, never a formula, in a text-formatted column; no visible guard character.
			expect(cell.type).toBe(ExcelJS.ValueType.String);
			expect(cell.numFmt).toBe('@');
			// XML reads a carriage return back as a line feed.
			expect(cell.value).toBe(title.replace(/\r/g, '\n'));
			const amount = sheet.getRow(i + 2).getCell(COLUMNS.indexOf('amountYi') + 1);
			expect(amount.type).toBe(ExcelJS.ValueType.Number);
			expect(amount.value).toBe(-5);
		});
	});
});

describe("spreadsheets in the reader's language", () => {
	const policy = item({ id: 'p1', section: 'policy', amountYi: 12.5, kind: 'event', projectCount: 8 });

	it('CSV: Chinese headings and values by default, the amount a plain number', () => {
		const rows = parseCsv(toCsv([item(), policy]));
		expect(Object.keys(rows[0])).toEqual(columnHeaders());
		expect(Object.keys(rows[0])).toContain('投资额（亿元）');
		expect(Object.keys(rows[0])).not.toContain('amountYi');
		expect(rows[0]).toMatchObject({ 标题: item().title, 栏目: '招商引资', 定位精度: '市', 类型: '项目' });
		expect(rows[1]).toMatchObject({
			栏目: '政策法规',
			'投资额（亿元）': '12.5',
			类型: '活动',
			活动涉及项目数: '8'
		});
	});

	it('CSV: English headings and values in English mode', () => {
		const rows = parseCsv(toCsv([policy], { lang: 'en' }));
		expect(rows[0]).toMatchObject({
			Title: policy.title,
			Section: 'Policy',
			'Investment (亿元 = 100 M CNY)': '12.5',
			'Location precision': 'city',
			Kind: 'event'
		});
	});

	it('keys mode keeps the codes scripts read', () => {
		const rows = parseCsv(toCsv([policy], { headers: 'keys', lang: 'en' }));
		expect(rows[0]).toMatchObject({ section: 'policy', level: 'city', kind: 'event', amountYi: '12.5' });
	});

	it('guards report text in labelled sheets too', () => {
		const row = itemRow(item({ title: '=HYPERLINK("x")' }), { lang: 'en' });
		expect(row[COLUMNS.indexOf('title')]).toBe('\'=HYPERLINK("x")');
	});

	it('XLSX: headings, sheet names and values in the language; numbers stay numbers', async () => {
		for (const lang of ['zh', 'en'] as const) {
			const workbook = new ExcelJS.Workbook();
			const bytes = await toXlsx([policy], { lang, title: 'T' });
			await workbook.xlsx.load(
				bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
			);
			const sheet = workbook.worksheets[0];
			expect(sheet.name).toBe(lang === 'zh' ? '项目' : 'Projects');
			expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(columnHeaders({ lang }));
			const row = (sheet.getRow(2).values as unknown[]).slice(1);
			expect(row[COLUMNS.indexOf('section')]).toBe(lang === 'zh' ? '政策法规' : 'Policy');
			expect(row[COLUMNS.indexOf('amountYi')]).toBe(12.5);
			expect(workbook.worksheets[1].name).toBe(lang === 'zh' ? '说明' : 'About');
		}
	});
});

describe('GeoJSON', () => {
	it('is a FeatureCollection with points for located items and null geometry for the rest', () => {
		const collection = toGeoJson([item(), UNLOCATED]);
		expect(collection.type).toBe('FeatureCollection');
		expect(collection.features).toHaveLength(2);
		const [located, unlocated] = collection.features;
		expect(located).toMatchObject({
			type: 'Feature',
			id: 'a1',
			geometry: { type: 'Point', coordinates: [106.62, 23.9] }
		});
		expect(located.properties.sectors).toEqual(['新材料', '新能源']);
		expect(located.properties.province).toBe('广西壮族自治区');
		expect(Object.keys(located.properties).sort()).toEqual([...COLUMNS].sort());
		expect(unlocated.geometry).toBeNull();
		expect(unlocated.properties.lon).toBeNull();
	});

	it('serialises to parseable JSON without a BOM', () => {
		const text = toGeoJsonText([item(), UNLOCATED]);
		expect(text.charCodeAt(0)).toBe('{'.charCodeAt(0));
		const parsed = JSON.parse(text) as { features: { geometry: unknown; properties: { title: string } }[] };
		expect(parsed.features[1].geometry).toBeNull();
		expect(parsed.features[0].properties.title).toBe(item().title);
		// Every coordinate is a WGS-84 longitude / latitude.
		for (const f of toGeoJson([item()]).features) {
			const [lon, lat] = f.geometry!.coordinates;
			expect(lon).toBeGreaterThanOrEqual(-180);
			expect(lon).toBeLessThanOrEqual(180);
			expect(lat).toBeGreaterThanOrEqual(-90);
			expect(lat).toBeLessThanOrEqual(90);
		}
	});
});

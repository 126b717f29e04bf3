import { readFileSync } from 'node:fs';
import {
	beginText,
	endText,
	PDFDocument,
	PDFHexString,
	PDFName,
	setFontAndSize,
	setTextMatrix,
	showText
} from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { textLayerFont, utf16Hex } from '../../../src/lib/export/pdf';
import {
	decodeReportText,
	itemAmount,
	parseReportText,
	ReportError,
	type Report
} from '../../../src/lib/report';
import { readReport } from '../../../src/lib/server/read-report';

const DIR = 'tests/fixtures/reports';
const bytes = (name: string) => new Uint8Array(readFileSync(`${DIR}/${name}`));
const read = (name: string, opts = {}) => readReport(bytes(name), name, opts);

/** The ReportError a promise or call fails with (fails the test when it does not fail). */
async function failure(run: () => unknown): Promise<ReportError> {
	try {
		await run();
	} catch (e) {
		expect(e).toBeInstanceOf(ReportError);
		return e as ReportError;
	}
	throw new Error('expected a ReportError');
}

describe('one-column layout with half-width punctuation and a header range', () => {
	let r: Report;
	it('parses every item with its section', async () => {
		r = await read('one-column-halfwidth.txt');
		expect(r.items.map((i) => i.section)).toEqual([
			'investment',
			'investment',
			'investment',
			'news',
			'policy'
		]);
	});

	it('takes the week from the header "2024.1.15-2024.1.21"', () => {
		expect(r.report).toMatchObject({
			week: '2024-01-15',
			isoWeek: '2024-W03',
			year: 2024,
			weekSource: 'header',
			title: '园区周报'
		});
	});

	it('reads half-width source brackets and keeps the paragraph full stop', () => {
		const a = r.items[0]!;
		expect(a.title).toBe('苏州工业园区签约 3 个生物医药项目,总投资 45.6 亿元');
		expect(a.caption).toBe('1 月 16 日,苏州工业园区与 3 家企业签署投资协议.');
		expect(a.source).toBe('苏州工业园区网站');
		expect(a.body.endsWith('达产后年产值约 120 亿元.')).toBe(true);
		expect(a.date).toBe('2024-01-16');
	});

	it('handles a missing caption: date from the body, amount in 万元', () => {
		const b = r.items[1]!;
		expect(b.caption).toBeNull();
		expect(b.date).toBe('2024-01-17');
		expect(b.amountYi).toBe(0.8);
		expect(b.amountText).toBe('总投资约 8000 万元');
		expect(itemAmount(b)?.qualifier).toBe('约');
	});

	it('handles an item without a source and a dollar amount (kept, not converted)', () => {
		const c = r.items[2]!;
		expect(c.source).toBeNull();
		expect(c.body.endsWith('预计年销售收入 15 亿元.')).toBe(true);
		expect(c.amountYi).toBeNull();
		expect(c.amountText).toBe('投资 1.2 亿美元');
		expect(itemAmount(c)).toMatchObject({ value: 1.2, currency: 'USD' });
	});

	it('joins a policy title that wraps after an open bracket', () => {
		const p = r.items[4]!;
		expect(p.title).toBe('《杭州市促进低空经济高质量发展若干措施(2024-2026 年)》印发');
		expect(p.amountYi).toBeNull(); // 产业规模突破 300 亿元 is scale, not investment
		expect(p.sectors).toContain('航空航天');
	});

	it('CRLF + BOM copy of the same report gives the same report and item ids', async () => {
		const crlf = await read('crlf-bom.txt');
		expect(bytes('crlf-bom.txt').subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
		expect(decodeReportText(bytes('crlf-bom.txt')).includes('\r')).toBe(false);
		expect(crlf.report.id).toBe(r.report.id);
		expect(crlf.items.map((i) => [i.id, i.title, i.caption, i.body])).toEqual(
			r.items.map((i) => [i.id, i.title, i.caption, i.body])
		);
	});
});

describe('interleaved two-column text with an odd caption count and a source-less body', () => {
	let r: Report;
	it('pairs each body with its headline', async () => {
		r = await read('interleaved-variations.txt');
		expect(r.items.map((i) => i.title)).toEqual([
			'西安高新区签约 5 个硬科技项目 总投资 86 亿元',
			'南昌小蓝经开区汽车零部件产业园开工',
			'长沙经开区工程机械再制造项目落地',
			'武汉光谷激光产业园二期封顶',
			'2024 世界智能产业博览会在天津开幕',
			'青岛港一季度集装箱吞吐量同比增长 8%'
		]);
		expect(r.items.map((i) => i.amountYi)).toEqual([86, 20, 12, 30, null, null]);
	});

	it('gives the single caption of a pair to the item it talks about', () => {
		expect(r.items[0]!.caption).toBe('9 月 12 日，西安高新区硬科技项目集中签约仪式举行。');
		expect(r.items[1]!.caption).toBeNull();
		expect(r.items[1]!.body).toBe(
			'南昌小蓝经开区汽车零部件产业园项目总投资 20亿元，规划建设标准厂房 30 万平方米。'
		);
	});

	it('stops a body without a source where the captions begin', () => {
		const cs = r.items[2]!;
		expect(cs.source).toBeNull();
		expect(cs.body).toBe('长沙经开区引进工程机械再制造项目，总投资 12 亿元，主要从事挖掘机、起重机再制造。');
		expect(cs.caption).toBe('9 月 13 日，长沙经开区与湖南某企业签订工程机械再制造项目投资协议。');
		expect(r.items[3]!.caption).toBe('9 月 14 日，武汉光谷激光产业园二期项目主体结构封顶。');
	});

	it('infers the week from the dates and the year the text mentions', () => {
		expect(r.report).toMatchObject({ week: '2024-09-09', weekSource: 'dates' });
		expect(r.items.map((i) => i.date)).toEqual([
			'2024-09-12',
			null,
			'2024-09-13',
			'2024-09-14',
			'2024-09-12',
			null
		]);
	});

	it('reads mixed bracket widths as the source', () => {
		expect(r.items[4]!.source).toBe('天津市政府网站');
		expect(r.items[5]!.source).toBe('青岛市政府网站');
	});
});

describe('weeks from headers and dates', () => {
	it('reads "2023年第36期" as ISO week 36 when the item dates agree', async () => {
		const r = await read('header-issue.txt');
		expect(r.report).toMatchObject({
			week: '2023-09-04',
			isoWeek: '2023-W36',
			weekSource: 'header',
			title: '园区周报 2023年第36期'
		});
		expect(r.items[0]!.date).toBe('2023-09-05');
	});

	it('does not trust an issue number the item dates contradict', () => {
		const text = readFileSync(`${DIR}/header-issue.txt`, 'utf8').replace('第36期', '第12期');
		const r = parseReportText(text);
		expect(r.report.week).toBe('2023-09-04');
		expect(r.report.weekSource).toBe('dates');
		expect(r.report.warnings?.[0]).toContain('第12期');
	});

	it('an issue date on a Monday means the week before; --week overrides everything', () => {
		const text = readFileSync(`${DIR}/header-issue.txt`, 'utf8').replace('2023年第36期', '2023年9月11日');
		const r = parseReportText(text);
		expect(r.report.week).toBe('2023-09-04');
		expect(r.report.weekSource).toBe('header');
		const o = parseReportText(text, { week: '2023-09-13' });
		expect(o.report).toMatchObject({ week: '2023-09-11', weekSource: 'option' });
		expect(o.items[0]!.date).toBe('2023-09-05');
	});

	it('spans New Year: December and January dates, year from the text', async () => {
		const r = await read('dec-jan.txt');
		expect(r.report).toMatchObject({
			week: '2024-01-01',
			isoWeek: '2024-W01',
			year: 2024,
			weekSource: 'dates'
		});
		expect(r.items.map((i) => i.date)).toEqual(['2024-01-02', '2023-12-29', '2024-01-03', '2024-01-04']);
	});

	it('a week from 30 December to 5 January puts its January items in the next year', () => {
		const text = [
			'一、招商引资',
			'●2024 年度重点项目集中开工',
			'12 月 30 日，某某市 2024 年度第四批重点项目集中开工。',
			'█此次开工项目 20 个，总投资 150 亿元（某某市政府网站）。',
			'●某某新区新年首个项目签约',
			'1 月 2 日，某某新区举行新年首个项目签约。',
			'█签约项目总投资 8 亿元（某某新区网站）。',
			'●某某园区年终项目竣工',
			'12 月 31 日，某某园区年终项目竣工。',
			'█项目总投资 3 亿元（某某园区网站）。'
		].join('\n');
		const r = parseReportText(text);
		expect(r.report).toMatchObject({ week: '2024-12-30', isoWeek: '2025-W01', weekSource: 'dates' });
		expect(r.items.map((i) => i.date)).toEqual(['2024-12-30', '2025-01-02', '2024-12-31']);
	});

	it('fails with unknown_week when nothing says the year, and says to pass --week', async () => {
		const text = '一、招商引资\n●某某项目签约\n9 月 8 日，某某项目签约。\n█项目总投资 3 亿元（某某网站）。';
		const e = await failure(() => parseReportText(text));
		expect(e.code).toBe('unknown_week');
		expect(e.message).toContain('--week YYYY-MM-DD');
		expect(parseReportText(text, { week: '2022-09-08' }).items[0]!.date).toBe('2022-09-08');
	});

	it('rejects a malformed --week', async () => {
		const e = await failure(() =>
			parseReportText(readFileSync(`${DIR}/header-issue.txt`, 'utf8'), { week: '2023-13-01' })
		);
		expect(e.code).toBe('bad_option');
	});
});

describe('files that are not reports', () => {
	it('empty file', async () => {
		expect((await failure(() => read('empty.txt'))).code).toBe('empty');
		expect((await failure(() => parseReportText('  \n\n '))).code).toBe('empty');
	});

	it('binary garbage', async () => {
		const e = await failure(() => read('garbage.bin'));
		expect(e.code).toBe('bad_encoding');
		expect(e.message).toMatch(/UTF-8/);
	});

	it('text with NUL bytes', async () => {
		const e = await failure(() => decodeReportText(new TextEncoder().encode('●标题\u0000\u0000█正文')));
		expect(e.code).toBe('bad_encoding');
	});

	it('a text with no items', async () => {
		const e = await failure(() => read('no-items.txt'));
		expect(e.code).toBe('no_items');
		expect(e.message).toContain('●');
	});

	it('an unknown layout fails clearly instead of pairing pieces by guesswork', async () => {
		const e = await failure(() => read('unknown-layout.txt'));
		expect(e.code).toBe('unknown_layout');
		expect(e.message).toContain('某某经开区签约新材料项目');
		expect((await failure(() => read('bodies-without-headlines.txt'))).code).toBe('unknown_layout');
	});

	it('a Word file is refused with what to give instead', async () => {
		const e = await failure(() => readReport(new TextEncoder().encode('PK\u0003\u0004'), 'report.docx'));
		expect(e.code).toBe('unsupported_format');
		expect(e.message).toContain('PDF');
	});

	it('GB18030 text is decoded', async () => {
		const r = await read('gb18030.txt');
		expect(r.items[0]!.title).toBe('常州金坛区签约动力电池项目 总投资 50 亿元');
		expect(r.report.id).toBe((await read('header-issue.txt')).report.id);
	});

	it('UTF-16 with a BOM is decoded', () => {
		const s = '●标题\n█正文（某某网站）。';
		const le = new Uint8Array([
			0xff,
			0xfe,
			...new Uint8Array(new Uint16Array([...s].map((c) => c.charCodeAt(0))).buffer)
		]);
		expect(decodeReportText(le)).toBe(s);
	});
});

describe('PDF path', () => {
	it('reads a two-column PDF end to end, column by column', async () => {
		const r = await read('two-column.pdf');
		expect(r.report).toMatchObject({ week: '2024-03-04', weekSource: 'header', title: '园区周报' });
		expect(r.items.map((i) => [i.section, i.title.replace(/\s+/g, '')])).toEqual([
			['investment', '合肥经开区签约新能源汽车零部件项目总投资60亿元'],
			['investment', '成都高新区集成电路封装测试项目开工'],
			['investment', '青岛西海岸新区海洋装备产业园开园'],
			['investment', '昆明经开区生物医药项目集中签约'],
			['news', '2024中国（武汉）光电子产业博览会开幕'],
			['news', '西部陆海新通道班列开行量创新高']
		]);
		expect(r.items.map((i) => i.amountYi)).toEqual([60, 25, 48, 32.5, null, null]);
		expect(r.items.map((i) => i.source)).toEqual([
			'合肥市政府网站',
			'成都市政府网站',
			'青岛市政府网站',
			'昆明市政府网站',
			'武汉市政府网站',
			'重庆市政府网站'
		]);
		expect(r.items.map((i) => i.date)).toEqual([
			'2024-03-05',
			'2024-03-06',
			'2024-03-07',
			'2024-03-08',
			'2024-03-06',
			'2024-03-07'
		]);
		expect(r.items[0]!.caption).toBe('3 月 5 日，合肥经开区与某新能源汽车零部件企业签署投资协议。');
		expect(r.items[2]!.caption).toBeNull();
	});

	it('reads text in a CJK font the PDF does not embed (a predefined encoding, UniGB-UTF16-H)', async () => {
		// Many Chinese PDFs leave STSong-Light or the like to the reader: the text is only readable
		// with the character map of its encoding.
		const lines = readFileSync(`${DIR}/dec-jan.txt`, 'utf8').split('\n');
		const doc = await PDFDocument.create();
		const page = doc.addPage([595, 842]);
		const font = PDFName.of('Song');
		page.node.setFontDictionary(font, textLayerFont(doc));
		lines.forEach((line, i) => {
			if (line.trim() === '') return;
			page.pushOperators(
				beginText(),
				setFontAndSize(font, 10),
				setTextMatrix(1, 0, 0, 1, 40, 800 - i * 16),
				showText(PDFHexString.of(utf16Hex(line))),
				endText()
			);
		});
		const fromPdf = await readReport(await doc.save(), 'report.pdf', { week: '2024-01-01' });
		const fromText = await read('dec-jan.txt', { week: '2024-01-01' });
		const titles = (r: Report) => r.items.map((i) => [i.section, i.title.replace(/\s+/g, '')]);
		expect(fromPdf.items.length).toBeGreaterThanOrEqual(4);
		expect(titles(fromPdf)).toEqual(titles(fromText));
	});

	it('the extracted text has real ideographs, not radical look-alikes', async () => {
		const { extractPdfText } = await import('../../../src/lib/server/pdf');
		const text = await extractPdfText(bytes('two-column.pdf'));
		expect(text).toContain('3 月 5 日');
		expect(/[\u2e80-\u2fdf]/.test(text)).toBe(false);
	});

	it('dispatches on the %PDF signature whatever the file is called', async () => {
		const r = await readReport(bytes('two-column.pdf'), 'report.txt');
		expect(r.items).toHaveLength(6);
	});

	it('password-protected PDF → encrypted', async () => {
		const e = await failure(() => read('encrypted.pdf'));
		expect(e.code).toBe('encrypted');
		expect(e.message).toContain('password');
	});

	it('truncated PDF → corrupt', async () => {
		expect((await failure(() => read('truncated.pdf'))).code).toBe('corrupt');
	});

	it('PDF with no text layer → image_only, with the way out (OCR)', async () => {
		const e = await failure(() => read('image-only.pdf'));
		expect(e.code).toBe('image_only');
		expect(e.message).toContain('OCR');
	});

	it('a .pdf that is not a PDF → not_pdf', async () => {
		const e = await failure(() => readReport(new TextEncoder().encode('hello'), 'report.pdf'));
		expect(e.code).toBe('not_pdf');
	});
});

describe('page furniture', () => {
	it('drops running heads and page numbers that fall between the pieces of an item', () => {
		const text = readFileSync(`${DIR}/interleaved-variations.txt`, 'utf8');
		const lines = text.split('\n');
		// Put a running head and a page number right after the first body, as a printed page would.
		const at = lines.findIndex((l) => l.includes('（西安市政府网站）'));
		const paged = [
			'园区周报 2024年第37期',
			...lines.slice(0, at + 1),
			'- 2 -',
			'园区周报 2024年第37期',
			...lines.slice(at + 1)
		].join('\n');
		const plain = parseReportText(text);
		const r = parseReportText(paged);
		expect(r.report.title).toBe('园区周报 2024年第37期');
		expect(r.report.weekSource).toBe('header');
		expect(r.items.map((i) => [i.title, i.caption, i.body])).toEqual(
			plain.items.map((i) => [i.title, i.caption, i.body])
		);
	});
});

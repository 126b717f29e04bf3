/**
 * The second week (tests/fixtures/reports/week-2024-03-18.txt) as text and as PDFs printed from it
 * (scripts/make-pdf-fixture.ts): fonts embedded, a CID font not embedded (STSong-Light), justified
 * lines, headlines wrapped in their column, a running header and footer on every page, and the CID
 * PDF through pdftotext. Every form must give the same items as the text.
 */
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
import { parseReportText, type Item, type Report } from '../../../src/lib/report';
import { readReport } from '../../../src/lib/server/read-report';
import { closeLetterSpacing, closeSpreadDigits } from '../../../src/lib/report/text';

const DIR = 'tests/fixtures/reports';
const WEEK = 'week-2024-03-18';

interface Expected {
	week: string;
	items: Array<Pick<Item, 'section' | 'title' | 'date' | 'amountYi' | 'kind' | 'projectCount' | 'source'>>;
}
const expected = JSON.parse(readFileSync(`${DIR}/${WEEK}.expected.json`, 'utf8')) as Expected;

function fields(r: Report) {
	return r.items.map((i) => ({
		section: i.section,
		title: i.title.replace(/\s+/g, ''),
		date: i.date,
		amountYi: i.amountYi,
		kind: i.kind,
		projectCount: i.projectCount,
		source: i.source
	}));
}

describe.each([`${WEEK}.txt`, `${WEEK}-embedded.pdf`, `${WEEK}-cid.pdf`, `${WEEK}-pdftotext.txt`])(
	'the second week from %s',
	(name) => {
		let r: Report;
		it('has the week, and every item with its section, title, date, amount, kind and source', async () => {
			r = await readReport(new Uint8Array(readFileSync(`${DIR}/${name}`)), name);
			expect(r.report.week).toBe(expected.week);
			expect(fields(r)).toEqual(expected.items);
		});

		it('keeps the running header out of every item', () => {
			for (const i of r.items) {
				for (const piece of [i.title, i.caption ?? '', i.body]) {
					expect(piece).not.toContain('2024.3.18-2024.3.24');
					expect(piece).not.toMatch(/第\s*\d+\s*页/);
				}
			}
		});

		it('reads a wrapped headline whole, not into the caption', () => {
			for (const i of r.items) if (i.caption) expect(i.caption).toMatch(/^\d+\s*月/);
		});
	}
);

/**
 * The week's text line by line (wrapped at 50 characters) in STSong-Light on A4 pages of `perPage` lines, with a running
 * header (name left, dates right) and a footer naming the site and the page on every page.
 */
async function cidPages(perPage: number): Promise<Uint8Array> {
	// Lines of at most 50 characters fit the page (pdf.js leaves out what lies beyond it).
	const lines = readFileSync(`${DIR}/${WEEK}.txt`, 'utf8')
		.split('\n')
		.filter((l) => l.trim())
		.flatMap((l) => [...l].join('').match(/.{1,50}/gu) ?? []);
	const doc = await PDFDocument.create();
	const fontRef = textLayerFont(doc);
	const font = PDFName.of('Song');
	for (let start = 0, n = 1; start < lines.length; start += perPage, n++) {
		const page = doc.addPage([595, 842]);
		page.node.setFontDictionary(font, fontRef);
		const put = (text: string, x: number, y: number, size = 10) =>
			page.pushOperators(
				beginText(),
				setFontAndSize(font, size),
				setTextMatrix(1, 0, 0, 1, x, y),
				showText(PDFHexString.of(utf16Hex(text))),
				endText()
			);
		put('园区周报 2024年第12期', 40, 810, 9);
		put('2024.3.18-2024.3.24', 420, 810, 9);
		put(`园区世界网 www.parkworld.cn  第 ${n} 页`, 200, 30, 9);
		lines.slice(start, start + perPage).forEach((line, i) => put(line, 40, 770 - i * 18));
	}
	return doc.save();
}

describe('a running header and footer on every page of a CID-font PDF', () => {
	it.each([4, 7, 11])(
		'%i lines a page: the same items as the text, nothing of the header in them',
		async (n) => {
			const r = await readReport(await cidPages(n), 'week.pdf');
			expect(r.report.week).toBe(expected.week);
			expect(fields(r)).toEqual(expected.items);
			for (const i of r.items) expect(`${i.caption ?? ''}${i.body}`).not.toMatch(/园区世界网|2024\.3\.18/);
		}
	);
});

describe('a headline wrapped to three lines in extracted text', () => {
	it('is read whole when a dated caption or a marker follows, and the caption keeps its date', () => {
		const r = parseReportText(
			[
				'园区周报 2024.3.18-2024.3.24',
				'一、招商引资',
				'●重庆两江新区新能源汽车核心零',
				'部件产业园一批重点项目集中签约',
				'总投资 128 亿元',
				'3 月 18 日，项目集中签约仪式举行。',
				'█此次集中签约项目 16 个，总投资 128 亿元（重庆市政府网站）。',
				'●郑州航空港区电子信息',
				'产业项目签约',
				'█3 月 19 日，郑州航空港区与某企业签署协议，项目协议投资 39.28 亿元（郑州市政府网站）。'
			].join('\n')
		);
		expect(r.items.map((i) => [i.title.replace(/\s+/g, ''), i.caption, i.date])).toEqual([
			[
				'重庆两江新区新能源汽车核心零部件产业园一批重点项目集中签约总投资128亿元',
				'3 月 18 日，项目集中签约仪式举行。',
				'2024-03-18'
			],
			['郑州航空港区电子信息产业项目签约', null, '2024-03-19']
		]);
	});
});

describe('digest items that open with a dispatch line', () => {
	it('take the event date, not the dispatch date', () => {
		const r = parseReportText(
			'园区周报 2024.3.18-2024.3.24\n一、招商引资\n●某新型显示项目在合肥开工\n█新华社合肥3月22日电 3月20日，某新型显示项目在合肥新站高新区开工，总投资 60 亿元（新华网）。\n'
		);
		expect(r.items[0]).toMatchObject({ date: '2024-03-20', amountYi: 60, source: '新华网' });
	});
});

describe('lines of justified text', () => {
	const cases = (
		JSON.parse(readFileSync(`${DIR}/cases/pdf-lines.json`, 'utf8')) as {
			cases: Array<{ line: string; expected: string }>;
		}
	).cases;
	it.each(cases.map((c) => [c.line, c.expected]))('%s → %s', (line, want) => {
		expect(closeSpreadDigits(closeLetterSpacing(line))).toBe(want);
	});
});

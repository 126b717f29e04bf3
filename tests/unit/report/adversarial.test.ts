import { describe, expect, it } from 'vitest';
import {
	extractArticle,
	MAX_TEXT_CHARS,
	parseAmount,
	parseReportText,
	ReportError,
	type Report
} from '../../../src/lib/report';
import { readReport } from '../../../src/lib/server/read-report';
import { longParagraph, manyDates, manyHeadlines, manyLines, oneBlock, strayBullets } from './adversarial';

/** CPU milliseconds a call takes (wall time follows the machine's load; CPU time the parser's work). */
function cpuMs(run: () => unknown): number {
	const c0 = process.cpuUsage();
	run();
	const c = process.cpuUsage(c0);
	return (c.user + c.system) / 1000;
}

// Generous: the parser needs well under a second for each of these on a 2-core machine.
const BOUND_MS = 15000;

describe('parsing stays linear on shapes made to be slow', () => {
	it('one 3 MB paragraph full of amounts', () => {
		const text = longParagraph(3_000_000);
		let r: Report | undefined;
		expect(cpuMs(() => (r = parseReportText(text)))).toBeLessThan(BOUND_MS);
		expect(r!.items).toHaveLength(1);
		// Its opening states a total over 56 projects.
		expect(r!.items[0]).toMatchObject({ kind: 'event' });
	});

	it('a paragraph four times longer costs about four times as much, not sixteen', () => {
		const small = longParagraph(400_000, false);
		const large = longParagraph(1_600_000, false);
		parseReportText(small); // warm up
		const a = Math.max(
			cpuMs(() => parseReportText(small)),
			5
		);
		const b = cpuMs(() => parseReportText(large));
		expect(b / a).toBeLessThan(10);
	});

	it('3,200 headlines, each with its caption and body', () => {
		const text = manyHeadlines(3200);
		let r: Report | undefined;
		expect(cpuMs(() => (r = parseReportText(text)))).toBeLessThan(BOUND_MS);
		expect(r!.items).toHaveLength(3200);
		const i = r!.items[1233]!;
		expect(i.title).toContain('第 1234 个');
		expect(i.caption).toContain('第 1234 个');
		expect(i.amountYi).toBe((1234 % 9) + 1);
	});

	it('3,200 headlines in one interleaved block, one caption short', () => {
		const text = oneBlock(3200);
		let r: Report | undefined;
		expect(cpuMs(() => (r = parseReportText(text)))).toBeLessThan(BOUND_MS);
		expect(r!.items).toHaveLength(3200);
		expect(r!.items[0]!.caption).toBeNull();
		// Every caption lands on its own item.
		const wrong = r!.items.slice(1).filter((item, x) => !item.caption?.includes(`第 ${x + 2} 个`));
		expect(wrong).toHaveLength(0);
	});

	it('9,000 items dated all over two years', () => {
		const text = manyDates(9000).replace(/^.*\n.*\n/, '园区周报\n');
		let r: Report | undefined;
		expect(cpuMs(() => (r = parseReportText(text)))).toBeLessThan(BOUND_MS);
		expect(r!.items).toHaveLength(9000);
		expect(r!.items[41]!.date).toBe('2022-07-15');
	});

	it('a body of 60,000 lines', () => {
		const text = manyLines(60000);
		let r: Report | undefined;
		expect(cpuMs(() => (r = parseReportText(text)))).toBeLessThan(BOUND_MS);
		expect(r!.items).toHaveLength(1);
		expect(r!.items[0]!.source).toBe('某市政府网站');
		expect(r!.items[0]!.amountYi).toBe(12);
	});

	it('refuses 50 MB of text at once, saying why', async () => {
		const bytes = new TextEncoder().encode(longParagraph(50_000_000));
		const t0 = performance.now();
		const e = await readReport(bytes, 'big.txt').catch((x: unknown) => x);
		expect(performance.now() - t0).toBeLessThan(5000);
		expect(e).toBeInstanceOf(ReportError);
		expect((e as ReportError).code).toBe('too_large');
		expect(() => parseReportText('●'.repeat(MAX_TEXT_CHARS + 1))).toThrow(/characters/);
	});
});

describe('bullets never make an empty or bulleted title', () => {
	it('drops a lone ● and strips a doubled one', () => {
		const r = parseReportText(strayBullets(40));
		expect(r.items).toHaveLength(40);
		for (const i of r.items) {
			expect(i.title.length).toBeGreaterThan(0);
			expect(i.title).not.toMatch(/^[●•■◆█]/);
		}
	});

	it('single articles: bullets are stripped from the title, and bullets alone are refused', () => {
		expect(extractArticle('●●某新能源项目落户某高新区\n项目总投资 8 亿元。').title).toBe(
			'某新能源项目落户某高新区'
		);
		expect(() => extractArticle('●')).toThrow(ReportError);
		expect(() => extractArticle('● ●\n█')).toThrow(ReportError);
	});

	it('a bullet alone on its line marks the headline on the next', () => {
		const r = parseReportText(
			'园区周报 2023年9月4日-9月10日\n一、招商引资\n●\n某新能源项目落户某高新区\n9 月 6 日，项目签约。\n█项目总投资 8 亿元（某市政府网站）。\n'
		);
		expect(r.items.map((i) => i.title)).toEqual(['某新能源项目落户某高新区']);
		expect(r.items[0]!.amountYi).toBe(8);
	});
});

describe('numbers and sizes', () => {
	it('reads numbers as decimal only', () => {
		expect(parseAmount('总投资 0x10 亿元')).toBeNull();
		expect(parseAmount('总投资 010 亿元')?.value).toBe(10);
		expect(parseAmount('总投资 1e3 亿元')).toBeNull();
	});

	it('flags an amount too large for one item instead of storing it', () => {
		const r = parseReportText(
			'园区周报 2023年9月4日-9月10日\n一、招商引资\n●某项目签约\n9 月 6 日，项目签约。\n█项目总投资 250000 亿元（某市政府网站）。\n●另一项目签约\n9 月 7 日，项目签约。\n█项目总投资 9.9 万亿元（某市政府网站）。\n'
		);
		expect(r.items[0]).toMatchObject({ amountYi: null, amountText: '总投资 250000 亿元' });
		expect(r.items[0]!.amountFlags).toContain('implausible');
		expect(r.items[1]).toMatchObject({ amountYi: 99000 });
		expect(r.items[1]!.amountFlags ?? []).not.toContain('implausible');
	});
});

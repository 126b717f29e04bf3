import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/export/csv';
import { parseReportText } from '../../../src/lib/report/parse';
import { clip, queryProblem } from '../../../src/lib/server/limits';
import { XSS_VECTORS, xssReport } from '../../fuzz/xss';

describe('script-injection vectors', () => {
	it('has at least 60 distinct vectors', () => {
		expect(new Set(XSS_VECTORS).size).toBeGreaterThanOrEqual(60);
	});

	it('a report carrying them parses into one item per vector, the vectors kept as text', () => {
		const report = parseReportText(xssReport(), { week: '2023-09-04' });
		expect(report.items).toHaveLength(XSS_VECTORS.length);
		// The text is data: stored as written, so that every surface must escape it (and the e2e test checks they do).
		const all = report.items.map((i) => `${i.title}\n${i.caption}\n${i.body}`).join('\n');
		const kept = XSS_VECTORS.filter((v) => all.includes(v.trim()));
		expect(kept.length).toBeGreaterThanOrEqual(XSS_VECTORS.length * 0.9);
	});

	it('exports no cell that a spreadsheet would run', () => {
		const report = parseReportText(xssReport(), { week: '2023-09-04' });
		const csv = toCsv(report.items.map((i) => ({ ...i, week: '2023-09-04' })));
		for (const line of csv.split(/\r\n/)) {
			for (const cell of line.split(/[,;]/)) expect(cell.trimStart()).not.toMatch(/^[=+@]/);
		}
	});

	it.each(XSS_VECTORS)('messages about %j never carry it whole when it is long', (vector) => {
		const long = vector.repeat(20);
		expect(clip(long).length).toBeLessThanOrEqual(41);
		const problem = queryProblem(`q=${encodeURIComponent(long.repeat(5))}`);
		if (problem) for (const text of [problem.zh, problem.en]) expect(text).not.toContain(vector);
	});
});

/**
 * The second week (tests/fixtures/reports/week-2024-03-18.txt) as text and as PDFs printed from it
 * (scripts/make-pdf-fixture.ts): fonts embedded, a CID font not embedded (STSong-Light), justified
 * lines, headlines wrapped in their column, a running header and footer on every page, and the CID
 * PDF through pdftotext. Every form must give the same items as the text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReport, type Item, type Report } from '../../../src/lib/report';
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

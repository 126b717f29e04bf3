/**
 * Sentence shapes kept as data (tests/fixtures/reports/cases/*.json), each with its own expected
 * amount, kind or date, read through the extract path as single articles.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle, itemAmount } from '../../../src/lib/report';

const DIR = 'tests/fixtures/reports/cases';
function cases<T>(name: string): T[] {
	return (JSON.parse(readFileSync(`${DIR}/${name}`, 'utf8')) as { cases: T[] }).cases;
}

interface AmountCase {
	text: string;
	amountYi: number | null;
	qualifier?: string;
	currency?: string;
	why: string;
}
interface EventCase {
	text: string;
	kind: 'project' | 'event';
	projectCount: number | null;
	amountYi: number | null;
}
interface DateCase {
	text: string;
	published?: string;
	date: string;
	why: string;
}

describe('amounts', () => {
	it.each(cases<AmountCase>('amounts.json').map((c) => [c.why, c] as const))('%s', (_, c) => {
		const item = extractArticle(c.text);
		expect(item.amountYi).toBe(c.amountYi);
		const info = itemAmount({ title: '', caption: null, body: c.text });
		if (c.qualifier !== undefined) expect(info?.qualifier).toBe(c.qualifier);
		if (c.currency !== undefined) {
			expect(info?.currency).toBe(c.currency);
			expect(item.amountFlags).toContain('foreign');
		}
	});
});

describe('projects and events', () => {
	it.each(cases<EventCase>('events.json').map((c) => [c.text.slice(0, 24), c] as const))('%s', (_, c) => {
		const item = extractArticle(c.text);
		expect({ kind: item.kind, projectCount: item.projectCount, amountYi: item.amountYi }).toEqual({
			kind: c.kind,
			projectCount: c.projectCount,
			amountYi: c.amountYi
		});
		if (c.kind === 'event' && c.amountYi !== null) expect(item.amountFlags).toContain('eventTotal');
	});
});

describe('dates of single articles', () => {
	it.each(cases<DateCase>('dates.json').map((c) => [c.why, c] as const))('%s', (_, c) => {
		const item = extractArticle(c.text, c.published ? { date: c.published } : {});
		expect(item.date).toBe(c.date);
	});
});

/**
 * Sentences naming places of kinds the gazetteer once missed (zones new to the table, FTZ areas, co-built
 * parks, townships with their city, short and former county names, sub-venues, promoters, datelines).
 * The cases are data: tests/unit/gazetteer/cases/unseen.tsv.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/lib/server/gazetteer';

const FIELDS = ['province', 'city', 'county', 'zone'] as const;

interface UnseenCase {
	kind: string;
	text: string;
	want: Partial<Record<(typeof FIELDS)[number], string | null>> | null;
}

function readCases(file: string): UnseenCase[] {
	const lines = readFileSync(new URL(`./cases/${file}`, import.meta.url), 'utf8').split('\n');
	return lines
		.filter((l) => l.trim() && !l.startsWith('#'))
		.map((l) => {
			const [kind, text, ...cells] = l.split('\t');
			if (cells[0] === 'null') return { kind, text, want: null };
			const want: UnseenCase['want'] = {};
			FIELDS.forEach((f, i) => {
				const v = (cells[i] ?? '').trim();
				if (v) want[f] = v === 'null' ? null : v;
			});
			return { kind, text, want };
		});
}

const CASES = readCases('unseen.tsv');
const PROVINCIAL = readCases('provincial.tsv');
const g = loadGazetteer();

describe('places the gazetteer had never seen', () => {
	it('has at least 100 cases of at least 10 kinds, across every mainland province', () => {
		expect(CASES.length).toBeGreaterThanOrEqual(100);
		expect(new Set(CASES.map((c) => c.kind)).size).toBeGreaterThanOrEqual(10);
		const provinces = new Set(CASES.map((c) => c.want?.province).filter(Boolean));
		expect(provinces.size).toBe(31);
	});

	it.each(CASES.map((c) => [`${c.kind}: ${c.text}`, c] as const))('%s', (_n, c) => expectCase(c));
});

function expectCase(c: UnseenCase): void {
	const loc = g.locate(c.text);
	if (c.want === null) {
		expect(loc).toBeNull();
		return;
	}
	expect(loc).not.toBeNull();
	const got: Record<string, unknown> = {};
	for (const k of Object.keys(c.want)) got[k] = loc![k as keyof typeof loc];
	expect(got).toEqual(c.want);
}

describe('provincial zones of the 2018 catalogue, province-character forms, bare zone words', () => {
	const catalogueNames = new Set(
		readFileSync(new URL('../../../data/gazetteer/provincial-zones-2018.csv', import.meta.url), 'utf8')
			.split('\n')
			.map((l) => l.split(',')[1])
	);
	const ofKind = (k: string): UnseenCase[] => PROVINCIAL.filter((c) => c.kind === k);

	it('names catalogue zones by full and short name across at least 15 provinces, with negatives', () => {
		const catalogue = PROVINCIAL.filter((c) => c.kind.startsWith('catalogue-'));
		for (const c of catalogue) expect(catalogueNames, c.text).toContain(c.want?.zone);
		for (const k of ['catalogue-full', 'catalogue-short']) {
			const provinces = new Set(ofKind(k).map((c) => c.want?.province));
			expect(provinces.size, k).toBeGreaterThanOrEqual(15);
		}
		expect(ofKind('province-char').length).toBeGreaterThanOrEqual(8);
		expect(ofKind('not-a-place').every((c) => c.want === null)).toBe(true);
		expect(ofKind('not-a-place').length).toBeGreaterThanOrEqual(5);
	});

	it.each(PROVINCIAL.map((c) => [`${c.kind}: ${c.text}`, c] as const))('%s', (_n, c) => expectCase(c));
});

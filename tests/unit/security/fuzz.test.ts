import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fuzzCase } from '../../fuzz/generate';
import { runCase, runSeeds } from '../../fuzz/harness';

const SEED_LINES = readFileSync('data/seed/report-2023-09-04.txt', 'utf8').split('\n');
const cases = (seed: number) => fuzzCase(seed, SEED_LINES, 3000);

describe('fuzzing the report parser', () => {
	it('generates the same case from the same seed, and different ones from others', () => {
		expect(cases(42)).toEqual(cases(42));
		expect(new Set(Array.from({ length: 50 }, (_, i) => cases(i).text)).size).toBeGreaterThan(45);
	});

	it('covers every adversarial shape', () => {
		const kinds = new Set(Array.from({ length: 3000 }, (_, i) => cases(i).kind));
		for (const kind of [
			'mutated-window',
			'mutated-report',
			'huge-paragraph',
			'many-headlines',
			'many-captions',
			'deep-repetition',
			'amounts'
		])
			expect(kinds).toContain(kind);
	});

	it('the harness tells a crash from a refusal', () => {
		expect(runCase({ seed: 0, kind: 'x', text: '' })).toMatchObject({ kind: 'refused', code: 'empty' });
		expect(runCase({ seed: 0, kind: 'x', text: SEED_LINES.join('\n') })).toMatchObject({ kind: 'parsed' });
	});

	it('10,000 fuzzed reports: no crash, no contract violation, no hang', { timeout: 600_000 }, () => {
		// Every 50th case also runs the locator.
		const summary = runSeeds(cases, 1, 10_001, { locate: (seed) => seed % 50 === 0, hangMs: 2000 });
		expect(summary.cases).toBe(10_000);
		expect(summary.crashes).toEqual([]);
		expect(summary.hangs).toEqual([]);
		// Both outcomes occur: the inputs reach the parser's item code, not only its refusals.
		expect(summary.parsed).toBeGreaterThan(1500);
		expect(summary.refused).toBeGreaterThan(1000);
	});
});
